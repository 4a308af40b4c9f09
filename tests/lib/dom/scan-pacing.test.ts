import { describe, expect, it } from 'vitest';
import { ScanPace, windowEnd } from '../../../lib/dom/scan-pacing';

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

describe('ScanPace', () => {
  it('reads the clock only every couple of thousand characters', () => {
    let reads = 0;
    const pace = new ScanPace(8, () => {
      reads++;
      return 0;
    });
    for (let i = 0; i < 1_000; i++) pace.spent(64);
    // One read to start the slice, then one per 2,048 characters of the 64,000.
    expect(reads).toBe(1 + Math.floor(64_000 / 2_048));
  });

  it('says when a slice is over, however small the pieces of work that make it up', async () => {
    const win = { scheduler: { yield: async () => {} } } as unknown as Window;
    let now = 0;
    const pace = new ScanPace(8, () => now);
    let over = 0;
    // Ten thousand small roots at 0.01 ms each: 100 ms of work, over many slices of about 8 ms.
    for (let i = 0; i < 10_000; i++) {
      now += 0.01;
      if (pace.spent(64)) {
        over++;
        await pace.yieldTo(win);
      }
    }
    expect(over).toBeGreaterThanOrEqual(10);
    expect(over).toBeLessThanOrEqual(13);
  });
});
