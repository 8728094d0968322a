import { setUpActionTests } from '../__testUtils__/harness';
import { runExample } from '../__testUtils__/runExample';
import { createDnsPrivateCreateAction } from './dnsPrivateCreate';
import { examples } from './dnsPrivateCreate.examples';

describe('network:dns:private:create examples', () => {
  const { dir, harness } = setUpActionTests();

  it.each(examples.map(e => [e.description, e] as const))(
    '%s',
    async (_, example) => {
      const output = await runExample(
        'network:dns:private:create',
        example,
        createDnsPrivateCreateAction,
        harness.options,
        dir.resolve('workspace'),
      );
      expect(output.plan).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'create' })]),
      );
    },
  );
});
