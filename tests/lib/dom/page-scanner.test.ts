// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHighlightLayer,
  type HighlightLayer,
  supportsCustomHighlights,
} from '../../../lib/dom/highlight-layer';
import { PageScanner } from '../../../lib/dom/page-scanner';
import type { ScannerOptions } from '../../../lib/dom/scanner-options';
import { GLOSSARY } from '../../../lib/glossary';
import { compileMatcher } from '../../../lib/matching/matcher';
import { installHighlightApi, removeHighlightApi } from '../../support/highlight-api';

const matcher = compileMatcher(GLOSSARY);

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanup) fn();
  cleanup = [];
  document.body.innerHTML = '';
  removeHighlightApi();
});

function scanner(layer: HighlightLayer, options: Pick<ScannerOptions, 'onChange' | 'sliceMs'> = {}) {
  const controller = new AbortController();
  cleanup.push(() => controller.abort());
  return new PageScanner({
    win: window,
    root: document.body,
    matcher,
    layer,
    signal: controller.signal,
    mutationDelayMs: 0,
    ...options,
  });
}

describe('with the CSS Custom Highlight API', () => {
  it('registers ranges, including terms split across elements, and touches no DOM', async () => {
    const registry = installHighlightApi();
    document.body.innerHTML =
      '<p>Worked at a <b>Health</b> Maintenance Organization on <i>prior</i> auth.</p><textarea>HMO</textarea>';
    const before = document.body.innerHTML;
    const layer = createHighlightLayer(window);
    expect(layer.native).toBe(true);
    const s = scanner(layer);
    await s.start();
    const ranges = [...(registry.get('hmo-lens') ?? [])].map((r) => r.toString());
    expect(ranges).toEqual(['Health Maintenance Organization', 'prior auth']);
    expect(document.body.innerHTML).toBe(before);
    expect(Object.fromEntries(s.termCounts())).toEqual({ hmo: 1, 'prior-authorization': 1 });
    layer.setVisible(false);
    expect(registry.has('hmo-lens')).toBe(false);
    layer.setVisible(true);
    expect(registry.get('hmo-lens')?.size).toBe(2);
    // Another look moves the highlights to its own name.
    layer.setStyle({ color: 'blue', underlineOnly: false });
    expect(registry.has('hmo-lens')).toBe(false);
    expect(registry.get('hmo-lens-blue')?.size).toBe(2);
    expect(registry.has('hmo-lens-focus-blue')).toBe(true);
    layer.destroy();
    expect(registry.has('hmo-lens-blue')).toBe(false);
    expect(registry.has('hmo-lens')).toBe(false);
  });

  it('rescans what changed and drops highlights of removed text', async () => {
    const registry = installHighlightApi();
    document.body.innerHTML = '<section id="a"><p>HMO and PPO</p></section>';
    const s = scanner(createHighlightLayer(window));
    await s.start();
    const added = document.createElement('p');
    added.textContent = 'Later: capitation and IPA contracts.';
    document.body.append(added);
    await expect.poll(() => s.termCounts().has('capitation')).toBe(true);
    await s.idle();
    document.getElementById('a')?.remove();
    await expect.poll(() => s.termCounts().has('hmo')).toBe(false);
    await s.idle();
    expect([...(registry.get('hmo-lens') ?? [])].map((r) => r.toString())).toEqual(['capitation', 'IPA']);
    // Text changed in place: the old match goes, the new one comes.
    const text = added.firstChild as Text;
    text.data = 'Later: EOB only.';
    await expect.poll(() => [...s.termCounts().keys()]).toEqual(['eob']);
  });

  it('tells of a change when the page only removes highlighted text', async () => {
    installHighlightApi();
    document.body.innerHTML = '<p>HMO and PPO</p><p id="gone">Capitation</p>';
    let changes = 0;
    const s = scanner(createHighlightLayer(window), { onChange: () => changes++ });
    await s.start();
    expect(changes).toBe(1);
    document.getElementById('gone')?.remove();
    await expect.poll(() => changes).toBe(2);
    expect([...s.termCounts().keys()].sort()).toEqual(['hmo', 'ppo']);
  });

  it('reads a long batch of page changes a slice at a time, yielding to the page in between', async () => {
    installHighlightApi();
    // 200 paragraphs without terms, and last one with three.
    document.body.innerHTML = `${'<p>plain words</p>'.repeat(200)}<p id="terms">HMO, PPO and IPA</p>`;
    const s = scanner(createHighlightLayer(window));
    await s.start();
    expect(s.size).toBe(3);
    // Each slice reads the clock a few times: let it run a millisecond a read, so slices end often.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock++);
    cleanup.push(() => now.mockRestore());
    const sizeAtPauses: number[] = [];
    const scheduler = { yield: () => Promise.resolve().then(() => void sizeAtPauses.push(s.size)) };
    Object.assign(window, { scheduler });
    cleanup.push(() => Reflect.deleteProperty(window, 'scheduler'));
    // 6,000 mutation records in one task, the paragraph with terms rewritten last.
    const plain = [...document.querySelectorAll('p:not(#terms)')];
    for (let round = 0; round < 30; round++) for (const p of plain) p.textContent = `plain words ${round}`;
    const terms = document.getElementById('terms') as HTMLElement;
    terms.textContent = 'COB only';
    await s.idle();
    expect([...s.termCounts().keys()]).toEqual(['cob']);
    // The page had the thread back before the last record (the one that removes the old terms) was read.
    expect(sizeAtPauses.length).toBeGreaterThan(1);
    expect(sizeAtPauses[0]).toBe(3);
  });

  it('rescans two batches of changes that came during a scan one after the other, counting nothing twice', async () => {
    installHighlightApi();
    // Twenty long paragraphs, one term each: with slices of no time at all, each one ends a slice.
    const filler = 'plain words '.repeat(180);
    document.body.innerHTML = `<p>HMO ${filler}</p>`.repeat(20);
    const s = scanner(createHighlightLayer(window), { sliceMs: 0 });
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock++);
    cleanup.push(() => now.mockRestore());
    // The page adds a term to the body at the first and the third pause: two batches, each rescanning the
    // whole body, both arriving while the first scan still runs.
    let pauses = 0;
    const scheduler = {
      yield: () => {
        pauses++;
        if (pauses === 1 || pauses === 3) document.body.append(' PPO ');
        return new Promise<void>((resolve) => setTimeout(resolve, 0));
      },
    };
    Object.assign(window, { scheduler });
    cleanup.push(() => Reflect.deleteProperty(window, 'scheduler'));
    await s.start();
    await s.idle();
    expect(s.size).toBe(22);
    expect(Object.fromEntries(s.termCounts())).toEqual({ hmo: 20, ppo: 2 });
  });

  it('undraws the thousands of highlights of a changed text node a chunk at a time', async () => {
    const registry = installHighlightApi();
    document.body.innerHTML = `<p>${'HMO '.repeat(5_000)}</p>`;
    const s = scanner(createHighlightLayer(window), { sliceMs: 0 });
    await s.start();
    const drawn = () => registry.get('hmo-lens')?.size ?? 0;
    expect(drawn()).toBe(5_000);
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock++);
    cleanup.push(() => now.mockRestore());
    const drawnAtPauses: number[] = [];
    const scheduler = { yield: () => Promise.resolve().then(() => void drawnAtPauses.push(drawn())) };
    Object.assign(window, { scheduler });
    cleanup.push(() => Reflect.deleteProperty(window, 'scheduler'));
    (document.querySelector('p')?.firstChild as Text).data = 'COB only';
    await s.idle();
    expect(drawn()).toBe(1);
    // The page had the thread back after the first thousand were undrawn, not after all five.
    expect(drawnAtPauses[0]).toBe(4_000);
  });

  it('keeps the other highlights of a run of text when the page removes or rewrites part of it', async () => {
    const registry = installHighlightApi();
    document.body.innerHTML = '<p>HMO <b>PPO</b> and <i>EPO</i> plus IPA</p>';
    const s = scanner(createHighlightLayer(window));
    await s.start();
    const drawn = () => [...(registry.get('hmo-lens') ?? [])].map((r) => r.toString()).sort();
    expect(drawn()).toEqual(['EPO', 'HMO', 'IPA', 'PPO']);
    document.querySelector('b')?.remove();
    await expect.poll(() => s.termCounts().has('ppo')).toBe(false);
    await s.idle();
    expect(drawn()).toEqual(['EPO', 'HMO', 'IPA']);
    expect(s.size).toBe(3);
    (document.querySelector('i')?.firstChild as Text).data = 'COB';
    await expect.poll(() => s.termCounts().has('cob')).toBe(true);
    await s.idle();
    expect(drawn()).toEqual(['COB', 'HMO', 'IPA']);
    expect(Object.fromEntries(s.termCounts())).toEqual({ hmo: 1, ipa: 1, cob: 1 });
    expect(s.entriesOf('ipa').map((e) => e.range.toString())).toEqual(['IPA']);
  });

  it('registers only highlights of blocks near the viewport, as they come near', async () => {
    const registry = installHighlightApi();
    const { observed, notify } = fakeIntersectionObserver();
    document.body.innerHTML = '<p id="top">HMO at the top</p><p id="far">PPO far below</p>';
    const s = scanner(createHighlightLayer(window, { nearViewportOnly: true }));
    await s.start();
    const top = document.getElementById('top') as Element;
    const far = document.getElementById('far') as Element;
    expect(observed).toEqual(new Set([top, far]));
    const shown = () => [...(registry.get('hmo-lens') ?? [])].map((r) => r.toString());
    expect(shown()).toEqual([]);
    notify([{ target: top, isIntersecting: true }]);
    expect(shown()).toEqual(['HMO']);
    notify([
      { target: top, isIntersecting: false },
      { target: far, isIntersecting: true },
    ]);
    // Changes come at most every 200 ms, as a long page repaints whole for each one: this one waits.
    expect(shown()).toEqual(['HMO']);
    await expect.poll(() => shown()).toEqual(['PPO']);
    // Every term is still known, whether drawn or not.
    expect([...s.termCounts().keys()]).toEqual(['hmo', 'ppo']);
    far.remove();
    await expect.poll(() => shown()).toEqual([]);
    await expect.poll(() => observed.has(far)).toBe(false);
  });

  it('watches blocks that sit together through one shared ancestor, up to a limit', async () => {
    const registry = installHighlightApi();
    const { observed, notify } = fakeIntersectionObserver();
    const many = Array.from({ length: 40 }, (_, i) => `<p>IPA ${i}</p>`).join('');
    document.body.innerHTML = `<div id="few"><p>HMO one</p><p>PPO two</p></div><div id="many">${many}</div>`;
    const s = scanner(createHighlightLayer(window, { nearViewportOnly: true }));
    await s.start();
    const few = document.getElementById('few') as Element;
    const manyParagraphs = Array.from(document.querySelectorAll('#many p'));
    // Two paragraphs share their div; forty are too many for one target and are watched one by one.
    expect(observed).toEqual(new Set([few, ...manyParagraphs]));
    const shown = () => [...(registry.get('hmo-lens') ?? [])].map((r) => r.toString());
    notify([{ target: few, isIntersecting: true }]);
    expect(shown()).toEqual(['HMO', 'PPO']);
    // A new block inside a watched group that is near is drawn at once, with no new target.
    const added = document.createElement('p');
    added.textContent = 'EOB three';
    few.append(added);
    await expect.poll(() => shown()).toEqual(['HMO', 'PPO', 'EOB']);
    expect(observed.has(added)).toBe(false);
    notify([{ target: few, isIntersecting: false }]);
    await expect.poll(() => shown()).toEqual([]);
  });

  it('draws a block with very many terms a slice near the viewport at a time, following the scroll', async () => {
    const registry = installHighlightApi();
    const { notify } = fakeIntersectionObserver();
    // One text node, as a resume pasted into a single element: 1000 "HMO"s, each on its own line of 10 px.
    const line = 'HMO notes. ';
    document.body.innerHTML = `<div id="pasted">${line.repeat(1000)}</div>`;
    // Layout stand-in: a range's box is where its line would be, scrolled by `scrollTop`.
    let scrollTop = 0;
    const original = Range.prototype.getBoundingClientRect;
    Range.prototype.getBoundingClientRect = function (this: Range) {
      const top = (this.startOffset / line.length) * 10 - scrollTop;
      return { top, bottom: top + 10, left: 0, right: 40, width: 40, height: 10 } as DOMRect;
    };
    cleanup.push(() => {
      Range.prototype.getBoundingClientRect = original;
    });
    Object.defineProperty(window, 'innerHeight', { value: 500, configurable: true });
    const s = scanner(createHighlightLayer(window, { nearViewportOnly: true }));
    await s.start();
    expect(s.size).toBe(1000);
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const drawn = () =>
      [...(registry.get('hmo-lens') ?? [])].map((r) => Math.round(r.startOffset / line.length));
    notify([{ target: document.getElementById('pasted') as Element, isIntersecting: true }]);
    await frame();
    // The viewport (500 px = 50 lines) and half a screen's height either side: lines 0 to 75 (none above 0).
    expect(Math.min(...drawn())).toBe(0);
    expect(Math.max(...drawn())).toBe(75);
    expect(drawn()).toHaveLength(76);
    scrollTop = 5_000;
    window.dispatchEvent(new Event('scroll'));
    // Lines 500 to 549 are on screen: from the one ending 250 px above to the one starting 750 px below.
    await expect.poll(() => Math.min(...drawn())).toBe(474);
    expect(Math.max(...drawn())).toBe(575);
    expect(drawn()).toHaveLength(102);
  });

  it('lists a term’s occurrences in document order', async () => {
    installHighlightApi();
    document.body.innerHTML = '<p>HMO one</p><p>PPO</p><p>HMO two</p>';
    const s = scanner(createHighlightLayer(window));
    await s.start();
    expect(s.entriesOf('hmo').map((e) => e.range.startContainer.textContent)).toEqual(['HMO one', 'HMO two']);
  });
});

/** An IntersectionObserver the test drives: which elements are watched, and a way to report on them. */
function fakeIntersectionObserver() {
  const observed = new Set<Element>();
  let callback: (records: Array<{ target: Element; isIntersecting: boolean }>) => void = () => {};
  class FakeIntersectionObserver {
    constructor(cb: typeof callback) {
      callback = cb;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
    disconnect() {
      observed.clear();
    }
  }
  Object.assign(window, { IntersectionObserver: FakeIntersectionObserver });
  return { observed, notify: (records: Parameters<typeof callback>[0]) => callback(records) };
}

describe('without it (fallback that wraps text)', () => {
  it('wraps matches and gives the page back exactly as it was', async () => {
    document.body.innerHTML =
      '<p id="p">HMO, PPO and <b>Health</b> Maintenance Organization rules; HMO again.</p><ul><li>IPA</li></ul>';
    const originalNodes = Array.from(document.getElementById('p')?.childNodes ?? []);
    const before = document.body.innerHTML;
    expect(supportsCustomHighlights(window)).toBe(false);
    const layer = createHighlightLayer(window);
    expect(layer.native).toBe(false);
    const s = scanner(layer);
    await s.start();
    const marks = Array.from(document.querySelectorAll('hmo-lens-mark')).map((m) => m.textContent);
    expect(marks).toEqual(['HMO', 'PPO', 'Health', ' Maintenance Organization', 'HMO', 'IPA']);
    const mark = document.querySelector('hmo-lens-mark');
    expect(mark && layer.entryForElement(mark)?.termId).toBe('hmo');
    layer.setVisible(false);
    expect(document.body.innerHTML).toBe(before);
    layer.setVisible(true);
    expect(document.querySelectorAll('hmo-lens-mark')).toHaveLength(6);
    layer.destroy();
    expect(document.body.innerHTML).toBe(before);
    // The very same text node objects are back, not copies.
    expect(Array.from(document.getElementById('p')?.childNodes ?? [])).toEqual(originalNodes);
  });

  it('reads a long batch of changes in one go, so its own rewrapping comes back as no change', async () => {
    document.body.innerHTML = `${'<p>HMO words</p>'.repeat(200)}<p>HMO and PPO</p>`;
    let changes = 0;
    const layer = createHighlightLayer(window);
    const s = scanner(layer, { onChange: () => changes++ });
    cleanup.push(() => layer.destroy());
    await s.start();
    expect(changes).toBe(1);
    // Slices that end at every look at the clock: a paused read would rewrap the page at each pause.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock++);
    cleanup.push(() => now.mockRestore());
    const plain = [...document.querySelectorAll('p')].slice(0, 200);
    for (let round = 0; round < 30; round++) for (const p of plain) p.textContent = `plain words ${round}`;
    await s.idle();
    expect([...document.querySelectorAll('hmo-lens-mark')].map((m) => m.textContent)).toEqual(['HMO', 'PPO']);
    expect(changes).toBe(2);
  });
});
