import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../lib/dom/card-position';

const viewport = { width: 800, height: 600 };
const card = { width: 300, height: 150 };

describe('placeCard', () => {
  it('goes below the word', () => {
    expect(placeCard({ left: 100, top: 100, right: 140, bottom: 118 }, card, viewport)).toEqual({
      left: 100,
      top: 124,
    });
  });

  it('goes above when there is no room below', () => {
    expect(placeCard({ left: 100, top: 500, right: 140, bottom: 518 }, card, viewport)).toEqual({
      left: 100,
      top: 344,
    });
  });

  it('stays inside the viewport on the right and on tiny screens', () => {
    expect(placeCard({ left: 700, top: 100, right: 740, bottom: 118 }, card, viewport).left).toBe(492);
    const tiny = placeCard({ left: 10, top: 10, right: 50, bottom: 28 }, card, { width: 200, height: 100 });
    expect(tiny.left).toBe(8);
    expect(tiny.top).toBe(8);
  });
});
