import { setUpActionTests } from '../__testUtils__/harness';
import { runExample } from '../__testUtils__/runExample';
import { createPolicyCreateAction } from './policyCreate';
import { examples } from './policyCreate.examples';

describe('network:policy:create examples', () => {
  const { dir, harness } = setUpActionTests();

  it.each(examples.map(e => [e.description, e] as const))(
    '%s',
    async (_, example) => {
      const output = await runExample(
        'network:policy:create',
        example,
        createPolicyCreateAction,
        harness.options,
        dir.resolve('workspace'),
      );
      expect(output.plan).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'create' })]),
      );
    },
  );
});
