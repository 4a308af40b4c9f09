import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts } from '../../scripts/browser/page-probes';
import { highlightingSession, leftNoTrace, waitForHighlights } from './highlighting-session';

const session = highlightingSession();

describe('a page whose content React manages, with an editable region', () => {
  let page: Page;

  beforeAll(async () => {
    page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/react-editor/`);
    await page.locator('#summary').waitFor();
  });

  it('highlights page text but leaves the editor, the textarea and React alone', async () => {
    const editorBefore = await page.locator('#notes-editor').evaluate((el) => el.innerHTML);
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    const popup = await session.browser.openPopup(await session.browser.tabIdOf(page));
    await popup.getByTestId('scan').click();
    await popup.getByTestId('level').waitFor();
    await popup.close();
    const texts = await waitForHighlights(page, [
      'member services representative',
      'Medicaid managed care',
      'EOB',
      'Medicare Advantage',
    ]);
    // Terms inside the contenteditable notes ("HMO", "capitation", "PPO") are never highlighted.
    expect(texts).not.toContain('capitation');
    expect(texts).not.toContain('HMO');
    expect(await page.locator('#notes-editor').evaluate((el) => el.innerHTML)).toBe(editorBefore);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
  });

  it('lets the recruiter type in the editor and React keep re-rendering', async () => {
    await page.locator('#notes-editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Knows COB.');
    await expect.poll(() => page.locator('#notes-editor').innerText()).toContain('Knows COB.');
    await page.locator('#comment').fill('Asked about capitation contracts.');
    await expect
      .poll(() => page.locator('#comment-echo').innerText())
      .toBe('Asked about capitation contracts.');
    // React re-renders the echo paragraph: its new text is highlighted, the typed editor text is not.
    await waitForHighlights(page, ['capitation']);
    expect(await highlightedTexts(page)).not.toContain('COB');
    // React replaces the skill pills on every click; the highlights follow the new nodes.
    for (let i = 0; i < 3; i++) await page.click('#rerender');
    await expect.poll(() => page.locator('#skills').getAttribute('data-renders')).toBe('3');
    await waitForHighlights(page, ['Claims adjudication', 'Medicare Advantage', 'Credentialing']);
    const stale = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...(registry.get('hmo-lens') ?? [])].filter((r) => !r.startContainer.isConnected).length;
    });
    expect(stale).toBe(0);
  });
});

leftNoTrace(session);
