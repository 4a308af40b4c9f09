import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Moves the pointer from the hovered word onto the card's "Read all" in several steps across the gap, as a
 * hand does, and opens the whole definition: possible only if the card stays open on the way and while the
 * pointer rests on it.
 */
export async function readAllOnCard(page: Page, card: Locator): Promise<Locator> {
  const more = card.locator('.hmo-card__more');
  const box = await more.boundingBox();
  if (!box) throw new Error('the card for a long definition has no “Read all” button');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
  await more.click();
  await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
  return more;
}
