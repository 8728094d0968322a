import {
  matchesLabelRequirements,
  matchesLabels,
  parseLabelSelector,
  requirementsFromSelector,
} from './labelSelector';

describe('label selectors', () => {
  const labels = { app: 'shop', tier: 'web', legacy: 'yes' };

  it.each([
    ['app=shop', true],
    ['app==shop,tier=web', true],
    ['app!=shop', false],
    ['tier in (web, api)', true],
    ['tier notin (web)', false],
    ['legacy', true],
    ['!legacy', false],
    ['!missing,app=shop', true],
    ['', true],
  ])('%s matches: %s', (selector, expected) => {
    expect(
      matchesLabelRequirements(parseLabelSelector(selector)!, labels),
    ).toBe(expected);
  });

  it('refuses a selector it cannot read rather than half-apply it', () => {
    expect(parseLabelSelector('app=shop,tier in web')).toBeUndefined();
    expect(parseLabelSelector('a b')).toBeUndefined();
  });

  it('reads LabelSelector objects', () => {
    const requirements = requirementsFromSelector({
      matchLabels: { app: 'shop' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['web'] },
        { key: 'x', operator: 'Bogus' },
      ],
    });
    expect(requirements).toEqual([
      { key: 'app', operator: 'In', values: ['shop'] },
      { key: 'tier', operator: 'In', values: ['web'] },
    ]);
    expect(requirementsFromSelector(undefined)).toEqual([]);
    expect(matchesLabels({ app: 'shop' }, labels)).toBe(true);
    expect(matchesLabels({ app: 'cart' }, labels)).toBe(false);
  });
});
