import { toAjvSchema } from './toAjvSchema';

describe('toAjvSchema', () => {
  it('rejects unknown fields unless the schema preserves them', () => {
    expect(
      toAjvSchema({
        type: 'object',
        properties: {
          known: { type: 'string' },
          free: {
            type: 'object',
            'x-kubernetes-preserve-unknown-fields': true,
          },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
        },
      }),
    ).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        known: { type: 'string' },
        free: { type: 'object' },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
      },
    });
  });

  it('leaves value-validation branches open (they only list required fields)', () => {
    expect(
      toAjvSchema({
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string' } },
        oneOf: [
          { properties: { a: {} }, required: ['a'] },
          { properties: { b: {} }, required: ['b'] },
        ],
      }).oneOf,
    ).toEqual([
      { properties: { a: {} }, required: ['a'] },
      { properties: { b: {} }, required: ['b'] },
    ]);
  });

  it('turns Kubernetes extensions into JSON Schema', () => {
    expect(
      toAjvSchema({ 'x-kubernetes-int-or-string': true, pattern: '^a' }),
    ).toEqual({
      pattern: '^a',
      anyOf: [{ type: 'integer' }, { type: 'string' }],
    });
    expect(
      toAjvSchema({
        'x-kubernetes-int-or-string': true,
        anyOf: [{ type: 'integer' }, { type: 'string' }],
      }),
    ).toEqual({
      anyOf: [{ type: 'integer' }, { type: 'string' }],
      allOf: [{ anyOf: [{ type: 'integer' }, { type: 'string' }] }],
    });
    expect(
      toAjvSchema({ type: 'string', nullable: true, enum: ['A', 'B'] }),
    ).toEqual({ type: ['string', 'null'], enum: ['A', 'B', null] });
    expect(
      toAjvSchema({ type: 'integer', minimum: 0, exclusiveMinimum: true }),
    ).toEqual({ type: 'integer', exclusiveMinimum: 0 });
    expect(
      toAjvSchema({
        type: 'object',
        'x-kubernetes-embedded-resource': true,
        properties: { spec: { type: 'object' } },
      }).properties,
    ).toEqual({
      spec: { type: 'object', additionalProperties: false },
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
    });
  });

  it('keeps only the formats it can check and drops Kubernetes-only keywords', () => {
    expect(
      toAjvSchema({
        type: 'object',
        description: 'x',
        'x-kubernetes-validations': [{ rule: 'true' }],
        'x-kubernetes-list-type': 'map',
        default: {},
        properties: {
          cidr: { type: 'string', format: 'cidr' },
          port: { type: 'integer', format: 'int32' },
          name: { type: 'string', format: 'idn-hostname' },
        },
      }),
    ).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        cidr: { type: 'string', format: 'cidr' },
        port: { type: 'integer' },
        name: { type: 'string' },
      },
    });
  });

  it('opens metadata on the root', () => {
    expect(
      toAjvSchema(
        {
          type: 'object',
          properties: {
            metadata: {
              type: 'object',
              properties: { name: { type: 'string' } },
            },
          },
        },
        true,
      ).properties,
    ).toEqual({ metadata: { type: 'object' } });
  });
});
