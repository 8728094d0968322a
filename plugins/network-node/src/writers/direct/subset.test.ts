import { isSubset } from './subset';

describe('isSubset', () => {
  it.each([
    [{ a: 1 }, { a: 1, b: 2 }, true],
    [{ a: { b: [1, 2] } }, { a: { b: [1, 2], c: 3 } }, true],
    [[{ port: 8080 }], [{ port: 8080, protocol: 'TCP' }], true],
    [{ port: '8080' }, { port: 8080 }, true],
    [{ a: 1 }, { a: 2 }, false],
    [{ a: [1] }, { a: [1, 2] }, false],
    [{ a: { b: 1 } }, { a: null }, false],
    [{ a: 'x' }, {}, false],
  ])('%j within %j: %s', (desired, live, expected) => {
    expect(isSubset(desired, live)).toBe(expected);
  });
});
