import { adoptSheet, dropSheet } from './adopted-sheets';
import { ChangeThrottle } from './change-throttle';
import { highlightApi, type PageHighlightRegistry } from './highlight-api';
import type { HighlightEntry, HighlightLayer, LayerOptions } from './highlight-layer';
import { DEFAULT_STYLE, type HighlightStyle, highlightCss, highlightNames } from './highlight-style';
import { SLICED_BLOCK, sliceNearViewport } from './viewport-slices';
import { WatchTargets } from './watch-targets';

/** Least time between two changes to what is drawn as the page scrolls (see `changes`). */
const CHANGE_INTERVAL_MS = 200;

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
  /** Which element is watched for each block (see WatchTargets). */
  private readonly targets: WatchTargets;
  /** Entries whose range is in `main`: removing the others must not create their ranges. */
  private readonly drawn = new Set<HighlightEntry>();
  /** Blocks drawn a slice at a time (see `sliceNearViewport`), and the slice each has drawn. */
  private readonly slicedNear = new Set<Element>();
  private readonly slices = new Map<Element, HighlightEntry[]>();
  /** What the IntersectionObserver reported and is not applied yet, and whether slices must follow. */
  private pendingNear = new Map<Element, boolean>();
  private slicesMoved = false;
  /**
   * Applies what scrolling changed, at most once per CHANGE_INTERVAL_MS. Chromium repaints the whole page
   * for any change to a registered highlight, which on a very long page takes longer than a frame; changes
   * made every frame of a scroll would make the scroll stutter. Blocks are drawn a screen's height before
   * they come into view, so a short wait shows nothing unhighlighted; inside a block drawn a slice at a
   * time the margin is half a screen or less, and a fast scroll may show its text plain for that wait.
   */
  private readonly changes = new ChangeThrottle(CHANGE_INTERVAL_MS, () => this.applyChanges());
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
    this.targets = new WatchTargets(this.doc, this.watcher);
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
      if (!this.targets.isNear(entry.block)) continue;
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
    this.targets.clear();
    this.toWatch = [];
    this.pendingNear.clear();
    this.slicesMoved = false;
    this.changes.cancel();
  }

  /**
   * Blocks start being watched only once a scan is over: watching makes the browser update intersections
   * on every frame, which would otherwise slow each slice of a long scan.
   */
  settle(): void {
    const fresh = this.toWatch;
    this.toWatch = [];
    this.targets.watchSoon(
      this.win,
      fresh,
      (block) => this.byBlock.has(block),
      (block) => this.showBlock(block),
    );
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

  private onIntersections(records: readonly IntersectionObserverEntry[]): void {
    for (const record of records) this.pendingNear.set(record.target, record.isIntersecting);
    // A block that came near and needs slicing is sliced by the change being applied.
    this.changes.request();
  }

  private applyChanges(): void {
    const pending = this.pendingNear;
    this.pendingNear = new Map();
    for (const [target, near] of pending) {
      for (const block of this.targets.setNear(target, near)) {
        if (near) this.showBlock(block);
        else this.hideBlock(block);
      }
    }
    if (this.slicesMoved) {
      this.slicesMoved = false;
      for (const block of this.slicedNear) this.drawSlice(block);
    }
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
    const next = sliceNearViewport(group, this.win.innerHeight);
    const keep = new Set(next);
    for (const entry of this.slices.get(block) ?? []) if (!keep.has(entry)) this.undraw(entry);
    for (const entry of next) this.draw(entry);
    this.slices.set(block, next);
  }

  private scheduleSlices(): void {
    if (this.slicedNear.size === 0) return;
    this.slicesMoved = true;
    this.changes.request();
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

  private forgetBlock(block: Element): void {
    this.byBlock.delete(block);
    this.slicedNear.delete(block);
    this.slices.delete(block);
    this.targets.forget(block);
  }
}
