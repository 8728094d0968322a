import { ccnp, cnp, estate, workload } from './__testUtils__/estates';
import { createPolicyEvaluator } from './evaluator';
import type { KubernetesPolicyObject } from './types';

const api = { matchLabels: { app: 'api' } };
const open = (policies: KubernetesPolicyObject[]) =>
  createPolicyEvaluator(
    estate([workload('shop/api', { app: 'api' })], policies),
  ).openTo({ namespace: 'shop', name: 'api' });

describe('openTo', () => {
  it.each([
    [
      'fromEndpoints {} in a CCNP matches every pod',
      [
        ccnp('c', {
          endpointSelector: api,
          ingress: [{ fromEndpoints: [{}] }],
        }),
      ],
      { world: false, cluster: true },
    ],
    [
      'fromEndpoints {} in a CNP is one namespace only',
      [
        cnp('shop/p', {
          endpointSelector: api,
          ingress: [{ fromEndpoints: [{}] }],
        }),
      ],
      { world: false, cluster: false },
    ],
    [
      'toPorts without a peer admits everyone on those ports',
      [
        cnp('shop/p', {
          endpointSelector: api,
          ingress: [{ toPorts: [{ ports: [{ port: '80' }] }] }],
        }),
      ],
      { world: true, cluster: true },
    ],
    [
      'fromEntities world',
      [
        cnp('shop/p', {
          endpointSelector: api,
          ingress: [{ fromEntities: ['world'] }],
        }),
      ],
      { world: true, cluster: false },
    ],
    [
      'fromRequires narrows every pod selector',
      [
        cnp('shop/p', {
          endpointSelector: api,
          ingress: [
            {
              fromEntities: ['cluster'],
              fromRequires: [{ matchLabels: { env: 'prod' } }],
            },
          ],
        }),
      ],
      { world: false, cluster: false },
    ],
  ])('%s', (_name, policies, expected) => {
    expect(open(policies)).toEqual(expected);
  });

  it('an unknown workload is open to nothing', () => {
    expect(
      createPolicyEvaluator(estate([], [])).openTo({
        namespace: 'x',
        name: 'y',
      }),
    ).toEqual({ world: false, cluster: false });
  });
});
