export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const MARGIN = 8;

/**
 * Where to put a card for a highlighted word: below it, or above when there is no room below, and always
 * inside the viewport.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
): { left: number; top: number } {
  let top = anchor.bottom + gap;
  if (top + card.height > viewport.height - MARGIN && anchor.top - gap - card.height >= MARGIN) {
    top = anchor.top - gap - card.height;
  }
  top = Math.max(MARGIN, Math.min(top, viewport.height - card.height - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  return { left: Math.round(left), top: Math.round(top) };
}
