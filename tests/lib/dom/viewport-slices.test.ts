import { describe, expect, it } from 'vitest';
import type { HighlightEntry } from '../../../lib/dom/highlight-layer';
import { sliceNearViewport } from '../../../lib/dom/viewport-slices';

/**
 * Entries of one text node at the offsets given, named after them. Each lies on line `lineOf(offset)` of
 * 20 px, with the page scrolled down by `scroll` px.
 */
function entries(offsets: number[], lineOf = (offset: number) => offset, scroll = 0): HighlightEntry[] {
  const node = {} as Text;
  return offsets.map((start) => {
    const top = lineOf(start) * 20 - scroll;
    return {
      termId: `t${start}`,
      block: {} as Element,
      parts: [{ node, start, end: start + 1 }],
      range: { getBoundingClientRect: () => ({ top, bottom: top + 20 }) } as unknown as Range,
    };
  });
}

const names = (slice: HighlightEntry[]) => slice.map((e) => e.termId);
const offsets = (count: number) => [...Array(count).keys()];

describe('sliceNearViewport', () => {
  it('keeps the entries from half a screen above the viewport to half a screen below it', () => {
    // Viewport 100 px high at the top of the page: boxes from -50 px to those starting at 150 px.
    expect(names(sliceNearViewport(entries(offsets(30)), 100))).toEqual(names(entries(offsets(8))));
    // Scrolled to line 10 (200 px): from the line ending 50 px above to the one starting 150 px below.
    const scrolled = sliceNearViewport(entries(offsets(30), undefined, 200), 100);
    expect(names(scrolled)).toEqual([
      't7',
      't8',
      't9',
      't10',
      't11',
      't12',
      't13',
      't14',
      't15',
      't16',
      't17',
    ]);
  });

  it('puts entries added out of order back in document order first', () => {
    const slice = sliceNearViewport(
      entries([12, 3, 0, 7, 1], () => 0),
      100,
    );
    expect(names(slice)).toEqual(['t0', 't1', 't3', 't7', 't12']);
  });

  it('draws at most 250 entries of a block at once', () => {
    expect(
      sliceNearViewport(
        entries(offsets(3_000), () => 0),
        100,
      ),
    ).toHaveLength(250);
  });

  it('gives the entries in view the first places when the view holds more than fit', () => {
    // Ten entries a line, scrolled to line 100 and a half: the 1,000 px view holds lines 100 to 150.
    const slice = sliceNearViewport(
      entries(offsets(5_000), (i) => Math.floor(i / 10), 2_010),
      1_000,
    );
    expect(slice).toHaveLength(250);
    expect(slice[0]?.termId).toBe('t1000');
  });

  it('shares the places the view leaves between the margins above and below it', () => {
    // Ten entries a line, scrolled to line 100 and a half, viewport 400 px: lines 100 to 120 in view are
    // 210 entries; the 40 places left go 20 above and 20 below, of the 410 the margins would hold.
    const slice = sliceNearViewport(
      entries(offsets(5_000), (i) => Math.floor(i / 10), 2_010),
      400,
    );
    expect(slice).toHaveLength(250);
    expect(slice[0]?.termId).toBe('t980');
    expect(slice.at(-1)?.termId).toBe('t1229');
  });

  it('gives the places the margin below cannot take to the margin above, at the end of a block', () => {
    // Ten entries a line, 300 lines, scrolled to the end (lines 280 to 299 in a 400 px view): 200 in view,
    // nothing below, so the 50 places left all go above.
    const slice = sliceNearViewport(
      entries(offsets(3_000), (i) => Math.floor(i / 10), 5_600),
      400,
    );
    expect(slice).toHaveLength(250);
    expect(slice[0]?.termId).toBe('t2750');
    expect(slice.at(-1)?.termId).toBe('t2999');
  });
});
