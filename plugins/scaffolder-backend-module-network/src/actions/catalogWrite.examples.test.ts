import fs from 'node:fs';
import { setUpActionTests } from '../__testUtils__/harness';
import { runExample } from '../__testUtils__/runExample';
import { createCatalogWriteAction } from './catalogWrite';
import { examples } from './catalogWrite.examples';

describe('network:catalog:write examples', () => {
  const { dir, harness } = setUpActionTests();

  it.each(examples.map(e => [e.description, e] as const))(
    '%s',
    async (_, example) => {
      fs.mkdirSync(dir.resolve('workspace/service'), { recursive: true });
      fs.writeFileSync(
        dir.resolve('workspace/service/catalog-info.yaml'),
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-shop\nspec:\n  type: service\n  lifecycle: experimental\n  owner: team-platform\n',
      );
      const output = await runExample(
        'network:catalog:write',
        example,
        createCatalogWriteAction,
        harness.options,
        dir.resolve('workspace'),
      );
      expect(output).toEqual({
        written: true,
        action: 'create',
        file: dir.resolve('generated/svc-shop/catalog-info.yaml'),
      });
    },
  );
});
