import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parseYaml } from '@localplus/plugin-network-node';
import { findRepoRoot } from '@localplus/plugin-network-node/testing';
import fs from 'node:fs';
import path from 'node:path';
import { createExposeAction } from './actions/expose';
import { setUpActionTests } from './__testUtils__/harness';

/**
 * The template's contract with network:expose: its step input, rendered with the values the
 * form would send, is accepted by the action's schema and runs. The real scaffolder renders with
 * Nunjucks; this replaces `${{ parameters.x }}` the same way for the plain references used here.
 */
const root = findRepoRoot(__dirname);
const template = parseYaml(
  fs.readFileSync(
    path.join(root, 'templates/new-service/template.yaml'),
    'utf8',
  ),
) as {
  spec: {
    parameters: { properties: Record<string, unknown> }[];
    steps: { id: string; action: string; input: unknown }[];
  };
};

function render(value: unknown, parameters: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const whole = /^\$\{\{\s*parameters\.(\w+)(\s+or\s+\[\])?\s*\}\}$/.exec(
      value,
    );
    if (whole) {
      return parameters[whole[1]] ?? (whole[2] ? [] : undefined);
    }
    return value.replace(/\$\{\{\s*parameters\.(\w+)\s*\}\}/g, (_, key) =>
      String(parameters[key]),
    );
  }
  if (Array.isArray(value)) {
    return value.map(v => render(v, parameters));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, render(v, parameters)]),
    );
  }
  return value;
}

describe('templates/new-service', () => {
  const { harness } = setUpActionTests();
  const step = template.spec.steps.find(s => s.action === 'network:expose')!;

  it('asks for the parameters the wizard field will keep', () => {
    const names = template.spec.parameters.flatMap(p =>
      Object.keys(p.properties),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'name',
        'owner',
        'system',
        'description',
        'exposure',
        'ports',
        'callers',
        'callees',
        'dataServices',
      ]),
    );
    expect(template.spec.steps.map(s => s.action)).toEqual([
      'fetch:template',
      'network:expose',
      'network:catalog:write',
      'catalog:register',
    ]);
    // one way into the catalog per run: the local folder, or the repository when one is given
    const ifOf = (action: string) =>
      (template.spec.steps.find(s => s.action === action) as { if?: string })
        .if;
    expect(ifOf('network:catalog:write')).toBe(
      '${{ not parameters.repoContentsUrl }}',
    );
    expect(ifOf('catalog:register')).toBe('${{ parameters.repoContentsUrl }}');
  });

  it.each([
    [{ mode: 'shared' }, 'https://api.localplus.io/v1/svc-new'],
    [{ mode: 'own', hostname: 'new.localplus.io' }, 'https://new.localplus.io'],
    [{ mode: 'internal' }, ''],
  ])('runs network:expose with exposure %j', async (exposure, publicUrl) => {
    const input = render(step.input, {
      name: 'svc-new',
      exposure,
      ports: { http: 8080, grpc: 50051 },
      callers: ['component:default/svc-payment'],
      // callees and data services left empty in the form
    });
    const action = createExposeAction(harness.options);
    expect(Object.keys(input as object)).toEqual(
      expect.arrayContaining(['entityRef', 'exposure']),
    );
    for (const key of Object.keys(input as object)) {
      expect(Object.keys(action.schema!.input!.properties!)).toContain(key);
    }
    const ctx = createMockActionContext({ input: input as never });
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('publicUrl', publicUrl);
    expect(ctx.output).toHaveBeenCalledWith(
      'privateName',
      'svc-new.internal.localplus.io',
    );
  });
});
