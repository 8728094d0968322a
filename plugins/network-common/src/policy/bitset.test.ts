import { Bitset } from './bitset';

describe('Bitset', () => {
  it('adds, tests and counts members across word boundaries', () => {
    const set = Bitset.empty(70);
    [0, 31, 32, 69].forEach(i => set.add(i));
    expect([
      set.has(0),
      set.has(1),
      set.has(31),
      set.has(32),
      set.has(69),
    ]).toEqual([true, false, true, true, true]);
    expect(set.count()).toBe(4);
    expect(set.toArray()).toEqual([0, 31, 32, 69]);
  });

  it('keeps bits past the size clear, so full() and not() count exactly', () => {
    expect(Bitset.full(33).count()).toBe(33);
    expect(Bitset.full(33).isFull()).toBe(true);
    expect(Bitset.empty(33).not().count()).toBe(33);
    expect(Bitset.full(0).isEmpty()).toBe(true);
  });

  it('combines sets without changing the operands', () => {
    const a = Bitset.empty(40);
    const b = Bitset.empty(40);
    a.add(1);
    a.add(35);
    b.add(35);
    b.add(2);
    expect(a.or(b).toArray()).toEqual([1, 2, 35]);
    expect(a.and(b).toArray()).toEqual([35]);
    expect(a.toArray()).toEqual([1, 35]);
    a.orInPlace(b);
    expect(a.toArray()).toEqual([1, 2, 35]);
  });
});
