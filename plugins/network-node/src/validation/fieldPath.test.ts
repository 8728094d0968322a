import { formatPath, pointerToPath } from './fieldPath';
import type { JSONSchemaProps } from './types';

describe('field paths', () => {
  const schema: JSONSchemaProps = {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        properties: {
          rules: { type: 'array', items: { type: 'object' } },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
  };
  const data = {
    spec: {
      rules: [{}, { matches: [] }],
      labels: { 'app.kubernetes.io/name': 'x', '0': 'y' },
    },
  };

  it('formats properties, indices and map keys like the API server', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['spec', 'rules', 0, 'matches', 1, 'path'])).toBe(
      'spec.rules[0].matches[1].path',
    );
    expect(formatPath(['metadata', 'labels', { key: 'app' }])).toBe(
      'metadata.labels[app]',
    );
  });

  it('reads JSON pointers with the data and the schema', () => {
    expect(
      formatPath(pointerToPath('/spec/rules/1/matches', data, schema)),
    ).toBe('spec.rules[1].matches');
    expect(
      formatPath(
        pointerToPath('/spec/labels/app.kubernetes.io~1name', data, schema),
      ),
    ).toBe('spec.labels[app.kubernetes.io/name]');
    expect(formatPath(pointerToPath('/spec/labels/0', data, schema))).toBe(
      'spec.labels[0]',
    );
    expect(formatPath(pointerToPath('', data, schema))).toBe('');
  });
});
