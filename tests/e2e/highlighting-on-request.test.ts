import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, ourHighlightRules } from '../../scripts/browser/page-probes';
import { readAllOnCard } from '../support/hover-card';
import { highlightingSession, hoverCardText, leftNoTrace, waitForHighlights } from './highlighting-session';

const session = highlightingSession();

describe('an HTML resume on 127.0.0.1, scanned on request', () => {
  let page: Page;

  beforeAll(async () => {
    page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/resume.html`);
  });

  it('is left alone until the recruiter asks', async () => {
    const popup = await session.browser.openPopup(await session.browser.tabIdOf(page));
    await popup.getByTestId('scan').waitFor();
    expect(await highlightedTexts(page)).toEqual([]);
    await popup.close();
  });

  it('highlights the terms after "Scan this page", and nothing it must not', async () => {
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await session.browser.openPopup(await session.browser.tabIdOf(page));
    await popup.getByTestId('scan').click();
    await popup.getByTestId('level').waitFor();
    const texts = await waitForHighlights(page, [
      'Health Maintenance Organization', // split over <b>Health</b> and the following text
      'HMO',
      'PPO',
      'capitation payments',
      'IPA',
      'PMPM',
      'PCPs',
      'in-network',
      'out-of-network',
      'NCQA',
      'CMS-1500',
      'Medicaid managed care',
    ]);
    // Not in the textarea, not in the head's script, not inside "Support"/"opportunity", not lowercase "hmo".
    expect(texts.filter((t) => t === 'HMO').length).toBe(3);
    expect(texts.filter((t) => t === 'PPO').length).toBe(2);
    expect(texts.some((t) => /^hmo$/.test(t))).toBe(false);
    // Text that looks like HTML stays text: nothing of it ran.
    expect(texts).toContain('EPO');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Highlighting rewrote nothing: the page's DOM is byte for byte what it was.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    // The style rule sits on the root only, and the text deep inside the page takes it from there.
    const fill = await page.evaluate(() => {
      const text = [...document.querySelectorAll('li, p')].find((el) => el.textContent?.includes('PMPM'));
      return text && getComputedStyle(text, '::highlight(hmo-lens)').backgroundColor;
    });
    expect(fill).toBe('rgba(255, 193, 7, 0.32)');
    expect(await page.evaluate(ourHighlightRules)).toEqual([
      expect.stringMatching(/^:root::highlight\(hmo-lens\) \{/),
    ]);
    await popup.close();
  });

  it('defines a term on hover and closes the card on Escape and on mouse-out', async () => {
    const text = await hoverCardText(page, 'capitation payments');
    expect(text).toContain('Capitation');
    expect(text).toContain('Written here as “capitation payments”');
    expect(text).toContain('Finance & payment');
    expect(text).toContain('fixed amount per member per month');
    const card = page.locator('hmo-lens-card .hmo-card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await hoverCardText(page, 'IPA');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
  });

  it('keeps the card open from the word onto the card, where “Read all” works, and leaves no trace', async () => {
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await hoverCardText(page, 'capitation payments');
    const card = page.locator('hmo-lens-card .hmo-card');
    const more = await readAllOnCard(page, card);
    expect(await card.locator('.hmo-card__definition--cut').count()).toBe(0);
    await more.click();
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
    // Off both word and card: the card goes, and with it every trace of it in the page.
    await page.mouse.move(5, 5, { steps: 4 });
    await card.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('closes the card on Escape from anywhere, and the page still gets its own Escape', async () => {
    const escapes = () => page.evaluate(() => (window as unknown as { escapes: number }).escapes);
    await page.evaluate(() => {
      const w = window as unknown as { escapes: number };
      w.escapes = 0;
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') w.escapes += 1;
      });
    });
    const card = page.locator('hmo-lens-card .hmo-card');
    // Typing in the page's own field.
    await page.locator('#notes').focus();
    await hoverCardText(page, 'PMPM');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await escapes()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes');
    // After a click on the card's own button, the focus is in the card.
    await hoverCardText(page, 'capitation payments');
    await card.locator('.hmo-card__more').click();
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await page.locator('hmo-lens-card').count()).toBe(0);
  });

  it('shows HTML-looking page text in the card as text', async () => {
    await hoverCardText(page, 'EPO');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('hmo-lens-card img').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('moves the card with its word as the page scrolls', async () => {
    await page.evaluate(() => {
      document.body.style.paddingBottom = '2000px';
    });
    await hoverCardText(page, 'capitation payments');
    const card = page.locator('hmo-lens-card .hmo-card');
    const top = async () => (await card.boundingBox())?.y ?? Number.NaN;
    const before = await top();
    // Less than the word's height, so the pointer stays on the word and the card stays open.
    await page.evaluate(() => window.scrollBy(0, 8));
    await expect.poll(async () => Math.round(before - (await top()))).toBe(8);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.body.style.paddingBottom = '';
    });
  });

  it('keeps the card inside the viewport', async () => {
    await page.setViewportSize({ width: 420, height: 700 });
    await hoverCardText(page, 'PMPM');
    const box = await page.locator('hmo-lens-card .hmo-card').boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(420);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(700);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('turns highlighting off and on from the popup, for every tab at once', async () => {
    const popup = await session.browser.openPopup(await session.browser.tabIdOf(page));
    const toggle = popup.getByTestId('toggle-highlighting');
    const ourRules = () => page.evaluate(ourHighlightRules);
    await toggle.uncheck();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    // Off means off: the page's style work carries none of HMO Lens's rules either.
    await expect.poll(ourRules).toEqual([]);
    await toggle.check();
    await waitForHighlights(page, ['capitation payments', 'HMO']);
    await expect.poll(ourRules).toHaveLength(1);
    await popup.close();
  });

  it('rescans on request', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late addition: HEDIS and Star Ratings.';
      document.body.append(p);
    });
    await waitForHighlights(page, ['HEDIS', 'Star Ratings']);
    const popup = await session.browser.openPopup(await session.browser.tabIdOf(page));
    await popup.getByTestId('rescan').click();
    await popup.getByTestId('level').waitFor();
    await waitForHighlights(page, ['HEDIS', 'capitation payments']);
    await popup.close();
  });
});

leftNoTrace(session);
