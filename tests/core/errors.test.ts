/**
 * Messages stay readable: a user's value is echoed at most about 60 characters, cut with an
 * ellipsis, and no message (a cell's error, an N/A text, an alert) passes 1,000 characters.
 */
import { broadcast } from '../../src/core/arguments/grid';
import { TipError, cap, show } from '../../src/core/base/errors';

describe('show', () => {
  test('echoes a long text in 60 characters, quotes included, ending with an ellipsis', () => {
    const echo = show('x'.repeat(6000));
    expect(echo).toBe(`"${'x'.repeat(57)}…"`);
    expect(echo).toHaveLength(60);
    expect(show('abc')).toBe('"abc"');
    expect(show('y'.repeat(58))).toBe(`"${'y'.repeat(58)}"`);
    expect(show(12345)).toBe('12345');
  });
});

describe('cap and TipError', () => {
  test('a message is at most 1,000 characters', () => {
    expect(cap('z'.repeat(999))).toBe('z'.repeat(999));
    expect(cap('z'.repeat(1000))).toBe('z'.repeat(1000));
    expect(cap('z'.repeat(1001))).toBe(`${'z'.repeat(999)}…`);
    expect(new TipError('w'.repeat(5000)).message).toBe(`${'w'.repeat(999)}…`);
  });

  test('the N/A text of a range cell is at most 1,000 characters, prefix included', () => {
    const fail = () => {
      throw new TipError('v'.repeat(2000));
    };
    const out = broadcast(['a'], [[['x'], ['y']]], fail) as string[][];
    expect(out[0][0]).toBe(`N/A: ${'v'.repeat(994)}…`);
    expect(out[0][0]).toHaveLength(1000);
  });
});
