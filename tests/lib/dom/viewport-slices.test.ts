import { describe, expect, it } from 'vitest';
import type { HighlightEntry } from '../../../lib/dom/highlight-layer';
import { sliceNearViewport } from '../../../lib/dom/viewport-slices';

/** Entries of one text node, each on a line of its own 20 px high, at the offsets given. */
function entries(offsets: number[], node = {} as Text): HighlightEntry[] {
  return offsets.map((start) => ({
    termId: `t${start}`,
    block: {} as Element,
    parts: [{ node, start, end: start + 1 }],
    range: {
      getBoundingClientRect: () => ({ top: start * 20, bottom: start * 20 + 20 }),
    } as unknown as Range,
  }));
}

describe('sliceNearViewport', () => {
  it('keeps the entries from a screen above the viewport to a screen below it', () => {
    // Viewport 100 px high at the top of the page: boxes from -100 px to those starting at 200 px.
    const slice = sliceNearViewport(entries([...Array(30).keys()]), 100);
    expect(slice.map((e) => e.termId)).toEqual(Array.from({ length: 11 }, (_, i) => `t${i}`));
  });

  it('puts entries added out of order back in document order first', () => {
    const slice = sliceNearViewport(entries([12, 3, 0, 7, 1]), 100);
    expect(slice.map((e) => e.termId)).toEqual(['t0', 't1', 't3', 't7']);
  });

  it('draws at most 2,000 entries of a block at once', () => {
    const list = entries([...Array(3_000).keys()].map(() => 0));
    expect(sliceNearViewport(list, 100)).toHaveLength(2_000);
  });
});
