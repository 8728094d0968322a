import { TemplateAction } from '@backstage/plugin-scaffolder-node';

/**
 * Every network action, in the order the actions page lists them.
 * The route, policy, tunnel and DNS actions join this list as they are built.
 */
export function createNetworkActions(): TemplateAction<any, any, any>[] {
  return [];
}
