import { CelRuleEvaluator } from './celRules';
import type { JSONSchemaProps } from './types';

const schema: JSONSchemaProps = {
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      'x-kubernetes-validations': [
        // reserved and special property names are escaped as in the API server
        {
          rule: "self.__namespace__ == 'ledger' && self.min__dash__port < 100",
          message: 'escaping works',
        },
        {
          rule: 'self.replicas <= 3',
          messageExpression:
            "'replicas must be at most 3, got ' + string(self.replicas)",
        },
        { rule: 'self.replicas == oldSelf.replicas', message: 'immutable' },
        { rule: 'self.port > 0', fieldPath: '.port' },
      ],
      properties: {
        namespace: { type: 'string' },
        'min-port': { type: 'integer' },
        replicas: { type: 'integer' },
        port: {
          'x-kubernetes-int-or-string': true,
          'x-kubernetes-validations': [
            // an int-or-string holding a number is a CEL int
            { rule: 'type(self) == int', message: 'port is an int' },
          ],
        },
        weight: {
          type: 'number',
          'x-kubernetes-validations': [
            { rule: 'type(self) == double', message: 'weight is a double' },
          ],
        },
        labels: {
          type: 'object',
          additionalProperties: {
            type: 'string',
            'x-kubernetes-validations': [
              { rule: "self != ''", message: 'label values must not be empty' },
            ],
          },
          'x-kubernetes-validations': [
            {
              rule: 'self.all(k, !k.startsWith("kubernetes.io/"))',
              message: 'reserved label prefix',
            },
          ],
        },
        url: {
          type: 'string',
          'x-kubernetes-validations': [
            { rule: 'isURL(self)', message: 'must be a URL' },
          ],
        },
        broken: {
          type: 'string',
          'x-kubernetes-validations': [{ rule: 'self ==', message: 'broken' }],
        },
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: { name: { type: 'string' } },
            'x-kubernetes-validations': [
              { rule: "self.name.matches('^[a-z]+$')" },
            ],
          },
        },
      },
    },
  },
};

function spec(values: Record<string, unknown>) {
  return {
    spec: {
      namespace: 'ledger',
      'min-port': 10,
      replicas: 1,
      port: 80,
      ...values,
    },
  };
}

describe('CelRuleEvaluator', () => {
  const evaluator = new CelRuleEvaluator();

  it('passes a valid object: escaping, int-or-string ints, doubles, maps, lists', () => {
    expect(
      evaluator.evaluate(
        spec({
          weight: 1,
          labels: { app: 'ledger', 'app.kubernetes.io/name': 'ledger' },
          items: [{ name: 'a' }, { name: 'b' }],
        }),
        schema,
      ),
    ).toEqual([]);
  });

  it('uses messageExpression, and fieldPath to point below the rule', () => {
    expect(evaluator.evaluate(spec({ replicas: 5, port: 0 }), schema)).toEqual([
      {
        path: 'spec',
        message: 'replicas must be at most 3, got 5',
        rule: 'self.replicas <= 3',
      },
      {
        path: 'spec.port',
        message: 'failed rule: self.port > 0',
        rule: 'self.port > 0',
      },
    ]);
  });

  it('checks every map value and list item, with their paths', () => {
    const errors = evaluator.evaluate(
      spec({
        labels: { 'kubernetes.io/os': 'linux', app: '' },
        items: [{ name: 'ok' }, { name: 'Not-OK' }],
      }),
      schema,
    );
    expect(errors).toEqual([
      {
        path: 'spec.labels',
        message: 'reserved label prefix',
        rule: expect.any(String),
      },
      {
        path: 'spec.labels[app]',
        message: 'label values must not be empty',
        rule: "self != ''",
      },
      {
        path: 'spec.items[1]',
        message: "failed rule: self.name.matches('^[a-z]+$')",
        rule: "self.name.matches('^[a-z]+$')",
      },
    ]);
  });

  it('reports rules it cannot compile or evaluate instead of throwing', () => {
    const errors = evaluator.evaluate(
      spec({ url: 'https://x', broken: 'x' }),
      schema,
    );
    expect(errors).toEqual([
      {
        path: 'spec.url',
        message: expect.stringMatching(/evaluating rule: must be a URL$/),
        rule: 'isURL(self)',
      },
      {
        path: 'spec.broken',
        message: expect.stringMatching(
          /^rule could not be compiled \(.+\): broken$/,
        ),
        rule: 'self ==',
      },
    ]);
  });

  it('reports a missing field as the API server does ("no such key")', () => {
    const errors = evaluator.evaluate(
      { spec: { namespace: 'ledger', 'min-port': 10, port: 80 } },
      schema,
    );
    expect(errors).toEqual([
      {
        path: 'spec',
        message: expect.stringMatching(
          /replicas.* evaluating rule: failed rule: self.replicas <= 3$/,
        ),
        rule: 'self.replicas <= 3',
      },
    ]);
  });
});
