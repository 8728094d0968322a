import { setUpActionTests } from '../__testUtils__/harness';
import { runExample } from '../__testUtils__/runExample';
import { createRetireAction } from './retire';
import { examples } from './retire.examples';

describe('network:retire examples', () => {
  const { dir, harness } = setUpActionTests();

  it.each(examples.map(e => [e.description, e] as const))(
    '%s',
    async (_, example) => {
      const output = await runExample(
        'network:retire',
        example,
        createRetireAction,
        harness.options,
        dir.resolve('workspace'),
      );
      // on the untouched estate nothing is owned by the example's entity
      expect(output.plan).toEqual([]);
    },
  );
});
