import type { Matcher } from '../matching/matcher';
import { forEachText, readChanges, rootsToRescan } from './changed-roots';
import { EntryIndex } from './entry-index';
import type { HighlightEntry } from './highlight-layer';
import { entryAtPoint } from './hit-test';
import { RescanBackoff } from './rescan-backoff';
import { ENTRY_COST, ScanPace, windowEnd } from './scan-pacing';
import { entryForMatch, type RangeHome, type ScannedEntry } from './scanned-entry';
import type { ScannerOptions } from './scanner-options';
import { openShadowRoots } from './shadow-roots';
import { textSegments } from './text-segments';

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** What setting up the scan of one root costs, in characters read (see ScanPace). */
const ROOT_COST = 64;
/** Highlights undrawn between two looks at the clock. */
const UNDRAW_CHUNK = 1_000;
/** What looking at a few hundred elements for shadow roots costs, in characters read. */
const SHADOW_WALK_COST = 2_048;

/**
 * Finds glossary terms in a page and keeps them highlighted as the page changes: a full scan in slices that
 * yield to the page, then a MutationObserver that rescans only what was added or changed and drops
 * highlights whose text the page removed.
 */
export class PageScanner {
  private readonly entries = new EntryIndex();
  /** Ranges are created only when drawn or asked for; this finds the entry of one that exists. */
  private readonly byRange = new WeakMap<AbstractRange, HighlightEntry>();
  private readonly rangeHome: RangeHome;
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;
  private running: Promise<void> = Promise.resolve();
  private matcher: Matcher;
  private readonly backoff: RescanBackoff;
  /** The open shadow roots scanned and watched, for mutations and hit-testing inside them. */
  private readonly shadows = new Set<ShadowRoot>();

  constructor(private readonly options: ScannerOptions) {
    this.matcher = options.matcher;
    this.backoff = new RescanBackoff(options.mutationDelayMs ?? 150);
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
    return this.entries.counts;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every highlighted entry of a term, in document order. */
  entriesOf(termId: string): HighlightEntry[] {
    return this.entries.entriesOf(termId);
  }

  entryAt(x: number, y: number): HighlightEntry | null {
    const { win, layer } = this.options;
    const name = layer.highlightName ?? undefined;
    return entryAtPoint(win, x, y, this.entries.byNode, this.byRange, name, [...this.shadows]);
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
    // Shadow roots are found again: the observer lets go of the old ones.
    this.observer?.disconnect();
    this.observer = null;
    this.shadows.clear();
    this.observe();
    this.pending = [];
    // Clearing highlights is a change even when the new scan finds none.
    const had = this.entries.size > 0;
    this.clearAll();
    this.running = this.scanRoots([this.options.root], generation).then((changed) =>
      this.reportChange(changed || had, generation),
    );
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
    this.entries.clear();
  }

  private observe(): void {
    if (this.observer || this.options.signal.aborted) return;
    const { MutationObserver } = this.options.win as unknown as typeof globalThis;
    const observer = new MutationObserver((records) => {
      for (const record of records) this.pending.push(record);
      this.flushTimer ??= setTimeout(() => void this.flushNow(), this.backoff.nextDelay());
    });
    observer.observe(this.options.root, OBSERVED);
    this.observer = observer;
  }

  private async flushNow(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const records = this.pending;
    this.pending = [];
    if (records.length === 0 || this.options.signal.aborted) return;
    const generation = this.generation;
    // Chained, not just awaited: a second batch that comes while this one waits must wait for this one
    // too, or both would rescan the same nodes side by side and count their terms twice.
    const run = this.running.then(() =>
      this.isCurrent(generation) ? this.rescanChanges(records, generation) : undefined,
    );
    this.running = run;
    await run;
    this.backoff.rescanned();
  }

  /** Drops the highlights of text the page removed or changed, then rescans what it added or changed. */
  private async rescanChanges(records: readonly MutationRecord[], generation: number): Promise<void> {
    const { win, layer } = this.options;
    const pace = new ScanPace(this.options.sliceMs ?? 8);
    let dropped: HighlightEntry[] = [];
    let droppedAny = false;
    const resume = async () => {
      await pace.yieldTo(win);
      return this.isCurrent(generation);
    };
    /**
     * Undraws what was forgotten so far. A changed node may have held thousands of highlights: they go a
     * chunk at a time, the page let in whenever the slice is used up. The fallback layer rewrites the page's
     * text on each removal, so it takes them in one go.
     */
    const undraw = async (): Promise<boolean> => {
      const gone = dropped;
      dropped = [];
      droppedAny ||= gone.length > 0;
      const chunk = layer.native ? UNDRAW_CHUNK : gone.length;
      for (let at = 0; at < gone.length; at += chunk) {
        const part = gone.slice(at, at + chunk);
        layer.remove(part);
        // The fallback layer's own unwrapping is no page change: taken before its records are delivered.
        if (!layer.native) this.observer?.takeRecords();
        else if (pace.spent(ENTRY_COST * part.length) && !(await resume())) return false;
      }
      return true;
    };
    const touched = await readChanges(records, {
      forget: (text) => this.entries.forget(text, dropped),
      pace,
      pause: layer.native ? async () => (await undraw()) && (await resume()) : null,
    });
    if (!touched || !(await undraw())) return;
    const roots = rootsToRescan(touched, this.options.root, this.shadows);
    const rescanned = await this.scanRoots(roots, generation, { pace, forgetFirst: true });
    // Text removed with nothing added in its place changes the highlights too.
    this.reportChange(rescanned || droppedAny, generation);
  }

  private isCurrent(generation: number): boolean {
    return generation === this.generation && !this.options.signal.aborted;
  }

  /**
   * Scans roots a slice at a time, on the pace of the work that found them if given. `forgetFirst` drops
   * what a root held before it is scanned again, so nothing is counted twice. Resolves whether the
   * highlights changed (false when superseded).
   */
  private async scanRoots(
    roots: readonly Node[],
    generation: number,
    { pace = new ScanPace(this.options.sliceMs ?? 8), forgetFirst = false } = {},
  ): Promise<boolean> {
    const { win, layer } = this.options;
    const matcher = this.matcher;
    const home = this.rangeHome;
    let changed = false;
    let batch: ScannedEntry[] = [];
    /** Hands the page what is found so far and lets it run; false when the scan is superseded. */
    const pause = async (): Promise<boolean> => {
      this.commit(batch);
      changed ||= batch.length > 0;
      batch = [];
      layer.resume();
      await pace.yieldTo(win);
      if (!this.isCurrent(generation)) return false;
      layer.suspend();
      return true;
    };
    const queue = [...roots];
    for (let next = 0; next < queue.length; next++) {
      const root = queue[next] as Node;
      // A root the page removed while an earlier one was scanned: its removal drops what it held.
      if (!root.isConnected) continue;
      // Old highlights inside a rescanned root go first, so nothing is counted twice.
      const stale: HighlightEntry[] = [];
      const walked = forgetFirst ? forEachText(root, (t) => this.entries.forget(t, stale)) : 0;
      if (stale.length) {
        layer.remove(stale);
        changed = true;
      }
      layer.suspend();
      // The fallback layer rewrites text nodes when it draws, which would move a paused walker: it
      // finishes each root in one go (it only runs where the Highlight API is missing).
      const cost = ROOT_COST + walked + ENTRY_COST * stale.length;
      if (layer.native && pace.spent(cost) && !(await pause())) return false;
      const segments = textSegments(root);
      for (let segment = segments.next(); segment; segment = segments.next()) {
        const block = segment.block ?? this.options.root;
        // A huge text node (a whole resume pasted as one) is matched a window at a time, so no single
        // piece of work blocks the page for long.
        let from = 0;
        while (from < segment.text.length) {
          const to = windowEnd(segment.text, from);
          const found = matcher.findAll(segment.text, from, to);
          for (const match of found) {
            const entry = entryForMatch(segment, match.start, match.end, match.termId, block, home);
            if (entry) batch.push(entry);
          }
          const read = to - from;
          from = Math.max(to, found.at(-1)?.end ?? 0);
          if (layer.native && pace.spent(read) && !(await pause())) return false;
        }
      }
      this.commit(batch);
      changed ||= batch.length > 0;
      batch = [];
      layer.resume();
      // The fallback layer's own wrapping is not a page change.
      if (!layer.native) this.observer?.takeRecords();
      // The fallback layer would rewrite a component's own DOM: shadow roots only with the native one.
      if (!this.options.shadowRoots || !layer.native) continue;
      for (const shadow of openShadowRoots(root)) {
        if (shadow === null) {
          if (pace.spent(SHADOW_WALK_COST) && !(await pause())) return false;
        } else if (!this.shadows.has(shadow)) {
          this.shadows.add(shadow);
          this.observer?.observe(shadow, OBSERVED);
          queue.push(shadow);
        }
      }
    }
    layer.settle();
    return changed;
  }

  /** Tells the caller the highlights changed, unless a later scan has taken over. */
  private reportChange(changed: boolean, generation: number): void {
    if (changed && generation === this.generation) this.options.onChange?.();
  }

  private commit(batch: readonly ScannedEntry[]): void {
    if (batch.length === 0) return;
    this.entries.add(batch);
    this.options.layer.add(batch);
  }
}
