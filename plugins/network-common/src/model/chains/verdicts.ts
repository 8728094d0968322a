import type { Hop, HopVerdict } from '../view';

const WEIGHT: Record<HopVerdict, number> = { ok: 0, unknown: 1, broken: 2 };

/** Broken beats unknown beats ok. */
export function worstVerdict(verdicts: readonly HopVerdict[]): HopVerdict {
  return verdicts.reduce<HopVerdict>(
    (worst, v) => (WEIGHT[v] > WEIGHT[worst] ? v : worst),
    'ok',
  );
}

export function chainVerdict(hops: readonly Hop[]): HopVerdict {
  return worstVerdict(hops.map(h => h.verdict));
}

export function hop(
  kind: Hop['kind'],
  title: string,
  verdict: HopVerdict,
  reason: string,
  object?: Hop['object'],
): Hop {
  return object
    ? { kind, title, verdict, reason, object }
    : { kind, title, verdict, reason };
}
