import type { Matcher } from '../matching/matcher';
import type { HighlightEntry, HighlightLayer, TextPart } from './highlight-layer';
import { entryAtPoint } from './hit-test';
import {
  isInSkippedSubtree,
  nodeIndexAt,
  OWN_UI_ATTRIBUTE,
  type TextSegment,
  textSegments,
} from './text-segments';

export interface ScannerOptions {
  win: Window;
  root: Element;
  matcher: Matcher;
  layer: HighlightLayer;
  /** Aborting stops scanning and observing; the caller clears the layer. */
  signal: AbortSignal;
  /** Called after each scan, full or incremental, that changed the highlights. */
  onChange?: () => void;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
  /** How long mutations are gathered before the changed parts are rescanned. */
  mutationDelayMs?: number;
}

/** Characters read between two looks at the clock (about 0.1 ms of work). */
const CLOCK_EVERY_CHARS = 2_048;

/** Characters matched in one go; a window ends at the next whitespace so no word is cut. */
const WINDOW = 16_384;
const SPACE = /\s/g;

function windowEnd(text: string, from: number): number {
  if (text.length - from <= WINDOW) return text.length;
  SPACE.lastIndex = from + WINDOW;
  const space = SPACE.exec(text);
  return space ? space.index : text.length;
}

/** A macrotask behind whatever the page has queued (a message, which is not throttled like timers). */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Lets the page run between two slices of work. `scheduler.yield()` lets input and rendering in and then
 * resumes ahead of other tasks, which keeps a long scan short; but every few slices the scan queues behind
 * the page's own tasks instead, so its timers and scripts never wait for a whole scan.
 */
function yieldToPage(win: Window, slice: number): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (slice % 8 !== 7 && typeof scheduler?.yield === 'function') return scheduler.yield();
  return macrotask();
}

/** Where an entry makes its Range, and where it records it so hit-testing can find the entry again. */
interface RangeHome {
  doc: Document;
  byRange: WeakMap<AbstractRange, HighlightEntry>;
}

/**
 * One match. Creating a Range costs about as much as finding the match, and most are never drawn (far
 * below the fold), so each entry makes its Range the first time something reads it. Most matches lie in
 * one text node: those keep the node and offsets as fields and make their list of parts on demand too, so
 * an entry is one object for as long as it lives.
 */
class ScannedEntry implements HighlightEntry {
  private made: Range | undefined;

  constructor(
    readonly termId: string,
    readonly block: Element,
    private readonly home: RangeHome,
    /** The first text node of the match, and its offsets there. */
    readonly node: Text,
    private readonly start: number,
    private readonly end: number,
    /** The parts of a match that spans several nodes. */
    private spans: TextPart[] | undefined,
  ) {}

  get inOneNode(): boolean {
    return this.spans === undefined || this.spans.length === 1;
  }

  get parts(): TextPart[] {
    this.spans ??= [{ node: this.node, start: this.start, end: this.end }];
    return this.spans;
  }

  get range(): Range {
    if (!this.made) {
      const range = this.home.doc.createRange();
      const last = this.spans?.[this.spans.length - 1];
      try {
        range.setStart(this.node, this.start);
        if (last) range.setEnd(last.node, last.end);
        else range.setEnd(this.node, this.end);
      } catch {
        // Text changed since: a collapsed range draws nothing, and the mutation rescans it.
      }
      this.home.byRange.set(range, this);
      this.made = range;
    }
    return this.made;
  }
}

/**
 * Finds glossary terms in a page and keeps them highlighted as the page changes: a full scan in slices that
 * yield to the page, then a MutationObserver that rescans only what was added or changed and drops
 * highlights whose text the page removed.
 */
export class PageScanner {
  private readonly byNode = new Map<Node, HighlightEntry[]>();
  /** Ranges are created only when drawn or asked for; this finds the entry of one that exists. */
  private readonly byRange = new WeakMap<AbstractRange, HighlightEntry>();
  private readonly rangeHome: RangeHome;
  /** How many entries there are: each sits in `byNode`, under every text node it touches. */
  private entryCount = 0;
  private readonly counts = new Map<string, number>();
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;
  private running: Promise<void> = Promise.resolve();
  private matcher: Matcher;

  constructor(private readonly options: ScannerOptions) {
    this.matcher = options.matcher;
    this.rangeHome = { doc: options.win.document, byRange: this.byRange };
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Matches other terms from now on (the recruiter's terms or categories changed); `rescan` to apply. */
  setMatcher(matcher: Matcher): void {
    this.matcher = matcher;
  }

  /** The part of the page scanned and watched. */
  get root(): Element {
    return this.options.root;
  }

  /** Distinct terms and their occurrences currently highlighted. */
  termCounts(): ReadonlyMap<string, number> {
    return this.counts;
  }

  get size(): number {
    return this.entryCount;
  }

  /** Every highlighted entry of a term, in document order. */
  entriesOf(termId: string): HighlightEntry[] {
    const found = new Set<HighlightEntry>();
    for (const list of this.byNode.values()) for (const e of list) if (e.termId === termId) found.add(e);
    const list = [...found];
    return list.sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
  }

  entryAt(x: number, y: number): HighlightEntry | null {
    const { win, layer } = this.options;
    return entryAtPoint(win, x, y, this.byNode, this.byRange, layer.highlightName ?? undefined);
  }

  /** Full scan of the root, then keeps watching. Resolves when the scan is done (or superseded). */
  start(): Promise<void> {
    return this.rescan();
  }

  /**
   * Forgets every highlight and scans the whole root again; given a root, that part of the page replaces the
   * old one (on LinkedIn, the candidate's profile once it has rendered).
   */
  rescan(root?: Element): Promise<void> {
    if (root && root !== this.options.root) {
      this.observer?.disconnect();
      this.observer = null;
      this.options.root = root;
    }
    const generation = ++this.generation;
    this.observe();
    this.pending = [];
    this.clearAll();
    this.running = this.scanRoots([this.options.root], generation, false);
    return this.running;
  }

  /** Resolves once the work started so far, including pending mutations, is done. */
  async idle(): Promise<void> {
    let before: Promise<void>;
    do {
      before = this.running;
      await before;
      if (this.pending.length > 0 || this.flushTimer) await this.flushNow();
    } while (before !== this.running);
  }

  stop(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.pending = [];
  }

  private clearAll(): void {
    this.options.layer.clear();
    this.byNode.clear();
    this.entryCount = 0;
    this.counts.clear();
  }

  private observe(): void {
    if (this.observer || this.options.signal.aborted) return;
    const { MutationObserver } = this.options.win as unknown as typeof globalThis;
    const observer = new MutationObserver((records) => {
      this.pending.push(...records);
      this.flushTimer ??= setTimeout(() => void this.flushNow(), this.options.mutationDelayMs ?? 150);
    });
    observer.observe(this.options.root, { childList: true, subtree: true, characterData: true });
    this.observer = observer;
  }

  private async flushNow(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const records = this.pending;
    this.pending = [];
    if (records.length === 0 || this.options.signal.aborted) return;
    const generation = this.generation;
    await this.running;
    if (generation !== this.generation) return;
    const dirty = this.dirtyRoots(records);
    this.running = this.scanRoots(dirty, generation);
    await this.running;
  }

  /** What to rescan for a batch of mutations; highlights of removed text are dropped right away. */
  private dirtyRoots(records: readonly MutationRecord[]): Node[] {
    const root = this.options.root;
    const roots = new Set<Node>();
    const dropped: HighlightEntry[] = [];
    const isOurs = (node: Node) =>
      (node.nodeType === 1 && (node as Element).hasAttribute(OWN_UI_ATTRIBUTE)) ||
      (node.nodeType === 1 && (node as Element).tagName.toLowerCase() === 'hmo-lens-mark');
    for (const record of records) {
      for (const node of Array.from(record.removedNodes))
        this.forEachText(node, (t) => dropped.push(...this.forget(t)));
      if (record.type === 'characterData') {
        dropped.push(...this.forget(record.target));
        if (record.target.parentElement) roots.add(record.target.parentElement);
      } else {
        for (const node of Array.from(record.addedNodes)) {
          if (isOurs(node)) continue;
          roots.add(node.nodeType === 1 ? node : (node.parentElement ?? node));
        }
      }
    }
    this.options.layer.remove(dropped);
    // Keep the outermost connected roots that are ours to scan.
    const list = [...roots].filter((n) => n.isConnected && root.contains(n) && !isInSkippedSubtree(n, root));
    return list.filter((n) => !list.some((other) => other !== n && other.contains(n)));
  }

  private forEachText(node: Node, visit: (text: Node) => void): void {
    if (node.nodeType === 3) {
      visit(node);
      return;
    }
    const walker = (node.ownerDocument ?? this.options.win.document).createTreeWalker(node, 0x4);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) visit(t);
  }

  /** Removes the bookkeeping of every entry touching a text node; returns those entries. */
  private forget(text: Node): HighlightEntry[] {
    const entries = this.byNode.get(text);
    if (!entries) return [];
    for (const entry of [...entries]) {
      this.entryCount--;
      for (const part of entry.parts) {
        const list = this.byNode.get(part.node);
        if (!list) continue;
        const rest = list.filter((e) => e !== entry);
        if (rest.length) this.byNode.set(part.node, rest);
        else this.byNode.delete(part.node);
      }
      const count = (this.counts.get(entry.termId) ?? 1) - 1;
      if (count > 0) this.counts.set(entry.termId, count);
      else this.counts.delete(entry.termId);
    }
    return entries;
  }

  private async scanRoots(roots: readonly Node[], generation: number, forgetFirst = true): Promise<void> {
    const { win, layer } = this.options;
    const matcher = this.matcher;
    const budget = this.options.sliceMs ?? 8;
    let changed = false;
    for (const root of roots) {
      // Old highlights inside a rescanned root go first, so nothing is counted twice.
      const stale: HighlightEntry[] = [];
      if (forgetFirst) this.forEachText(root, (t) => stale.push(...this.forget(t)));
      if (stale.length) {
        layer.remove(stale);
        changed = true;
      }
      layer.suspend();
      const segments = textSegments(root);
      let slices = 0;
      let read = 0;
      let sliceStart = performance.now();
      let batch: ScannedEntry[] = [];
      for (let segment = segments.next(); segment; segment = segments.next()) {
        // A huge text node (a whole resume pasted as one) is matched a window at a time, so no single
        // piece of work blocks the page for long.
        let from = 0;
        while (from < segment.text.length) {
          const to = windowEnd(segment.text, from);
          const from0 = from;
          const found = matcher.findAll(segment.text, from, to);
          for (const match of found) {
            const entry = this.entryFor(segment, match.start, match.end, match.termId);
            if (entry) batch.push(entry);
          }
          from = Math.max(to, found.at(-1)?.end ?? 0);
          // The clock is read every few pieces of text: reading it costs as much as matching a short one.
          read += to - from0;
          if (read < CLOCK_EVERY_CHARS) continue;
          read = 0;
          // The fallback layer rewrites text nodes when it draws, which would move a paused walker: it
          // finishes each root in one go (it only runs where the Highlight API is missing).
          if (layer.native && performance.now() - sliceStart > budget) {
            this.commit(batch);
            changed ||= batch.length > 0;
            batch = [];
            layer.resume();
            this.observer?.takeRecords();
            await yieldToPage(win, slices++);
            if (generation !== this.generation || this.options.signal.aborted) return;
            layer.suspend();
            sliceStart = performance.now();
          }
        }
      }
      this.commit(batch);
      changed ||= batch.length > 0;
      layer.resume();
      // The fallback layer's own wrapping is not a page change.
      if (!layer.native) this.observer?.takeRecords();
    }
    layer.settle();
    if (changed && generation === this.generation) this.options.onChange?.();
  }

  private entryFor(segment: TextSegment, start: number, end: number, termId: string): ScannedEntry | null {
    const { nodes, starts } = segment;
    const block = segment.block ?? this.options.root;
    if (nodes.length === 1) {
      const node = nodes[0] as Text;
      // The page changed this text while we were reading it; its mutation brings us back.
      if (end > node.length) return null;
      return new ScannedEntry(termId, block, this.rangeHome, node, start, end, undefined);
    }
    const first = nodeIndexAt(segment, start);
    const last = nodeIndexAt(segment, end, true);
    const parts: TextPart[] = [];
    for (let i = first; i <= last; i++) {
      const node = nodes[i] as Text;
      const from = i === first ? start - (starts[i] as number) : 0;
      const to = i === last ? end - (starts[i] as number) : node.length;
      if (to > node.length || from > to) return null;
      parts.push({ node, start: from, end: to });
    }
    const one = parts[0] as TextPart;
    return new ScannedEntry(termId, block, this.rangeHome, one.node, one.start, one.end, parts);
  }

  private commit(batch: readonly ScannedEntry[]): void {
    if (batch.length === 0) return;
    for (const entry of batch) {
      this.entryCount++;
      if (entry.inOneNode) this.index(entry.node, entry);
      else for (const part of entry.parts) this.index(part.node, entry);
      this.counts.set(entry.termId, (this.counts.get(entry.termId) ?? 0) + 1);
    }
    this.options.layer.add(batch);
  }

  private index(node: Text, entry: HighlightEntry): void {
    const list = this.byNode.get(node);
    if (list) list.push(entry);
    else this.byNode.set(node, [entry]);
  }
}
