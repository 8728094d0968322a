import type {
  TemplateAction,
  TemplateExample,
} from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { parseYaml } from '@localplus/plugin-network-node';
import type { NetworkActionsOptions } from '../lib/options';
import { copyEstate } from './estate';

/**
 * Runs one example of an action against the estate copy (and a workspace copy for examples that
 * write into `targetPath`), so the examples on the actions page cannot rot. Returns the action's
 * outputs by name.
 */
export async function runExample(
  id: string,
  example: TemplateExample,
  create: (options: NetworkActionsOptions) => TemplateAction<any, any, any>,
  options: NetworkActionsOptions,
  workspacePath: string,
): Promise<Record<string, unknown>> {
  await copyEstate(`${workspacePath}/gitops`);
  const { steps } = parseYaml(example.example) as {
    steps: { action: string; input: Record<string, unknown> }[];
  };
  if (steps[0].action !== id) {
    throw new Error(`example "${example.description}" uses ${steps[0].action}`);
  }
  const ctx = createMockActionContext({
    input: steps[0].input as never,
    workspacePath,
  });
  await create(options).handler(ctx);
  return Object.fromEntries(
    (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
  );
}
