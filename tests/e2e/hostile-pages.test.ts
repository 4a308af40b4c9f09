import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { type FixtureServer, startFixtureServer } from '../../scripts/browser/fixture-server';
import { highlightedTexts } from '../../scripts/browser/page-probes';

declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  scripting: {
    executeScript(o: {
      target: { tabId: number };
      world: 'MAIN';
      func: () => unknown;
    }): Promise<Array<{ result?: unknown }>>;
  };
};

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let tabId: number;

/** The parts of the page that never change by themselves, to prove the extension changed none of them. */
const staticParts = () =>
  page.evaluate(() => ({
    staticHtml: document.getElementById('static')?.outerHTML,
    attributes: [...(document.getElementById('attrs')?.attributes ?? [])].map((a) => `${a.name}=${a.value}`),
    fieldValue: (document.getElementById('field') as HTMLInputElement).value,
    shadowHtml: document.getElementById('shadow-host')?.shadowRoot?.innerHTML,
    frameHtml: (document.getElementById('frame') as HTMLIFrameElement).contentDocument?.body.innerHTML,
    bodyChildren: [...document.body.children].map((el) => el.tagName),
    hugeLength: document.getElementById('huge')?.firstChild?.textContent?.length,
    deepDepth: (() => {
      let depth = 0;
      for (let el = document.getElementById('deep')?.firstElementChild; el; el = el.firstElementChild)
        depth++;
      return depth;
    })(),
  }));

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension(E2E_EXTENSION_DIR);
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/hostile.html`);
  tabId = await browser.tabIdOf(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a hostile page', () => {
  let before: Awaited<ReturnType<typeof staticParts>>;

  it('is scanned to the end: a 5 MB text node, 200 levels of nesting and a DOM rewritten every 4 ms', async () => {
    before = await staticParts();
    const popup = await browser.openPopup(tabId);
    await popup.getByTestId('scan').click();
    // The scan finishes (the popup shows its analysis) although the page never stops changing.
    await popup.getByTestId('level').waitFor();
    // The bottom of the 200-level nesting, and text in the 5 MB node, are highlighted.
    await expect.poll(() => highlightedTexts(page)).toContain('capitation');
    await page.evaluate(() => document.getElementById('huge')?.scrollIntoView());
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual(expect.arrayContaining(['HMO', 'prior authorization', 'Medicare Advantage']));
    await popup.close();
  });

  it('runs none of its HTML-looking text and keeps every attribute, field, frame and shadow root as it was', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await staticParts()).toEqual(before);
    const texts = await highlightedTexts(page);
    // Attribute values and form fields are not text: "prior authorization" only comes from the huge node.
    expect(texts).not.toContain('HMO capitation PPO');
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
  });

  it('highlights the text of its open shadow root, with a hover card, and reads its same-origin frame', async () => {
    await page.evaluate(() => document.getElementById('shadow-host')?.scrollIntoView());
    /** Our highlights inside the shadow root, with where the first one is. */
    const inShadow = () =>
      page.evaluate(() => {
        const shadow = document.getElementById('shadow-host')?.shadowRoot;
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const ranges = [...registry]
          .filter(([name]) => /^hmo-lens(?:-|$)/.test(name) && !name.startsWith('hmo-lens-focus'))
          .flatMap(([, highlight]) => [...highlight])
          .filter((range) => range.startContainer.getRootNode() === shadow);
        const box = ranges[0]?.getBoundingClientRect();
        return {
          texts: ranges.map((range) => range.toString()),
          at: box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null,
        };
      });
    await expect.poll(async () => (await inShadow()).texts).toEqual(['HMO']);
    const { at } = await inShadow();
    await page.mouse.move(at?.x ?? 0, at?.y ?? 0);
    const card = page.locator('hmo-lens-card .hmo-card');
    await card.waitFor({ state: 'visible' });
    expect(await card.innerText()).toMatch(/HMO/);
    await page.mouse.move(0, 0);
    // The frame is another document: nothing is highlighted in it, but its text is read for the analysis.
    const frameHighlights = await page.evaluate(() => {
      const frame = (document.getElementById('frame') as HTMLIFrameElement).contentWindow as unknown as {
        CSS: { highlights: Map<string, unknown> };
      };
      return frame.CSS.highlights.size;
    });
    expect(frameHighlights).toBe(0);
    const text = await browser.worker.evaluate(
      async (id) =>
        ((await chrome.tabs.sendMessage(id, { type: 'hmo-lens/get-text' })) as { text: string }).text,
      tabId,
    );
    expect(text).toContain('HMO inside a shadow root');
    expect(text).toContain('PPO and HMO inside a frame');
  });

  it("stays responsive: while it rescans, it answers messages and the page's own timer runs between its slices", async () => {
    // The page's own timer, counting its ticks in the page's world.
    await page.evaluate(() => {
      const w = window as unknown as { __ticks: number };
      w.__ticks = 0;
      setInterval(() => w.__ticks++, 5);
    });
    // The rescan's answer comes when it has finished; until then, look in turns at its state and the ticks.
    // The looking runs in the extension's worker, next to the tab, so no look waits on this test process.
    const { before, looks, answer } = await browser.worker.evaluate(async (id) => {
      const tick = async () =>
        (
          await chrome.scripting.executeScript({
            target: { tabId: id },
            world: 'MAIN',
            func: () => (window as unknown as { __ticks: number }).__ticks,
          })
        )[0]?.result as number;
      const before = await tick();
      let finished = false;
      const rescan = chrome.tabs.sendMessage(id, { type: 'hmo-lens/rescan' }).finally(() => {
        finished = true;
      });
      const seen: Array<{ scanning: boolean; ticks: number }> = [];
      while (!finished) {
        const state = (await chrome.tabs.sendMessage(id, { type: 'hmo-lens/get-state' })) as {
          status: string;
        };
        seen.push({ scanning: state.status === 'scanning', ticks: await tick() });
      }
      return { before, looks: seen, answer: await rescan };
    }, tabId);
    expect(answer).toMatchObject({ status: 'ready', active: true });
    // An answer that says "scanning" came while the scan was unfinished: it yielded to other tasks. Every tick
    // counted by the last look taken while it still scanned ran after the rescan was asked for.
    const scanning = looks.filter((look) => look.scanning);
    const ticksWhileScanning = (scanning.at(-1)?.ticks ?? before) - before;
    console.log(
      `rescan of the hostile page: ${scanning.length} answers while scanning, the page's timer ran ${ticksWhileScanning} times by the last`,
    );
    expect(scanning.length).toBeGreaterThanOrEqual(1);
    expect(ticksWhileScanning).toBeGreaterThan(0);
    // And it finished with the same highlights as the first scan.
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual(expect.arrayContaining(['HMO', 'prior authorization', 'Medicare Advantage', 'capitation']));
  });

  it('cannot stop the content script by forging its "newer script started" event', async () => {
    await page.evaluate((id) => {
      const name = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(
        new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
      );
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
    }, browser.extensionId);
    const answer = await browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'hmo-lens/get-state' }),
      tabId,
    );
    expect(answer).toMatchObject({ status: 'ready', active: true });
    expect((await highlightedTexts(page)).length).toBeGreaterThan(0);
  });

  it('ignores malformed runtime messages, in the tab and in the background', async () => {
    const highlighted = (await highlightedTexts(page)).length;
    for (const message of [
      { type: 'hmo-lens/reveal-term', termId: '' },
      { type: 'hmo-lens/reveal-term', termId: 'x'.repeat(500) },
      { type: 'hmo-lens/eval', code: 'alert(1)' },
      'hmo-lens/rescan',
      null,
    ]) {
      const answer = await browser.worker.evaluate(
        ([id, m]) => chrome.tabs.sendMessage(id as number, m).catch((e: Error) => `rejected: ${e.message}`),
        [tabId, message] as const,
      );
      expect(answer === undefined || String(answer).startsWith('rejected'), JSON.stringify(message)).toBe(
        true,
      );
    }
    const popup = await browser.openPopup(tabId);
    for (const message of [
      { type: 'hmo-lens/describe-tab', tabId: -1 },
      { type: 'hmo-lens/define', termIds: 'hmo' },
    ]) {
      const answer = await popup.evaluate(
        (m) => chrome.runtime.sendMessage(m).catch((e: Error) => `rejected: ${e.message}`),
        message,
      );
      expect(answer === undefined || String(answer).startsWith('rejected'), JSON.stringify(message)).toBe(
        true,
      );
    }
    await popup.close();
    expect((await highlightedTexts(page)).length).toBeGreaterThanOrEqual(highlighted - 2);
  });
});
