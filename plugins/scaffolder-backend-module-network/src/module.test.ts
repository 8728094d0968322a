import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { scaffolderModuleNetwork } from './module';

describe('scaffolderModuleNetwork', () => {
  it('registers every network action with the scaffolder', async () => {
    const addActions = jest.fn();
    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [
        scaffolderModuleNetwork,
        mockServices.rootConfig.factory({
          data: { network: { gitops: { path: '../../examples/gitops' } } },
        }),
      ],
    });
    const actions = addActions.mock.calls.flat();
    expect(actions.map((a: { id: string }) => a.id)).toEqual([
      'network:expose',
      'network:httproute:create',
      'network:policy:create',
      'network:tunnel:add',
      'network:dns:private:create',
      'network:retire',
      'network:catalog:write',
    ]);
    for (const action of actions) {
      expect(action.supportsDryRun).toBe(true);
      expect(action.examples.length).toBeGreaterThan(0);
      expect(action.schema.input.properties.entityRef.description).toBeTruthy();
    }
    // every action that writes network objects says what it did, per system
    for (const action of actions.filter(
      (a: { id: string }) => a.id !== 'network:catalog:write',
    )) {
      expect(action.schema.output.properties.plan).toBeDefined();
    }
  });

  it('fails at start-up on an invalid network config', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [
          [scaffolderActionsExtensionPoint, { addActions: jest.fn() }],
        ],
        features: [
          scaffolderModuleNetwork,
          mockServices.rootConfig.factory({
            data: { network: { policyDefaults: { vpcEndpointsCidr: 'x' } } },
          }),
        ],
      }),
    ).rejects.toThrow(/network.policyDefaults.vpcEndpointsCidr/);
  });
});
