import { describe, expect, it } from 'vitest';
import { lineAround } from '../../../lib/analysis/line-around';

describe('the line around a position', () => {
  it('is the whole line when it is short', () => {
    const text = 'first line\nsecond line\n\nlast';
    const lineOf = lineAround(text);
    expect(lineOf(0)).toBe('first line');
    expect(lineOf(text.indexOf('second') + 3)).toBe('second line');
    expect(lineOf(text.indexOf('last'))).toBe('last');
    expect(lineOf(text.indexOf('\n\n') + 1)).toBe('');
  });

  it('reaches 240 characters either side on a very long line', () => {
    const text = `${'a'.repeat(1000)}X${'b'.repeat(1000)}`;
    const line = lineAround(text)(1000);
    expect(line).toBe(`${'a'.repeat(240)}X${'b'.repeat(239)}`);
  });
});
