import { serviceName, serviceNameProblem } from './serviceName';

describe('serviceName', () => {
  it('is the Name field when the action would accept it', () => {
    expect(serviceName({ name: 'svc-shop' })).toBe('svc-shop');
    expect(serviceNameProblem({ name: 'svc-shop' })).toBeUndefined();
  });

  it('is missing for no name or a refused one, with the action’s reason', () => {
    expect(serviceName({})).toBeUndefined();
    expect(serviceName(undefined)).toBeUndefined();
    expect(serviceName({ name: 'Svc_Shop' })).toBeUndefined();
    expect(serviceNameProblem({})).toBe('The service name is empty.');
    expect(serviceNameProblem({ name: 'Svc' })).toBe(
      'The service name "Svc" has upper-case letters; use lower case, e.g. "svc".',
    );
  });
});
