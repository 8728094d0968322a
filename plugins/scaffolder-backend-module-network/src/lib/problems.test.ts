import { Problems } from './problems';

describe('Problems', () => {
  it('throws nothing without problems, one message for one, a numbered list for more', () => {
    const none = new Problems();
    none.add(undefined);
    expect(() => none.throwIfAny()).not.toThrow();

    const one = new Problems();
    one.add('A is wrong.');
    expect(() => one.throwIfAny()).toThrow(/^A is wrong\.$/);

    const two = new Problems();
    two.add('A is wrong.');
    two.add('B is wrong.');
    expect(() => two.throwIfAny()).toThrow(
      '2 problems: (1) A is wrong. (2) B is wrong.',
    );
  });
});
