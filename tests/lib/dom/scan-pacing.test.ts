import { describe, expect, it } from 'vitest';
import { windowEnd } from '../../../lib/dom/scan-pacing';

describe('scan pacing', () => {
  it('matches a short text in one window', () => {
    expect(windowEnd('HMO and PPO', 0)).toBe(11);
  });

  it('ends a window of a long text at whitespace, never inside a word', () => {
    const text = `${'word '.repeat(10_000)}end`;
    const ends: number[] = [];
    for (let from = 0; from < text.length; from = ends.at(-1) as number) ends.push(windowEnd(text, from));
    expect(ends.length).toBeGreaterThan(2);
    for (const end of ends.slice(0, -1)) expect(text[end]).toBe(' ');
    expect(ends.at(-1)).toBe(text.length);
  });

  it('runs a window without whitespace to the end of the text', () => {
    expect(windowEnd('x'.repeat(40_000), 0)).toBe(40_000);
  });
});
