import { publicEntry } from './exposeValidation';

describe('publicEntry', () => {
  const target = {
    entityRef: 'component:default/svc-x',
    name: 'svc-x',
    namespace: 'svc-x',
  };

  it('puts a shared service under api.<zone>/v1/<name>', () => {
    expect(publicEntry(target, { mode: 'shared' }, ['example.com'])).toEqual({
      hostname: 'api.example.com',
      path: '/v1/svc-x',
    });
    expect(
      publicEntry(target, { mode: 'shared', path: '/v2/x' }, ['example.com']),
    ).toEqual({ hostname: 'api.example.com', path: '/v2/x' });
  });

  it('serves an own hostname from / by default, and nothing for internal', () => {
    expect(
      publicEntry(target, { mode: 'own', hostname: 'x.example.com' }, []),
    ).toEqual({ hostname: 'x.example.com', path: '/' });
    expect(publicEntry(target, { mode: 'internal' }, [])).toBeUndefined();
  });
});
