import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot, findSharedCrdsDir } from './sharedCrds';

describe('sharedCrds', () => {
  it('finds the repository root by its backstage.json', () => {
    const root = findRepoRoot(__dirname);
    expect(fs.existsSync(path.join(root, 'backstage.json'))).toBe(true);
    expect(path.relative(root, __dirname)).toBe(
      path.join('plugins', 'network-node', 'src', 'testing'),
    );
  });

  it('points at ../shared/crds next to the repository', () => {
    expect(findSharedCrdsDir(__dirname)).toBe(
      path.join(path.dirname(findRepoRoot(__dirname)), 'shared', 'crds'),
    );
  });

  it('throws when there is no backstage.json above', () => {
    expect(() => findRepoRoot(path.parse(__dirname).root)).toThrow(
      /No backstage.json/,
    );
  });
});
