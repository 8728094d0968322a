import { setUpActionTests } from '../__testUtils__/harness';
import { runExample } from '../__testUtils__/runExample';
import { createTunnelAddAction } from './tunnelAdd';
import { examples } from './tunnelAdd.examples';

describe('network:tunnel:add examples', () => {
  const { dir, harness } = setUpActionTests();

  it.each(examples.map(e => [e.description, e] as const))(
    '%s',
    async (_, example) => {
      const output = await runExample(
        'network:tunnel:add',
        example,
        createTunnelAddAction,
        harness.options,
        dir.resolve('workspace'),
      );
      expect(output.plan).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'create' })]),
      );
    },
  );
});
