import { globToRegExp } from './catalogLookup';

describe('globToRegExp', () => {
  it.each([
    [
      '/a/generated/**/catalog-info.yaml',
      '/a/generated/catalog-info.yaml',
      true,
    ],
    [
      '/a/generated/**/catalog-info.yaml',
      '/a/generated/svc/catalog-info.yaml',
      true,
    ],
    [
      '/a/generated/**/catalog-info.yaml',
      '/a/generated/x/y/catalog-info.yaml',
      true,
    ],
    [
      '/a/generated/**/catalog-info.yaml',
      '/a/other/svc/catalog-info.yaml',
      false,
    ],
    [
      '/a/generated/*/catalog-info.yaml',
      '/a/generated/svc/catalog-info.yaml',
      true,
    ],
    [
      '/a/generated/*/catalog-info.yaml',
      '/a/generated/x/y/catalog-info.yaml',
      false,
    ],
    ['/a/catalog/components.yaml', '/a/catalog/components.yaml', true],
    ['/a/catalog/components.yaml', '/a/catalog/componentsXyaml', false],
  ])('%s covers %s: %s', (glob, file, expected) => {
    expect(globToRegExp(glob).test(file)).toBe(expected);
  });
});
