import { parseYaml, renderYaml } from './yamlText';

describe('renderYaml', () => {
  it('quotes strings that YAML 1.1 readers (kubectl, Argo CD) would turn into other types', () => {
    const text = renderYaml({ a: 'on', b: 'no', c: '8080', d: 'true', e: 'x' });
    expect(text).toBe("a: 'on'\nb: 'no'\nc: '8080'\nd: 'true'\ne: x\n");
    expect(parseYaml(text)).toEqual({
      a: 'on',
      b: 'no',
      c: '8080',
      d: 'true',
      e: 'x',
    });
  });

  it('never folds long lines, so diffs stay one line per value', () => {
    const long = 'x'.repeat(200);
    expect(renderYaml({ long })).toBe(`long: ${long}\n`);
  });
});
