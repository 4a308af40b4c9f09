/**
 * Runs inside the benchmark page (bundled by scripts/bench/run.ts): the same scanner, matcher, glossary and
 * highlight layer the content script uses, driven directly so their cost can be timed.
 */
import { takeEarlySheet } from '../../lib/dom/early-sheet';
import { createHighlightLayer, type HighlightLayer } from '../../lib/dom/highlight-layer';
import { PageScanner } from '../../lib/dom/page-scanner';
import type { ScannerOptions } from '../../lib/dom/scanner-options';
import { locate, textSegments } from '../../lib/dom/text-segments';
import { GLOSSARY } from '../../lib/glossary';
import { compileMatcher } from '../../lib/matching/matcher';
import { firstDraw, frameTimes, longTasks, nextFrame, scrollFrames } from './in-page-timing';

const matcher = compileMatcher(GLOSSARY);
let active: { scanner: PageScanner; layer: HighlightLayer; controller: AbortController } | null = null;

function reset(): void {
  if (!active) return;
  active.controller.abort();
  active.layer.destroy();
  active = null;
}

/** A scanner of the whole page, as the content script makes one. */
function scannerOf(
  layer: HighlightLayer,
  signal: AbortSignal,
  options: Partial<ScannerOptions>,
): PageScanner {
  return new PageScanner({ win: window, root: document.body, matcher, layer, signal, ...options });
}

/** The floor: a bare TreeWalker pass that reads every text node's data. */
function floor(): { ms: number; textBytes: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let bytes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) bytes += (node as Text).data.length;
  return { ms: performance.now() - t0, textBytes: bytes };
}

/** What the floor's text holds: the matcher run over every text node on its own. */
function expectedMatches(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    count += matcher.findAll((node as Text).data).length;
  return count;
}

/** Resolves after the browser has rendered a frame. */

/** A complete scan as the content script does it: text extraction, matching and highlighting. */
async function scan(
  sliceMs?: number,
  watchFirstDraw = false,
  /** As on a page scanned on request in Chromium: open shadow roots are looked for too. */
  shadowRoots = false,
): Promise<{ ms: number; matches: number; longestTaskMs: number; firstDrawMs: number }> {
  // The previous run's highlights go, and the page renders that, before this run starts: tearing a layer
  // down is no part of a scan (the content script rescans with the layer it has).
  reset();
  // Recalculate the page's style now, untimed, rather than in the first frame of the scan.
  void document.body.offsetHeight;
  await nextFrame();
  const controller = new AbortController();
  const t0 = performance.now();
  const watch = longTasks(t0);
  const frames = watchFirstDraw ? frameTimes() : null;
  const early = takeEarlySheet();
  const layer = createHighlightLayer(window, {
    nearViewportOnly: true,
    inheritedHighlights: true,
    ...(early ? { earlySheet: early } : {}),
  });
  const scanner = scannerOf(layer, controller.signal, {
    mutationDelayMs: 0,
    shadowRoots,
    ...(sliceMs === undefined ? {} : { sliceMs }),
  });
  await scanner.start();
  const end = performance.now();
  const ms = end - t0;
  const longestTaskMs = watch.stop();
  active = { scanner, layer, controller };
  const firstDrawMs = frames ? await frames.longestAfter(end) : 0;
  return { ms, matches: scanner.size, longestTaskMs, firstDrawMs };
}

/** Appends `count` new paragraphs to the scanned page and times the rescan of just those. */
async function incremental(paragraphs: string[]): Promise<{ ms: number; added: number }> {
  if (!active) throw new Error('scan first');
  // Let the browser draw the scan's visible highlights first, so they are not timed here.
  await nextFrame();
  const before = active.scanner.size;
  const nodes = paragraphs.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  });
  document.body.append(...nodes);
  // The MutationObserver's callback is a microtask queued by the append: let it run, then time the work.
  await Promise.resolve();
  const t0 = performance.now();
  await active.scanner.idle();
  return { ms: performance.now() - t0, added: active.scanner.size - before };
}

declare const Mark: new (
  root: Element,
) => {
  mark(
    terms: string[],
    options: { accuracy: string; separateWordSearch: boolean; done: (count: number) => void },
  ): void;
};

function markjs(terms: string[]): Promise<{ ms: number; matches: number }> {
  reset();
  return new Promise((resolve) => {
    const t0 = performance.now();
    new Mark(document.body).mark(terms, {
      accuracy: 'exactly',
      separateWordSearch: false,
      done: (count) => resolve({ ms: performance.now() - t0, matches: count }),
    });
  });
}

/** Where a scan's time goes: walking segments, matching, creating ranges. */
function breakdown(): Record<string, number> {
  let t0 = performance.now();
  const segs = [...textSegments(document.body)];
  const walk = performance.now() - t0;
  t0 = performance.now();
  let n = 0;
  const all = segs.map((s) => matcher.findAll(s.text));
  for (const m of all) n += m.length;
  const match = performance.now() - t0;
  t0 = performance.now();
  const ranges: Range[] = [];
  segs.forEach((s, i) => {
    for (const m of all[i] ?? []) {
      const r = document.createRange();
      const a = locate(s, m.start);
      const b = locate(s, m.end, true);
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      ranges.push(r);
    }
  });
  const rangeMs = performance.now() - t0;
  t0 = performance.now();
  const h = new Highlight(...ranges);
  CSS.highlights.set('bench-breakdown', h);
  const add = performance.now() - t0;
  CSS.highlights.delete('bench-breakdown');
  return { segments: segs.length, walk, match, matches: n, rangeMs, add };
}

/** A naive pass for comparison: one regex of every form over each text node, every match a Range. */
function naive(): { ms: number; matches: number } {
  const forms = GLOSSARY.flatMap((t) => [t.term, ...t.aliases]).sort((a, b) => b.length - a.length);
  const escapeForm = (f: string) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const t0 = performance.now();
  const re = new RegExp(`\\b(?:${forms.map(escapeForm).join('|')})\\b`, 'gi');
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    re.lastIndex = 0;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set('bench-naive', new Highlight(...ranges));
  const ms = performance.now() - t0;
  CSS.highlights.delete('bench-naive');
  return { ms, matches: ranges.length };
}

/** Scans the page as it is, with the scanner's own delay before rescanning changes unless one is given. */
async function attach(mutationDelayMs?: number, onChange?: () => void): Promise<PageScanner> {
  reset();
  const controller = new AbortController();
  const layer = createHighlightLayer(window, { nearViewportOnly: true, inheritedHighlights: true });
  const scanner = scannerOf(layer, controller.signal, {
    ...(mutationDelayMs === undefined ? {} : { mutationDelayMs }),
    ...(onChange ? { onChange } : {}),
  });
  await scanner.start();
  active = { scanner, layer, controller };
  return scanner;
}

/**
 * One change the page makes, and the longest task from it until HMO Lens has caught up (or, without HMO
 * Lens, until the browser has rendered it): `edit` changes one character of the page's first text node
 * that holds a term; `append` adds `count` paragraphs in one task.
 */
async function change(
  kind: 'edit' | 'append',
  withHmoLens: boolean,
  count = 0,
): Promise<{ longestTaskMs: number; ms: number; matches: number }> {
  reset();
  const scanner = withHmoLens ? await attach(0) : null;
  // The first highlights bring the style sheet, which restyles the whole page once: part of the scan, not
  // of the change.
  if (scanner) await firstDraw();
  await nextFrame();
  const nodes =
    kind === 'append'
      ? Array.from({ length: count }, (_, i) => {
          const p = document.createElement('p');
          p.textContent = `Appended ${i}: reviewed HMO claims and prior authorization requests.`;
          return p;
        })
      : [];
  const t0 = performance.now();
  const watch = longTasks(t0);
  if (kind === 'append') document.body.append(...nodes);
  else {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text;
    text.replaceData(text.length - 1, 1, '.');
  }
  // The rescan runs in a task of its own, as the content script's timer gives it, not in the page's.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await scanner?.idle();
  const ms = performance.now() - t0;
  // The frames that render the change, and a task for their long-frame entries to be reported.
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { longestTaskMs: watch.stop(), ms, matches: scanner?.size ?? 0 };
}

/**
 * A page that rewrites its text every 16 ms for `seconds`, with HMO Lens at its own rescan delay: the
 * longest task, how many rescans changed the highlights, and the page's rewrites.
 */
async function unsettled(
  paragraphs: string[],
  seconds: number,
  withHmoLens: boolean,
): Promise<{ longestTaskMs: number; rescans: number; rewrites: number }> {
  document.body.replaceChildren(
    ...paragraphs.map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
  let rescans = 0;
  if (withHmoLens) await attach(undefined, () => rescans++);
  else reset();
  rescans = 0;
  await nextFrame();
  const watch = longTasks(performance.now());
  const items = [...document.body.children];
  let rewrites = 0;
  await new Promise<void>((resolve) => {
    const end = performance.now() + seconds * 1000;
    const timer = setInterval(() => {
      rewrites++;
      items.forEach((p, i) => {
        p.textContent = paragraphs[(i + rewrites) % paragraphs.length] as string;
      });
      if (performance.now() >= end) {
        clearInterval(timer);
        resolve();
      }
    }, 16);
  });
  return { longestTaskMs: watch.stop(), rescans, rewrites };
}

Object.assign(window, {
  hmoBench: {
    naive,
    breakdown,
    floor,
    expectedMatches,
    scan,
    scrollFrames,
    incremental,
    markjs,
    reset,
    change,
    unsettled,
  },
});
