/**
 * Draws highlights without touching the page's DOM where the CSS Custom Highlight API exists (Chromium,
 * Firefox 140+): ranges go into `CSS.highlights` and are styled with `::highlight()`. Elsewhere a fallback
 * wraps the text in `<hmo-lens-mark>` elements and restores the original text nodes exactly on removal.
 */

import { adoptSheet, dropSheet } from './adopted-sheets';
export interface TextPart {
  node: Text;
  start: number;
  end: number;
}

export interface HighlightEntry {
  termId: string;
  /** May be created on first read (see PageScanner): read it only to draw or measure. */
  readonly range: Range;
  /** The pieces of text nodes the match covers, in order. */
  parts: TextPart[];
  /** The element whose visibility decides whether the highlight is drawn (its block). */
  block: Element;
}

export interface LayerOptions {
  /**
   * Draw only what is on or near the screen (native layer). Painting tens of thousands of highlighted
   * ranges costs the page on every frame; blocks are watched with an IntersectionObserver instead, and
   * their highlights registered as they come within a screen's height of the viewport.
   */
  nearViewportOnly?: boolean;
  style?: HighlightStyle;
}

export interface HighlightLayer {
  /** True when the page DOM is never modified (CSS Custom Highlight API). */
  readonly native: boolean;
  add(entries: readonly HighlightEntry[]): void;
  remove(entries: readonly HighlightEntry[]): void;
  clear(): void;
  setVisible(visible: boolean): void;
  /** Changes how highlights look, in place. */
  setStyle(style: HighlightStyle): void;
  /** Emphasises one entry (hover, "go to term"), or none. */
  focus(entry: HighlightEntry | null): void;
  /** The entry under the pointer, for the fallback's elements. */
  entryForElement(element: Element): HighlightEntry | undefined;
  /** Take the page back to its own DOM while it is read (a no-op where highlights never touch it). */
  suspend(): void;
  resume(): void;
  /**
   * The scan that added entries is over. Blocks start being watched only now: watching makes the browser
   * update intersections on every frame, which would otherwise slow each slice of a long scan.
   */
  settle(): void;
  destroy(): void;
}

export const HIGHLIGHT_NAME = 'hmo-lens';
export const FOCUS_NAME = 'hmo-lens-focus';

/** How highlights look: the options page's colour and underline-only switch. */
export interface HighlightStyle {
  color: 'amber' | 'blue' | 'green' | 'pink';
  underlineOnly: boolean;
}

export const DEFAULT_STYLE: HighlightStyle = { color: 'amber', underlineOnly: false };

/** Fill, underline and focus colours: legible on white and on dark pages, never changing the text colour. */
const PALETTE: Record<HighlightStyle['color'], { fill: string; line: string; focus: string }> = {
  amber: {
    fill: 'rgba(255, 193, 7, 0.32)',
    line: 'rgba(214, 137, 0, 0.95)',
    focus: 'rgba(255, 152, 0, 0.6)',
  },
  blue: {
    fill: 'rgba(59, 130, 246, 0.22)',
    line: 'rgba(29, 78, 216, 0.9)',
    focus: 'rgba(59, 130, 246, 0.5)',
  },
  green: {
    fill: 'rgba(34, 197, 94, 0.25)',
    line: 'rgba(21, 128, 61, 0.9)',
    focus: 'rgba(34, 197, 94, 0.55)',
  },
  pink: {
    fill: 'rgba(236, 72, 153, 0.22)',
    line: 'rgba(190, 24, 93, 0.9)',
    focus: 'rgba(236, 72, 153, 0.5)',
  },
};

/** The declarations of a highlight and of the focused one, for `::highlight()` rules and fallback marks. */
function declarations(style: HighlightStyle): { mark: string; focus: string } {
  const { fill, line, focus } = PALETTE[style.color] ?? PALETTE.amber;
  const mark = style.underlineOnly
    ? `text-decoration: underline solid ${line}; text-decoration-thickness: 2px; text-underline-offset: 3px;`
    : `background-color: ${fill}; text-decoration: underline dotted ${line}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
  return { mark, focus: `background-color: ${focus};` };
}

export function highlightCss(style: HighlightStyle): string {
  const { mark, focus } = declarations(style);
  return `::highlight(${HIGHLIGHT_NAME}) { ${mark} }\n::highlight(${FOCUS_NAME}) { ${focus} }\n`;
}

interface HighlightApi {
  highlights: Map<string, unknown>;
}
type HighlightCtor = new (...ranges: Range[]) => Set<Range> & { priority: number };

/** Entries in one block beyond which only a slice near the viewport is drawn, and the most in a slice. */
const SLICED_BLOCK = 200;
const MAX_SLICE = 2_000;

/** Document order of two entries, from their first text node and offset (no Range needed). */
function compareEntries(a: HighlightEntry, b: HighlightEntry): number {
  const x = a.parts[0];
  const y = b.parts[0];
  if (!x || !y) return 0;
  if (x.node === y.node) return x.start - y.start;
  return x.node.compareDocumentPosition(y.node) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** Most blocks one watched element may stand for, and how far above a block it may be. */
const GROUP = 32;
const MAX_CLIMB = 12;

export function supportsCustomHighlights(win: Window): boolean {
  const w = win as unknown as { CSS?: Partial<HighlightApi>; Highlight?: unknown };
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

export function createHighlightLayer(win: Window, options: LayerOptions = {}): HighlightLayer {
  return supportsCustomHighlights(win) ? nativeLayer(win, options) : wrappingLayer(win, options);
}

function nativeLayer(win: Window, options: LayerOptions): HighlightLayer {
  const registry = (win as unknown as { CSS: HighlightApi }).CSS.highlights;
  const Highlight = (win as unknown as { Highlight: HighlightCtor }).Highlight;
  const main = new Highlight();
  const focused = new Highlight();
  focused.priority = 1;
  const doc = win.document;
  const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(highlightCss(options.style ?? DEFAULT_STYLE));
  // A constructed sheet adds no element to the page; the ::highlight rules must live in the document
  // itself, since a shadow root's styles cannot reach page text.
  const attachSheet = () => {
    adoptSheet(doc, sheet);
  };
  attachSheet();
  let visible = true;
  const show = () => {
    attachSheet();
    registry.set(HIGHLIGHT_NAME, main);
    registry.set(FOCUS_NAME, focused);
  };
  show();

  // Entries by the block they sit in; only blocks near the viewport have their ranges registered.
  const byBlock = new Map<Element, Set<HighlightEntry>>();
  /**
   * The element watched for each block, and the blocks each watched element stands for. An
   * IntersectionObserver's work grows with its number of targets on every frame that scrolls, so blocks
   * that sit together share one target: the highest ancestor holding no more than GROUP of them.
   */
  const targetOf = new Map<Element, Element>();
  const blocksOf = new Map<Element, Set<Element>>();
  const nearTargets = new Set<Element>();
  /** Entries whose range is in `main`: removing the others must not create their ranges. */
  const drawn = new Set<HighlightEntry>();
  const draw = (entry: HighlightEntry) => {
    drawn.add(entry);
    main.add(entry.range);
  };
  const undraw = (entry: HighlightEntry) => {
    if (!drawn.delete(entry)) return;
    main.delete(entry.range);
    focused.delete(entry.range);
  };
  const isNear = (block: Element) => {
    const target = targetOf.get(block);
    return target !== undefined && nearTargets.has(target);
  };

  // A block with very many entries (a whole resume pasted as one text node) is drawn a slice at a time:
  // the entries whose text is within a screen's height of the viewport, found by binary search over the
  // block's entries in document order, and redrawn as the page scrolls. Registering all of them would
  // make the browser revalidate every range on each change to any highlight.
  const slicedNear = new Set<Element>();
  const slices = new Map<Element, HighlightEntry[]>();
  let slicingScheduled = false;
  const stopListening = new AbortController();

  /** A block's entries in document order: as added, unless a later scan added some out of order. */
  const inDocumentOrder = (group: Set<HighlightEntry>): HighlightEntry[] => {
    const list = [...group];
    for (let i = 1; i < list.length; i++) {
      if (compareEntries(list[i - 1] as HighlightEntry, list[i] as HighlightEntry) > 0) {
        list.sort(compareEntries);
        break;
      }
    }
    return list;
  };
  const drawSlice = (block: Element) => {
    const group = byBlock.get(block);
    if (!group) {
      slicedNear.delete(block);
      return;
    }
    const list = inDocumentOrder(group);
    const height = win.innerHeight;
    // First entry whose box ends below `y`, and first whose box starts below `y`.
    const search = (y: number, edge: 'bottom' | 'top') => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const rect = (list[mid] as HighlightEntry).range.getBoundingClientRect();
        if (rect[edge] < y || (edge === 'top' && rect.top === y)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const from = search(-height, 'bottom');
    const to = Math.min(search(2 * height, 'top'), from + MAX_SLICE);
    const next = list.slice(from, to);
    const keep = new Set(next);
    for (const entry of slices.get(block) ?? []) if (!keep.has(entry)) undraw(entry);
    for (const entry of next) draw(entry);
    slices.set(block, next);
  };
  const scheduleSlices = () => {
    if (slicingScheduled || slicedNear.size === 0) return;
    slicingScheduled = true;
    win.requestAnimationFrame(() => {
      slicingScheduled = false;
      for (const block of slicedNear) drawSlice(block);
    });
  };
  const startSlicing = (block: Element, group: Set<HighlightEntry>) => {
    if (!slicedNear.has(block)) {
      slicedNear.add(block);
      // Entries drawn before the block grew this big are undrawn by the first slice.
      slices.set(
        block,
        [...group].filter((e) => drawn.has(e)),
      );
    }
    scheduleSlices();
  };
  const showBlock = (block: Element) => {
    const group = byBlock.get(block);
    if (!group) return;
    if (group.size > SLICED_BLOCK) startSlicing(block, group);
    else for (const entry of group) draw(entry);
  };
  const hideBlock = (block: Element) => {
    slicedNear.delete(block);
    slices.delete(block);
    for (const entry of byBlock.get(block) ?? []) undraw(entry);
  };
  if (options.nearViewportOnly) {
    const listen = { capture: true, passive: true, signal: stopListening.signal };
    win.addEventListener('scroll', scheduleSlices, listen);
    win.addEventListener('resize', scheduleSlices, listen);
  }
  const IO = (win as unknown as typeof globalThis).IntersectionObserver;
  const watcher =
    options.nearViewportOnly && typeof IO === 'function'
      ? new IO(
          (records) => {
            for (const record of records) {
              const near = record.isIntersecting;
              if (near) nearTargets.add(record.target);
              else nearTargets.delete(record.target);
              for (const block of blocksOf.get(record.target) ?? []) {
                if (near) showBlock(block);
                else hideBlock(block);
              }
            }
          },
          { rootMargin: '100% 0px' },
        )
      : null;

  let toWatch: Element[] = [];

  /** Picks each new block's target (see `targetOf`) and starts watching the targets not yet watched. */
  const watchNewBlocks = (blocks: readonly Element[]) => {
    const top = doc.body;
    const counts = new Map<Element, number>();
    for (const block of blocks) {
      let depth = 0;
      for (let a = block.parentElement; a && a !== top && depth < MAX_CLIMB; a = a.parentElement, depth++)
        counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    for (const block of blocks) {
      let target = block;
      let depth = 0;
      for (let a = block.parentElement; a && a !== top && depth < MAX_CLIMB; a = a.parentElement, depth++) {
        // A group watched since an earlier scan takes the new block in.
        if (blocksOf.has(a)) {
          target = a;
          break;
        }
        if ((counts.get(a) ?? 0) > GROUP) break;
        target = a;
      }
      targetOf.set(block, target);
      let group = blocksOf.get(target);
      if (!group) {
        group = new Set();
        blocksOf.set(target, group);
        watcher?.observe(target);
      }
      group.add(block);
      if (nearTargets.has(target)) showBlock(block);
    }
  };

  const forgetBlock = (block: Element) => {
    byBlock.delete(block);
    slicedNear.delete(block);
    slices.delete(block);
    const target = targetOf.get(block);
    if (!target) return;
    targetOf.delete(block);
    const group = blocksOf.get(target);
    group?.delete(block);
    if (group?.size === 0) {
      blocksOf.delete(target);
      nearTargets.delete(target);
      watcher?.unobserve(target);
    }
  };

  return {
    native: true,
    settle() {
      const fresh = toWatch.filter((block) => byBlock.has(block) && !targetOf.has(block));
      toWatch = [];
      watchNewBlocks(fresh);
    },
    add(entries) {
      for (const entry of entries) {
        if (!watcher) {
          draw(entry);
          continue;
        }
        let group = byBlock.get(entry.block);
        if (!group) {
          group = new Set();
          byBlock.set(entry.block, group);
          toWatch.push(entry.block);
        }
        group.add(entry);
        if (!isNear(entry.block)) continue;
        if (group.size > SLICED_BLOCK) {
          startSlicing(entry.block, group);
        } else draw(entry);
      }
      if (visible) attachSheet();
    },
    remove(entries) {
      for (const entry of entries) {
        undraw(entry);
        const group = byBlock.get(entry.block);
        if (!group) continue;
        group.delete(entry);
        if (group.size === 0) forgetBlock(entry.block);
      }
    },
    clear() {
      main.clear();
      focused.clear();
      drawn.clear();
      byBlock.clear();
      slicedNear.clear();
      slices.clear();
      targetOf.clear();
      blocksOf.clear();
      nearTargets.clear();
      toWatch = [];
      watcher?.disconnect();
    },
    setVisible(on) {
      visible = on;
      if (on) show();
      else {
        // Only drop our own registrations: the page may have highlights of its own.
        if (registry.get(HIGHLIGHT_NAME) === main) registry.delete(HIGHLIGHT_NAME);
        if (registry.get(FOCUS_NAME) === focused) registry.delete(FOCUS_NAME);
      }
    },
    setStyle(style) {
      sheet.replaceSync(highlightCss(style));
    },
    focus(entry) {
      focused.clear();
      if (entry) focused.add(entry.range);
    },
    entryForElement: () => undefined,
    suspend() {},
    resume() {},
    destroy() {
      stopListening.abort();
      this.setVisible(false);
      this.clear();
      dropSheet(doc, sheet);
    },
  };
}

const MARK_TAG = 'hmo-lens-mark';

interface Wrap {
  entry: HighlightEntry;
  original: Text;
  mark: HTMLElement;
  after: Text;
}

/**
 * Fallback for browsers without the Highlight API. Entries always describe the unwrapped page; the marks
 * are drawn for all entries at once, each text node cut from its end backwards, and undone in reverse
 * order, so the page gets back the very same text nodes with the very same data. Callers bracket DOM reads
 * with `suspend()` / `resume()` so offsets are never taken from a wrapped page.
 */
function wrappingLayer(win: Window, options: LayerOptions): HighlightLayer {
  let look = declarations(options.style ?? DEFAULT_STYLE);
  const doc = win.document;
  const entries = new Set<HighlightEntry>();
  let wraps: Wrap[] = [];
  let visible = true;
  let suspended = 0;
  let focusedEntry: HighlightEntry | null = null;

  function unwrapAll(): void {
    for (const { original, mark, after } of wraps.reverse()) {
      if (!mark.isConnected) continue;
      original.appendData((mark.textContent ?? '') + (after.isConnected ? after.data : ''));
      mark.remove();
      if (after.isConnected) after.remove();
    }
    wraps = [];
  }

  function styleFor(entry: HighlightEntry): string {
    const base = `${look.mark} color: inherit; font: inherit;`;
    return entry === focusedEntry ? base + look.focus : base;
  }

  function wrapAll(): void {
    const parts = [...entries].flatMap((entry) => entry.parts.map((part) => ({ entry, ...part })));
    const byNode = new Map<Text, typeof parts>();
    for (const part of parts) {
      const list = byNode.get(part.node);
      if (list) list.push(part);
      else byNode.set(part.node, [part]);
    }
    for (const [node, list] of byNode) {
      let limit = node.length;
      for (const { entry, start, end } of list.sort((a, b) => b.start - a.start)) {
        if (!node.isConnected || end > limit || start >= end) continue;
        const middle = node.splitText(start);
        const after = middle.splitText(end - start);
        const mark = doc.createElement(MARK_TAG);
        mark.setAttribute('style', styleFor(entry));
        middle.replaceWith(mark);
        mark.append(middle);
        wraps.push({ entry, original: node, mark, after });
        limit = start;
      }
    }
  }

  function render(): void {
    if (suspended > 0) return;
    unwrapAll();
    if (visible) wrapAll();
  }

  return {
    native: false,
    add(added) {
      for (const entry of added) entries.add(entry);
      render();
    },
    remove(removed) {
      for (const entry of removed) entries.delete(entry);
      render();
    },
    clear() {
      entries.clear();
      render();
    },
    setVisible(on) {
      visible = on;
      render();
    },
    setStyle(style) {
      look = declarations(style);
      for (const wrap of wraps) wrap.mark.setAttribute('style', styleFor(wrap.entry));
    },
    focus(entry) {
      focusedEntry = entry;
      for (const wrap of wraps) wrap.mark.setAttribute('style', styleFor(wrap.entry));
    },
    entryForElement(element) {
      const mark = element.closest(MARK_TAG);
      return wraps.find((w) => w.mark === mark)?.entry;
    },
    settle() {},
    suspend() {
      if (suspended++ === 0) unwrapAll();
    },
    resume() {
      if (--suspended === 0) render();
    },
    destroy() {
      entries.clear();
      unwrapAll();
    },
  };
}
