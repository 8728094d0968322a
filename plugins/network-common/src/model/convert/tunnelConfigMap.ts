import { parse } from 'yaml';
import { normalizeDnsName } from '../names';
import { DEFAULT_TUNNEL_CONFIG_KEY } from '../options';
import { asArray, asRecord, asString, isRecord, nameOf } from '../objects';
import type {
  KubernetesObject,
  Origin,
  SourceProblem,
  TunnelConfiguration,
  TunnelRule,
} from '../sources';

/** Besides the configured key, cloudflared's own default file names. */
const FALLBACK_KEYS = ['config.yaml', 'config.yml'];

/** The outcome of reading one cloudflared ConfigMap. @public */
export interface TunnelConfigMapReading {
  /** Undefined when the ConfigMap holds no cloudflared configuration. */
  tunnel?: TunnelConfiguration;
  problems: SourceProblem[];
}

function ruleOf(raw: unknown, position: number): TunnelRule | string {
  if (!isRecord(raw)) {
    return `ingress rule #${position} is not a mapping`;
  }
  const service = asString(raw.service);
  if (!service) {
    return `ingress rule #${position} has no service`;
  }
  const rule: TunnelRule = { service, position };
  const hostname = asString(raw.hostname);
  // cloudflared treats "" and "*" alike: any host.
  if (hostname !== undefined && hostname !== '') {
    rule.hostname = normalizeDnsName(hostname);
  }
  const path = asString(raw.path);
  if (path !== undefined && path !== '') {
    rule.path = path;
  }
  if (isRecord(raw.originRequest)) {
    rule.originRequest = raw.originRequest;
  }
  return rule;
}

/**
 * Reads a cloudflared configuration file (the text of `config.yaml`): the tunnel id and its
 * ingress rules in first-match order. Problems name the file's own mistakes; the rules' meaning
 * is checked later by the index.
 * @public
 */
export function parseTunnelConfig(
  text: string,
  origin: Origin,
): TunnelConfigMapReading {
  const where = { file: origin.file, line: origin.line };
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    return {
      problems: [
        {
          ...where,
          message: `cloudflared configuration is not valid YAML: ${
            (error as Error).message.split('\n')[0]
          }`,
        },
      ],
    };
  }
  const config = asRecord(document);
  if (!Array.isArray(config.ingress)) {
    return { problems: [] };
  }
  const problems: SourceProblem[] = [];
  const tunnelId = asString(config.tunnel) ?? '';
  if (!tunnelId) {
    problems.push({
      ...where,
      message: 'cloudflared configuration names no tunnel',
    });
  }
  const rules: TunnelRule[] = [];
  asArray(config.ingress).forEach((raw, position) => {
    const rule = ruleOf(raw, position);
    if (typeof rule === 'string') {
      problems.push({ ...where, message: rule });
    } else {
      rules.push(rule);
    }
  });
  return {
    tunnel: { tunnelId, management: 'local', rules, origin },
    problems,
  };
}

/**
 * Reads a cloudflared ConfigMap (locally managed tunnel) with its problems.
 *
 * @param key - the data key holding the file; default `config.yaml`, then `config.yml`
 * @public
 */
export function readTunnelConfigMap(
  object: KubernetesObject,
  origin: Origin,
  key: string = DEFAULT_TUNNEL_CONFIG_KEY,
): TunnelConfigMapReading {
  if (object.kind !== 'ConfigMap') {
    return { problems: [] };
  }
  const data = asRecord(object.data);
  const found = [key, ...FALLBACK_KEYS].find(k => typeof data[k] === 'string');
  if (!found) {
    return { problems: [] };
  }
  const reading = parseTunnelConfig(data[found] as string, origin);
  return {
    tunnel: reading.tunnel,
    problems: reading.problems.map(p => ({
      ...p,
      message: `ConfigMap ${object.metadata?.namespace ?? ''}/${nameOf(
        object,
      )} ${found}: ${p.message}`,
    })),
  };
}

/**
 * The tunnel configuration of a cloudflared ConfigMap, or undefined when it holds none.
 * @public
 */
export function tunnelFromConfigMap(
  object: KubernetesObject,
  origin: Origin,
  key?: string,
): TunnelConfiguration | undefined {
  return readTunnelConfigMap(object, origin, key).tunnel;
}
