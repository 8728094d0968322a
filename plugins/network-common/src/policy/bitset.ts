/*
 * A fixed-size set of workload indices. Selectors are resolved once into
 * bitsets so that "does this rule's peer match that workload?" is one array
 * read, which keeps connections() linear in the number of real connections
 * instead of policies × workloads × workloads.
 */
export class Bitset {
  readonly size: number;
  readonly words: Uint32Array;

  constructor(size: number, words?: Uint32Array) {
    this.size = size;
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  static empty(size: number): Bitset {
    return new Bitset(size);
  }

  static full(size: number): Bitset {
    const set = new Bitset(size);
    set.words.fill(0xffffffff);
    set.clearTail();
    return set;
  }

  has(index: number): boolean {
    return (this.words[index >>> 5] & (1 << (index & 31))) !== 0;
  }

  add(index: number): void {
    this.words[index >>> 5] |= 1 << (index & 31);
  }

  or(other: Bitset): Bitset {
    const words = new Uint32Array(this.words.length);
    for (let i = 0; i < words.length; i++) {
      words[i] = this.words[i] | other.words[i];
    }
    return new Bitset(this.size, words);
  }

  orInPlace(other: Bitset): void {
    for (let i = 0; i < this.words.length; i++) {
      this.words[i] |= other.words[i];
    }
  }

  and(other: Bitset): Bitset {
    const words = new Uint32Array(this.words.length);
    for (let i = 0; i < words.length; i++) {
      words[i] = this.words[i] & other.words[i];
    }
    return new Bitset(this.size, words);
  }

  not(): Bitset {
    const words = new Uint32Array(this.words.length);
    for (let i = 0; i < words.length; i++) {
      words[i] = ~this.words[i];
    }
    const set = new Bitset(this.size, words);
    set.clearTail();
    return set;
  }

  isEmpty(): boolean {
    for (let i = 0; i < this.words.length; i++) {
      if (this.words[i] !== 0) return false;
    }
    return true;
  }

  isFull(): boolean {
    return this.count() === this.size;
  }

  count(): number {
    let total = 0;
    for (let i = 0; i < this.words.length; i++) {
      let w = this.words[i];
      while (w !== 0) {
        w &= w - 1;
        total++;
      }
    }
    return total;
  }

  forEach(visit: (index: number) => void): void {
    for (let i = 0; i < this.words.length; i++) {
      let w = this.words[i];
      while (w !== 0) {
        const low = w & -w;
        visit((i << 5) + (31 - Math.clz32(low)));
        w ^= low;
      }
    }
  }

  toArray(): number[] {
    const out: number[] = [];
    this.forEach(i => out.push(i));
    return out;
  }

  /** Bits past `size` must stay zero so that count() and isEmpty() are exact. */
  private clearTail(): void {
    const extra = this.words.length * 32 - this.size;
    if (extra > 0 && this.words.length > 0) {
      this.words[this.words.length - 1] &= 0xffffffff >>> extra;
    }
  }
}
