import { setUpActionTests } from '../__testUtils__/harness';
import { runExample } from '../__testUtils__/runExample';
import { createExposeAction } from './expose';
import { examples } from './expose.examples';

describe('network:expose examples', () => {
  const { dir, harness } = setUpActionTests();

  it.each(examples.map(e => [e.description, e] as const))(
    '%s',
    async (_, example) => {
      const output = await runExample(
        'network:expose',
        example,
        createExposeAction,
        harness.options,
        dir.resolve('workspace'),
      );
      expect(output.plan).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'create' })]),
      );
    },
  );
});
