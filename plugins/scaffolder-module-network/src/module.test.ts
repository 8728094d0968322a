import { createExtensionTester } from '@backstage/frontend-test-utils';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import scaffolderModuleNetwork from './index';
import { networkExposureFormFieldExtension } from './module';

describe('scaffolderModuleNetwork', () => {
  it('is a scaffolder module, the default export apps discover', () => {
    expect(scaffolderModuleNetwork).toMatchObject({
      $$type: '@backstage/FrontendModule',
      pluginId: 'scaffolder',
    });
  });

  it('provides the NetworkExposure form field to the scaffolder, loaded on demand', async () => {
    const tester = createExtensionTester(networkExposureFormFieldExtension);
    const load = tester.get(FormFieldBlueprint.dataRefs.formFieldLoader);
    const field = (await load()) as unknown as {
      $$type: string;
      name: string;
      component: unknown;
      validation: unknown;
    };
    expect(field.$$type).toBe('@backstage/scaffolder/FormField');
    expect(field.name).toBe('NetworkExposure');
    expect(typeof field.component).toBe('function');
    expect(typeof field.validation).toBe('function');
  });
});
