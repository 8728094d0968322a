import { applySchemaDefaults } from './defaults';
import type { JSONSchemaProps } from './types';

const schema: JSONSchemaProps = {
  type: 'object',
  properties: {
    rules: {
      type: 'array',
      default: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }],
      items: {
        type: 'object',
        properties: {
          matches: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                path: {
                  type: 'object',
                  default: { type: 'PathPrefix', value: '/' },
                  properties: {
                    type: { type: 'string', default: 'PathPrefix' },
                    value: { type: 'string', default: '/' },
                  },
                },
              },
            },
          },
          weight: { type: 'integer', default: 1 },
        },
      },
    },
    labels: {
      type: 'object',
      additionalProperties: { type: 'string' },
    },
    note: { type: 'string', nullable: true },
    gone: { type: 'string' },
    mode: { type: 'string', default: 'Terminate' },
  },
};

describe('applySchemaDefaults', () => {
  it('fills missing fields, also inside list items and inside defaults', () => {
    const value = {
      rules: [{ matches: [{ path: { value: '/v1' } }, {}] }],
    };
    applySchemaDefaults(value, schema);
    expect(value).toEqual({
      rules: [
        {
          matches: [
            { path: { type: 'PathPrefix', value: '/v1' } },
            { path: { type: 'PathPrefix', value: '/' } },
          ],
          weight: 1,
        },
      ],
      mode: 'Terminate',
    });
  });

  it('applies a list default and never shares the default object', () => {
    const a: Record<string, unknown> = {};
    const b: Record<string, unknown> = {};
    applySchemaDefaults(a, schema);
    applySchemaDefaults(b, schema);
    expect(a.rules).toEqual([
      { matches: [{ path: { type: 'PathPrefix', value: '/' } }], weight: 1 },
    ]);
    expect(a.rules).not.toBe(b.rules);
    expect(a.rules).not.toBe(schema.properties!.rules.default);
  });

  it('replaces or prunes nulls in non-nullable fields and keeps nullable ones', () => {
    const value: Record<string, unknown> = {
      mode: null,
      gone: null,
      note: null,
      labels: { a: null, b: 'x' },
    };
    applySchemaDefaults(value, schema);
    expect(value).toEqual({
      mode: 'Terminate',
      note: null,
      labels: { b: 'x' },
      rules: expect.any(Array),
    });
  });
});
