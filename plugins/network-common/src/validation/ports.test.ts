import { validatePort } from './ports';

describe('validatePort', () => {
  it.each([1, 80, 8080, 50051, 65535])('accepts %d', port => {
    expect(validatePort(port)).toBeUndefined();
  });

  it.each([
    [0, /out of range/],
    [-1, /out of range/],
    [65536, /out of range/],
    [80.5, /not a whole number/],
    [NaN, /must be a number/],
    ['8080', /must be a number from 1 to 65535, not "8080"/],
    [undefined, /must be a number/],
    [null, /not null/],
    [Infinity, /not a whole number/],
  ])('refuses %j', (port, message) => {
    expect(validatePort(port, 'HTTP port')).toMatch(message);
  });
});
