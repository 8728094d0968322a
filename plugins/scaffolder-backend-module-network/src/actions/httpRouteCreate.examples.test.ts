import { setUpActionTests } from '../__testUtils__/harness';
import { runExample } from '../__testUtils__/runExample';
import { createHttpRouteCreateAction } from './httpRouteCreate';
import { examples } from './httpRouteCreate.examples';

describe('network:httproute:create examples', () => {
  const { dir, harness } = setUpActionTests();

  it.each(examples.map(e => [e.description, e] as const))(
    '%s',
    async (_, example) => {
      const output = await runExample(
        'network:httproute:create',
        example,
        createHttpRouteCreateAction,
        harness.options,
        dir.resolve('workspace'),
      );
      expect(output.plan).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'create' })]),
      );
    },
  );
});
