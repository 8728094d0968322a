import {
  CelInput,
  CelResult,
  CelScalar,
  celEnv,
  isCelError,
  parse,
  plan,
} from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { RE2JS } from '@bufbuild/re2';
import { rootToCel, toCelValue } from './celValue';
import { PathSegment, formatPath, isPlainObject } from './fieldPath';
import type {
  JSONSchemaProps,
  ManifestValidationError,
  ValidationRule,
} from './types';

type Program = (bindings: { self: CelInput }) => CelResult;
type Compiled = { program: Program } | { error: string };

// Transition rules compare with the stored object; a manifest has none, and
// the API server does not run them on create either.
const TRANSITION_RULE = /\boldSelf\b/;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Evaluates `x-kubernetes-validations` rules with @bufbuild/cel. Each distinct
 * expression is compiled once and reused for every value and every CRD.
 *
 * Not available (as in any non-Go CEL): the Kubernetes CEL libraries such as
 * `isURL`, `quantity`, `ip`/`cidr`, `format.*`, plus runtime cost limits. A
 * rule that needs them is reported as an error naming the rule.
 */
export class CelRuleEvaluator {
  private readonly compiled = new Map<string, Compiled>();
  private readonly regexps = new Map<string, RE2JS>();
  private readonly env = celEnv({
    variables: { self: CelScalar.DYN },
    funcs: strings,
    // `matches()` would otherwise compile its pattern on every call
    re2: {
      compile: (pattern: string) => {
        let regexp = this.regexps.get(pattern);
        if (!regexp) {
          regexp = RE2JS.compile(pattern);
          this.regexps.set(pattern, regexp);
        }
        return regexp;
      },
    },
  });

  private compile(expression: string): Compiled {
    let compiled = this.compiled.get(expression);
    if (!compiled) {
      try {
        compiled = { program: plan(this.env, parse(expression)) as Program };
      } catch (error) {
        compiled = { error: errorMessage(error) };
      }
      this.compiled.set(expression, compiled);
    }
    return compiled;
  }

  /** Walks the (defaulted) object along its schema and checks every rule. */
  evaluate(
    object: Record<string, unknown>,
    schema: JSONSchemaProps,
  ): ManifestValidationError[] {
    const errors: ManifestValidationError[] = [];
    this.walk(object, schema, [], errors, true);
    return errors;
  }

  private walk(
    value: unknown,
    schema: JSONSchemaProps | undefined,
    path: PathSegment[],
    errors: ManifestValidationError[],
    isRoot = false,
  ): void {
    if (!schema || value === undefined || value === null) {
      return;
    }
    const rules = schema['x-kubernetes-validations'];
    if (rules && rules.length > 0) {
      const self =
        isRoot && isPlainObject(value)
          ? rootToCel(value, schema)
          : toCelValue(value, schema);
      for (const rule of rules) {
        const error = this.check(rule, self, path);
        if (error) {
          errors.push(error);
        }
      }
    }

    if (Array.isArray(value)) {
      value.forEach((item, index) =>
        this.walk(item, schema.items, [...path, index], errors),
      );
    } else if (isPlainObject(value)) {
      const map =
        typeof schema.additionalProperties === 'object'
          ? schema.additionalProperties
          : undefined;
      for (const [key, item] of Object.entries(value)) {
        const property = schema.properties?.[key];
        if (property) {
          this.walk(item, property, [...path, key], errors);
        } else if (map) {
          this.walk(item, map, [...path, { key }], errors);
        }
      }
    }
  }

  private check(
    rule: ValidationRule,
    self: CelInput,
    path: PathSegment[],
  ): ManifestValidationError | undefined {
    if (TRANSITION_RULE.test(rule.rule)) {
      return undefined;
    }
    let where = formatPath(path);
    if (rule.fieldPath) {
      where =
        where === ''
          ? rule.fieldPath.replace(/^\./, '')
          : where + rule.fieldPath;
    }
    const described = rule.message ?? `failed rule: ${rule.rule}`;

    const compiled = this.compile(rule.rule);
    if ('error' in compiled) {
      return {
        path: where,
        message: `rule could not be compiled (${compiled.error}): ${described}`,
        rule: rule.rule,
      };
    }
    const result = compiled.program({ self });
    if (isCelError(result)) {
      // the API server reports evaluation errors (e.g. "no such key") as
      // invalid too, naming the rule
      return {
        path: where,
        message: `${result.message} evaluating rule: ${described}`,
        rule: rule.rule,
      };
    }
    if (result === true) {
      return undefined;
    }
    if (result !== false) {
      return {
        path: where,
        message: `rule did not evaluate to a bool: ${described}`,
        rule: rule.rule,
      };
    }
    return {
      path: where,
      message: this.message(rule, self) ?? described,
      rule: rule.rule,
    };
  }

  // messageExpression wins when it yields a non-empty string; otherwise the
  // API server falls back to `message`.
  private message(rule: ValidationRule, self: CelInput): string | undefined {
    if (!rule.messageExpression) {
      return undefined;
    }
    const compiled = this.compile(rule.messageExpression);
    if ('error' in compiled) {
      return undefined;
    }
    const result = compiled.program({ self });
    return typeof result === 'string' && result.trim() !== ''
      ? result
      : undefined;
  }
}
