import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWN_UI_ATTRIBUTE } from '../../lib/dom/text-segments';
import { definitionOf } from '../../lib/glossary/definitions';
import {
  EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { fixturePage } from '../../scripts/browser/fixture-server';
import { highlightCenter, highlightedTexts } from '../../scripts/browser/page-probes';

/**
 * What a page can learn about HMO Lens and the recruiter's definitions, tested on the production build (the
 * one recruiters install) at LinkedIn's real URLs: the feed, where HMO Lens reads nothing, and a profile.
 */

const LINKEDIN = 'https://www.linkedin.com';
const HMO_DEFINITION = definitionOf('hmo') ?? '';

let browser: ExtensionBrowser;

/**
 * Page-side records, from before the page's own scripts: messages posted to it, shadow roots attached, and
 * the DOM events WXT's content scripts dispatch (named after the extension's id, which a page that probes
 * for extensions knows from the store), each with the path the page was at.
 */
function recordWhatThePageSees(extensionId: string) {
  const seen = { messages: [] as string[], roots: 0, events: [] as string[] };
  (window as unknown as { __seen: typeof seen }).__seen = seen;
  window.addEventListener('message', (event) => seen.messages.push(JSON.stringify(event.data)), true);
  // Captured on the window: that sees the events dispatched on the document as well as its own.
  for (const entrypoint of ['content', 'highlight-sheet'])
    for (const name of ['content-script-started', 'locationchange'])
      window.addEventListener(
        `${extensionId}:${entrypoint}:wxt:${name}`,
        (event) => seen.events.push(`${event.type.slice(extensionId.length)}@${location.pathname}`),
        true,
      );
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    seen.roots++;
    return attach.call(this, init);
  };
}

/** Everything of HMO Lens a page script can find in its document and highlight registry. */
function traces(ownAttribute: string) {
  const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  const seen = (window as unknown as { __seen: { messages: string[]; roots: number; events: string[] } })
    .__seen;
  return {
    messages: seen.messages,
    events: seen.events,
    rootsAttached: seen.roots,
    highlights: [...registry.keys()],
    adoptedSheets: document.adoptedStyleSheets.length,
    nodes: [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('hmo-lens') || el.hasAttribute(ownAttribute))
      .map((el) => el.localName),
  };
}

/** A few animation frames in the page: hovering is handled once per frame. */
function frames(page: Page): Promise<void> {
  return page.evaluate(async () => {
    for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

const cardHost = (page: Page) => page.evaluate(() => document.querySelector('hmo-lens-card') !== null);

/** The card's shadow root as the browser's own inspector sees it (it pierces closed roots; pages cannot). */
async function cardAsInspected(cdp: CDPSession): Promise<{ mode: string; text: string } | null> {
  interface DomNode {
    localName?: string;
    nodeType: number;
    nodeValue?: string;
    children?: DomNode[];
    shadowRoots?: (DomNode & { shadowRootType?: string })[];
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | null =>
    node.localName === 'hmo-lens-card'
      ? node
      : ([...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean) ?? null);
  const text = (node: DomNode): string =>
    (node.nodeType === 3 ? (node.nodeValue ?? '') : '') +
    [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(text).join('');
  const host = find(root);
  const shadow = host?.shadowRoots?.[0];
  return shadow ? { mode: shadow.shadowRootType ?? '', text: text(shadow) } : null;
}

beforeAll(async () => {
  browser = await launchWithExtension(EXTENSION_DIR);
  await browser.context.addInitScript(recordWhatThePageSees, browser.extensionId);
  await browser.context.route(`${LINKEDIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: fixturePage('linkedin-profile.html') }),
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('a LinkedIn page HMO Lens does not read (the feed)', () => {
  it('gets no message, no event, no highlight name, no style sheet and no node, until it becomes a profile', async () => {
    const feed = await browser.context.newPage();
    await feed.goto(`${LINKEDIN}/feed/`);
    // The popup knows the feed for what it is (a content script there would have started by now).
    const popup = await browser.openPopup(await browser.tabIdOf(feed));
    await expect.poll(() => popup.getByRole('status').innerText()).toContain('not a profile');
    await popup.close();
    expect(HMO_DEFINITION.length).toBeGreaterThan(20);
    expect(await feed.evaluate(traces, OWN_UI_ATTRIBUTE)).toEqual({
      messages: [],
      events: [],
      rootsAttached: 0,
      highlights: [],
      adoptedSheets: 0,
      nodes: [],
    });
    // The same page reached as a profile inside LinkedIn's app is read: the probe above can see it.
    await feed.evaluate(() => history.pushState({}, '', '/in/nicole-baptiste/'));
    await expect.poll(() => highlightedTexts(feed), { timeout: 15_000 }).toContain('HMO');
    const after = await feed.evaluate(traces, OWN_UI_ATTRIBUTE);
    expect(after.highlights.length).toBeGreaterThan(0);
    expect(after.messages).toEqual([]);
    // WXT's own start event, which lets a newer copy of the script replace an older one, comes on the
    // profile only.
    expect(after.events).toEqual([':content:wxt:content-script-started@/in/nicole-baptiste/']);
    // And back on the feed, it all goes again, and moving on in LinkedIn's app dispatches nothing.
    await feed.evaluate(() => history.pushState({}, '', '/feed/'));
    await expect.poll(() => feed.evaluate(traces, OWN_UI_ATTRIBUTE)).toMatchObject({ highlights: [] });
    await feed.evaluate(() => history.pushState({}, '', '/jobs/'));
    expect((await feed.evaluate(traces, OWN_UI_ATTRIBUTE)).events).toEqual(after.events);
    await feed.close();
  });
});

describe('a profile, and a page script trying to read the recruiter’s definitions', () => {
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(`${LINKEDIN}/in/nicole-baptiste/`);
    await page.waitForFunction(
      () =>
        [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].some(
          (h) => h.size > 0,
        ),
      undefined,
      { timeout: 15_000 },
    );
    cdp = await browser.context.newCDPSession(page);
  });

  it('has no extension node in the page while no card shows', async () => {
    const before = await page.evaluate(traces, OWN_UI_ATTRIBUTE);
    expect(before.nodes).toEqual([]);
    expect(before.rootsAttached).toBe(0);
    expect(before.messages).toEqual([]);
  });

  it('shows the card to the recruiter in a closed shadow root the page cannot read', async () => {
    const point = await highlightCenter(page, 'HMO');
    if (!point) throw new Error('no highlight for HMO');
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('hmo-lens-card') !== null);
    await expect.poll(async () => (await cardAsInspected(cdp))?.text ?? '').toContain(HMO_DEFINITION);
    expect((await cardAsInspected(cdp))?.mode).toBe('closed');

    const snippet = HMO_DEFINITION.slice(0, 40);
    const reads = await page.evaluate((wanted) => {
      const host = document.querySelector('hmo-lens-card') as HTMLElement;
      const selection = getSelection() as Selection;
      selection.selectAllChildren(document.documentElement);
      const selected = selection.toString();
      selection.removeAllRanges();
      return {
        shadowRoot: host.shadowRoot === null,
        innerText: document.documentElement.innerText.includes(wanted),
        textContent: (document.documentElement.textContent ?? '').includes(wanted),
        hostText: host.innerText + host.textContent + host.innerHTML,
        selected: selected.includes(wanted),
        rootsAttached: (window as unknown as { __seen: { roots: number } }).__seen.roots,
      };
    }, snippet);
    expect(reads).toEqual({
      shadowRoot: true,
      innerText: false,
      textContent: false,
      hostText: '',
      selected: false,
      rootsAttached: 0,
    });
  });

  it('ignores a synthetic Escape, closes on the recruiter’s, and leaves no node behind', async () => {
    expect(await cardHost(page)).toBe(true);
    await page.evaluate(() =>
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    await frames(page);
    expect(await cardHost(page)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('hmo-lens-card') === null);
    expect((await page.evaluate(traces, OWN_UI_ATTRIBUTE)).nodes).toEqual([]);
  });

  it('opens no card for synthetic pointer events at every highlighted word', async () => {
    await page.mouse.move(2, 2);
    const fired = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      let count = 0;
      for (const [, highlight] of registry) {
        for (const range of highlight) {
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const init = {
            clientX: rect.left + rect.width / 2,
            clientY: rect.top + rect.height / 2,
            bubbles: true,
            composed: true,
          };
          const target = document.elementFromPoint(init.clientX, init.clientY) ?? document.body;
          target.dispatchEvent(new PointerEvent('pointermove', init));
          target.dispatchEvent(new MouseEvent('mousemove', init));
          count++;
        }
      }
      return count;
    });
    expect(fired).toBeGreaterThan(0);
    await frames(page);
    expect(await cardHost(page)).toBe(false);
    // The same word under the recruiter's own pointer still opens it.
    const point = await highlightCenter(page, 'HMO');
    if (!point) throw new Error('no highlight for HMO');
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('hmo-lens-card') !== null);
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => document.querySelector('hmo-lens-card') === null);
  });
});
