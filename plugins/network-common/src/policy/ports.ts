import type { ConnectionPort, Protocol } from './types';

/*
 * Sets of (protocol, port) as sorted interval lists, one list per transport
 * protocol. Allow and deny rules are combined with set algebra on these, so
 * a connection's ports are exact unions/intersections, not approximations.
 */

export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
export const MAX_PORT = 65535;

/** Flattened [from0, to0, from1, to1, ...], sorted, disjoint, non-adjacent. */
type Intervals = readonly number[];

function unionIntervals(a: Intervals, b: Intervals): number[] {
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a.slice();
  const pairs: [number, number][] = [];
  for (let i = 0; i < a.length; i += 2) pairs.push([a[i], a[i + 1]]);
  for (let i = 0; i < b.length; i += 2) pairs.push([b[i], b[i + 1]]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [from, to] of pairs) {
    const last = out.length - 1;
    if (last > 0 && from <= out[last] + 1) {
      out[last] = Math.max(out[last], to);
    } else {
      out.push(from, to);
    }
  }
  return out;
}

function intersectIntervals(a: Intervals, b: Intervals): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i], b[j]);
    const to = Math.min(a[i + 1], b[j + 1]);
    if (from <= to) out.push(from, to);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}

function subtractIntervals(a: Intervals, b: Intervals): number[] {
  if (b.length === 0) return a.slice();
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let from = a[i];
    const to = a[i + 1];
    while (j < b.length && b[j + 1] < from) j += 2;
    let k = j;
    while (k < b.length && b[k] <= to) {
      if (b[k] > from) out.push(from, b[k] - 1);
      from = Math.max(from, b[k + 1] + 1);
      k += 2;
    }
    if (from <= to) out.push(from, to);
  }
  return out;
}

function sameIntervals(a: Intervals, b: Intervals): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const PROTOCOL_INDEX: Record<Protocol, number> = { TCP: 0, UDP: 1, SCTP: 2 };

function protocolIndex(protocol: Protocol): number {
  return PROTOCOL_INDEX[protocol];
}

export class PortSet {
  static readonly EMPTY = new PortSet([[], [], []]);
  static readonly ALL = new PortSet([
    [0, MAX_PORT],
    [0, MAX_PORT],
    [0, MAX_PORT],
  ]);

  private constructor(private readonly lists: readonly Intervals[]) {}

  /** `ANY` means TCP, UDP and SCTP (Cilium: "any protocol with transport ports"). */
  static range(protocol: Protocol | 'ANY', from: number, to: number): PortSet {
    const lo = Math.max(0, Math.min(from, to));
    const hi = Math.min(MAX_PORT, Math.max(from, to));
    const lists: Intervals[] = [[], [], []];
    for (const p of PROTOCOLS) {
      if (protocol === 'ANY' || protocol === p)
        lists[protocolIndex(p)] = [lo, hi];
    }
    return new PortSet(lists);
  }

  static single(protocol: Protocol, port: number): PortSet {
    return PortSet.range(protocol, port, port);
  }

  union(other: PortSet): PortSet {
    if (other.isEmpty()) return this;
    if (this.isEmpty()) return other;
    return new PortSet(
      this.lists.map((l, i) => unionIntervals(l, other.lists[i])),
    );
  }

  intersect(other: PortSet): PortSet {
    if (this.isEmpty() || other.isEmpty()) return PortSet.EMPTY;
    return new PortSet(
      this.lists.map((l, i) => intersectIntervals(l, other.lists[i])),
    );
  }

  subtract(other: PortSet): PortSet {
    if (this.isEmpty() || other.isEmpty()) return this;
    return new PortSet(
      this.lists.map((l, i) => subtractIntervals(l, other.lists[i])),
    );
  }

  overlaps(other: PortSet): boolean {
    return !this.intersect(other).isEmpty();
  }

  isEmpty(): boolean {
    return this.lists.every(l => l.length === 0);
  }

  equals(other: PortSet): boolean {
    return this.lists.every((l, i) => sameIntervals(l, other.lists[i]));
  }

  /** A string equal for equal sets, to group peers with the same ports. */
  key(): string {
    return this.lists.map(l => l.join(',')).join('|');
  }

  has(protocol: Protocol, port: number): boolean {
    const list = this.lists[protocolIndex(protocol)];
    for (let i = 0; i < list.length; i += 2) {
      if (port >= list[i] && port <= list[i + 1]) return true;
    }
    return false;
  }

  /** Collapses to ANY when all three protocols carry identical ports. */
  toConnectionPorts(): ConnectionPort[] {
    const [tcp, udp, sctp] = this.lists;
    const out: ConnectionPort[] = [];
    const push = (protocol: Protocol | 'ANY', list: Intervals) => {
      for (let i = 0; i < list.length; i += 2) {
        out.push({ protocol, from: list[i], to: list[i + 1] });
      }
    };
    if (tcp.length > 0 && sameIntervals(tcp, udp) && sameIntervals(tcp, sctp)) {
      push('ANY', tcp);
    } else {
      PROTOCOLS.forEach((p, i) => push(p, this.lists[i]));
    }
    return out;
  }

  describe(): string {
    return formatPorts(this.toConnectionPorts());
  }
}

const isFullRange = (p: ConnectionPort) => p.from === 0 && p.to === MAX_PORT;

/**
 * "TCP 53; UDP 53", "TCP 80,1000-2000", "TCP *", "ANY": ports grouped per
 * protocol, protocols sorted, a protocol's full range printed as `*`, and
 * every port of every protocol as plain `ANY`.
 */
export function formatPorts(ports: readonly ConnectionPort[]): string {
  if (ports.length === 0) return 'no port';
  if (
    ports.length === 1 &&
    ports[0].protocol === 'ANY' &&
    isFullRange(ports[0])
  )
    return 'ANY';
  const groups = new Map<string, ConnectionPort[]>();
  for (const p of ports) {
    const list = groups.get(p.protocol) ?? [];
    list.push(p);
    groups.set(p.protocol, list);
  }
  return [...groups.keys()]
    .sort()
    .map(protocol => {
      const list = groups
        .get(protocol)!
        .slice()
        .sort((a, b) => a.from - b.from || a.to - b.to)
        .map(p => {
          if (isFullRange(p)) return '*';
          return p.from === p.to ? `${p.from}` : `${p.from}-${p.to}`;
        });
      return `${protocol} ${list.join(',')}`;
    })
    .join('; ');
}
