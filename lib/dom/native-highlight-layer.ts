import { adoptSheet, dropSheet } from './adopted-sheets';
import { highlightApi, type PageHighlightRegistry } from './highlight-api';
import type { HighlightEntry, HighlightLayer, LayerOptions } from './highlight-layer';
import { DEFAULT_STYLE, type HighlightStyle, highlightCss, highlightNames } from './highlight-style';

/** Entries in one block beyond which only a slice near the viewport is drawn, and the most in a slice. */
const SLICED_BLOCK = 200;
const MAX_SLICE = 2_000;

/** Least time between two changes to what is drawn as the page scrolls (see `scheduleChange`). */
const CHANGE_INTERVAL_MS = 200;

/** Most blocks one watched element may stand for, and how far above a block it may be. */
const GROUP = 32;
const MAX_CLIMB = 12;

/** Document order of two entries, from their first text node and offset (no Range needed). */
function compareEntries(a: HighlightEntry, b: HighlightEntry): number {
  const x = a.parts[0];
  const y = b.parts[0];
  if (!x || !y) return 0;
  if (x.node === y.node) return x.start - y.start;
  return x.node.compareDocumentPosition(y.node) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** A block's entries in document order: as added, unless a later scan added some out of order. */
function inDocumentOrder(group: readonly HighlightEntry[]): HighlightEntry[] {
  const list = [...group];
  for (let i = 1; i < list.length; i++) {
    if (compareEntries(list[i - 1] as HighlightEntry, list[i] as HighlightEntry) > 0) {
      list.sort(compareEntries);
      break;
    }
  }
  return list;
}

/**
 * Highlights drawn with the CSS Custom Highlight API: ranges in `CSS.highlights`, styled by `::highlight()`
 * rules in a constructed style sheet, so the page's DOM is never touched.
 *
 * A class rather than a closure per layer: a page (or the benchmark) that makes a new layer gets the same
 * methods, so the engine's optimised scanning code stays valid instead of being thrown away.
 */
export class NativeHighlightLayer implements HighlightLayer {
  readonly native = true;
  private readonly registry: PageHighlightRegistry;
  private readonly main: Highlight;
  private readonly focused: Highlight;
  private readonly doc: Document;
  private readonly sheet: CSSStyleSheet;
  /** The names of the look chosen (see `highlightNames`). */
  private names: { mark: string; focus: string };
  private visible = true;

  /** Entries by the block they sit in; only blocks near the viewport have their ranges registered. */
  private readonly byBlock = new Map<Element, HighlightEntry[]>();
  /**
   * The element watched for each block, and the blocks each watched element stands for. An
   * IntersectionObserver's work grows with its number of targets on every frame that scrolls, so blocks
   * that sit together share one target: the highest ancestor holding no more than GROUP of them.
   */
  private readonly targetOf = new Map<Element, Element>();
  private readonly blocksOf = new Map<Element, Set<Element>>();
  private readonly nearTargets = new Set<Element>();
  /** Entries whose range is in `main`: removing the others must not create their ranges. */
  private readonly drawn = new Set<HighlightEntry>();
  /**
   * A block with very many entries (a whole resume pasted as one text node) is drawn a slice at a time:
   * the entries whose text is within a screen's height of the viewport, found by binary search over the
   * block's entries in document order, and redrawn as the page scrolls. Registering all of them would make
   * the browser revalidate every range on each change to any highlight.
   */
  private readonly slicedNear = new Set<Element>();
  private readonly slices = new Map<Element, HighlightEntry[]>();
  /** What the IntersectionObserver reported and is not applied yet, and whether slices must follow. */
  private pendingNear = new Map<Element, boolean>();
  private slicesMoved = false;
  private applying = false;
  private lastChange = Number.NEGATIVE_INFINITY;
  private changeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly stopListening = new AbortController();
  private readonly watcher: IntersectionObserver | null;
  /** Blocks added since the last `settle`, to start watching then. */
  private toWatch: Element[] = [];

  constructor(
    private readonly win: Window,
    options: LayerOptions,
  ) {
    const api = highlightApi(win);
    if (!api) throw new Error('the CSS Custom Highlight API is missing');
    this.registry = api.registry;
    const { Highlight } = api;
    this.main = new Highlight();
    this.focused = new Highlight();
    this.focused.priority = 1;
    this.doc = win.document;
    this.names = highlightNames(options.style ?? DEFAULT_STYLE);
    const css = highlightCss(options.inheritedHighlights ?? false);
    this.sheet = options.earlySheet?.sheet ?? new (win as unknown as typeof globalThis).CSSStyleSheet();
    if (options.earlySheet?.css !== css) this.sheet.replaceSync(css);
    this.show();

    const IO = (win as unknown as typeof globalThis).IntersectionObserver;
    this.watcher =
      options.nearViewportOnly && typeof IO === 'function'
        ? new IO((records) => this.onIntersections(records), { rootMargin: '100% 0px' })
        : null;
    if (options.nearViewportOnly) {
      const listen = { capture: true, passive: true, signal: this.stopListening.signal };
      const redraw = () => this.scheduleSlices();
      win.addEventListener('scroll', redraw, listen);
      win.addEventListener('resize', redraw, listen);
    }
  }

  add(entries: readonly HighlightEntry[]): void {
    for (const entry of entries) {
      if (!this.watcher) {
        this.draw(entry);
        continue;
      }
      let group = this.byBlock.get(entry.block);
      if (!group) {
        group = [];
        this.byBlock.set(entry.block, group);
        this.toWatch.push(entry.block);
      }
      group.push(entry);
      if (!this.isNear(entry.block)) continue;
      if (group.length > SLICED_BLOCK) this.startSlicing(entry.block, group);
      else this.draw(entry);
    }
    this.attachSheet();
  }

  remove(entries: readonly HighlightEntry[]): void {
    const gone = new Map<Element, Set<HighlightEntry>>();
    for (const entry of entries) {
      this.undraw(entry);
      const set = gone.get(entry.block);
      if (set) set.add(entry);
      else gone.set(entry.block, new Set([entry]));
    }
    for (const [block, set] of gone) {
      const group = this.byBlock.get(block);
      if (!group) continue;
      const rest = group.filter((entry) => !set.has(entry));
      if (rest.length > 0) this.byBlock.set(block, rest);
      else this.forgetBlock(block);
    }
  }

  clear(): void {
    this.main.clear();
    this.focused.clear();
    this.drawn.clear();
    this.byBlock.clear();
    this.slicedNear.clear();
    this.slices.clear();
    this.targetOf.clear();
    this.blocksOf.clear();
    this.nearTargets.clear();
    this.toWatch = [];
    this.watcher?.disconnect();
    this.pendingNear.clear();
    this.slicesMoved = false;
    if (this.changeTimer !== null) clearTimeout(this.changeTimer);
    this.changeTimer = null;
  }

  /**
   * Blocks start being watched only once a scan is over: watching makes the browser update intersections
   * on every frame, which would otherwise slow each slice of a long scan.
   */
  settle(): void {
    const fresh = this.toWatch.filter((block) => this.byBlock.has(block) && !this.targetOf.has(block));
    this.toWatch = [];
    this.watchNewBlocks(fresh);
  }

  setVisible(on: boolean): void {
    this.visible = on;
    if (on) this.show();
    else {
      this.unregister();
      // With highlighting off, the page's style work should not carry our rules either.
      dropSheet(this.doc, this.sheet);
    }
  }

  /** Moves the highlights to the names of another look: the style sheet stays as it is. */
  setStyle(style: HighlightStyle): void {
    if (this.visible) this.unregister();
    this.names = highlightNames(style);
    if (this.visible) this.show();
  }

  /** The name the highlights are registered under (for hit-testing with the browser's help). */
  get highlightName(): string {
    return this.names.mark;
  }

  focus(entry: HighlightEntry | null): void {
    this.focused.clear();
    if (entry) this.focused.add(entry.range);
    this.attachSheet();
  }

  entryForElement(): HighlightEntry | undefined {
    return undefined;
  }

  suspend(): void {}

  resume(): void {}

  destroy(): void {
    this.stopListening.abort();
    this.setVisible(false);
    this.clear();
  }

  /**
   * Adopts the style sheet once something is drawn, and again if the page dropped it. A constructed sheet
   * adds no element to the page, and ::highlight rules must live in the document itself. Adopting it costs
   * the page one recalculation of every element's style (Blink works out each element's highlight styles
   * again when a ::highlight rule comes or goes), so a page with no highlight in view never pays it.
   */
  private attachSheet(): void {
    if (this.visible && (this.drawn.size > 0 || this.focused.size > 0)) adoptSheet(this.doc, this.sheet);
  }

  /** Drops only our own registrations: the page may have highlights of its own. */
  private unregister(): void {
    if (this.registry.get(this.names.mark) === this.main) this.registry.delete(this.names.mark);
    if (this.registry.get(this.names.focus) === this.focused) this.registry.delete(this.names.focus);
  }

  private show(): void {
    this.attachSheet();
    this.registry.set(this.names.mark, this.main);
    this.registry.set(this.names.focus, this.focused);
  }

  private draw(entry: HighlightEntry): void {
    this.drawn.add(entry);
    this.main.add(entry.range);
  }

  private undraw(entry: HighlightEntry): void {
    if (!this.drawn.delete(entry)) return;
    this.main.delete(entry.range);
    this.focused.delete(entry.range);
  }

  private isNear(block: Element): boolean {
    const target = this.targetOf.get(block);
    return target !== undefined && this.nearTargets.has(target);
  }

  private onIntersections(records: readonly IntersectionObserverEntry[]): void {
    for (const record of records) this.pendingNear.set(record.target, record.isIntersecting);
    this.scheduleChange();
  }

  /**
   * Applies what scrolling changed, at most once per CHANGE_INTERVAL_MS. Chromium repaints the whole page
   * for any change to a registered highlight, which on a very long page takes longer than a frame; changes
   * made every frame of a scroll would make the scroll stutter. Blocks are drawn a screen's height before
   * they come into view, so a short wait shows nothing unhighlighted.
   */
  private scheduleChange(): void {
    // A block that came near and needs slicing is sliced by the change being applied.
    if (this.applying || this.changeTimer !== null) return;
    const wait = this.lastChange + CHANGE_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      this.applyChanges();
      return;
    }
    this.changeTimer = setTimeout(() => {
      this.changeTimer = null;
      this.applyChanges();
    }, wait);
  }

  private applyChanges(): void {
    this.lastChange = performance.now();
    this.applying = true;
    const pending = this.pendingNear;
    this.pendingNear = new Map();
    for (const [target, near] of pending) {
      if (near) this.nearTargets.add(target);
      else this.nearTargets.delete(target);
      for (const block of this.blocksOf.get(target) ?? []) {
        if (near) this.showBlock(block);
        else this.hideBlock(block);
      }
    }
    if (this.slicesMoved) {
      this.slicesMoved = false;
      for (const block of this.slicedNear) this.drawSlice(block);
    }
    this.applying = false;
    this.attachSheet();
  }

  private showBlock(block: Element): void {
    const group = this.byBlock.get(block);
    if (!group) return;
    if (group.length > SLICED_BLOCK) this.startSlicing(block, group);
    else for (const entry of group) this.draw(entry);
  }

  private hideBlock(block: Element): void {
    this.slicedNear.delete(block);
    this.slices.delete(block);
    for (const entry of this.byBlock.get(block) ?? []) this.undraw(entry);
  }

  private drawSlice(block: Element): void {
    const group = this.byBlock.get(block);
    if (!group) {
      this.slicedNear.delete(block);
      return;
    }
    const list = inDocumentOrder(group);
    const height = this.win.innerHeight;
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
    for (const entry of this.slices.get(block) ?? []) if (!keep.has(entry)) this.undraw(entry);
    for (const entry of next) this.draw(entry);
    this.slices.set(block, next);
  }

  private scheduleSlices(): void {
    if (this.slicedNear.size === 0) return;
    this.slicesMoved = true;
    this.scheduleChange();
  }

  private startSlicing(block: Element, group: readonly HighlightEntry[]): void {
    if (!this.slicedNear.has(block)) {
      this.slicedNear.add(block);
      // Entries drawn before the block grew this big are undrawn by the first slice.
      this.slices.set(
        block,
        group.filter((e) => this.drawn.has(e)),
      );
    }
    this.scheduleSlices();
  }

  /**
   * Picks each new block's target (see `targetOf`) and starts watching the targets not yet watched. Blocks
   * come in runs of siblings (the items of a list), so the climb is made once per parent.
   */
  private watchNewBlocks(blocks: readonly Element[]): void {
    const top = this.doc.body;
    const perParent = new Map<Element | null, number>();
    for (const block of blocks)
      perParent.set(block.parentElement, (perParent.get(block.parentElement) ?? 0) + 1);
    const counts = new Map<Element, number>();
    for (const [parent, n] of perParent) {
      let depth = 0;
      for (let a = parent; a && a !== top && depth < MAX_CLIMB; a = a.parentElement, depth++)
        counts.set(a, (counts.get(a) ?? 0) + n);
    }
    /** The target shared by the blocks under a parent, or null when each block is its own. */
    const shared = new Map<Element | null, Element | null>();
    const sharedUnder = (parent: Element | null): Element | null => {
      let target: Element | null = null;
      let depth = 0;
      for (let a = parent; a && a !== top && depth < MAX_CLIMB; a = a.parentElement, depth++) {
        // A group watched since an earlier scan takes the new block in.
        if (this.blocksOf.has(a)) return a;
        if ((counts.get(a) ?? 0) > GROUP) break;
        target = a;
      }
      return target;
    };
    for (const block of blocks) {
      const parent = block.parentElement;
      let common = shared.get(parent);
      if (common === undefined) {
        common = sharedUnder(parent);
        shared.set(parent, common);
      }
      const target = common ?? block;
      this.targetOf.set(block, target);
      let group = this.blocksOf.get(target);
      if (!group) {
        group = new Set();
        this.blocksOf.set(target, group);
        this.watcher?.observe(target);
      }
      group.add(block);
      if (this.nearTargets.has(target)) this.showBlock(block);
    }
  }

  private forgetBlock(block: Element): void {
    this.byBlock.delete(block);
    this.slicedNear.delete(block);
    this.slices.delete(block);
    const target = this.targetOf.get(block);
    if (!target) return;
    this.targetOf.delete(block);
    const group = this.blocksOf.get(target);
    group?.delete(block);
    if (group?.size === 0) {
      this.blocksOf.delete(target);
      this.nearTargets.delete(target);
      this.watcher?.unobserve(target);
    }
  }
}
