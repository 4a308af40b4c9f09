import { yieldToPage } from './scan-pacing';

/** Most blocks one watched element may stand for, and how far above a block it may be. */
const GROUP = 32;
const MAX_CLIMB = 12;
/**
 * Blocks given targets in one task. A scan of a 5 MB page ends with tens of thousands of new blocks:
 * choosing and observing their targets in one go was the longest task of the scan.
 */
const WATCH_CHUNK = 250;

/**
 * The element watched for each block of highlights, and the blocks each watched element stands for. An
 * IntersectionObserver's work grows with its number of targets on every frame that scrolls, so blocks that
 * sit together share one target: the highest ancestor holding no more than GROUP of them.
 */
export class WatchTargets {
  private readonly targetOf = new Map<Element, Element>();
  private readonly blocksOf = new Map<Element, Set<Element>>();
  /** Targets the observer last reported within a screen's height of the viewport. */
  private readonly nearTargets = new Set<Element>();
  /** Blocks waiting for a target (see `watchSoon`), and a count of `clear`s that drops what waits. */
  private queue: Element[] = [];
  private draining = false;
  private cleared = 0;

  constructor(
    private readonly doc: Document,
    private readonly observer: IntersectionObserver | null,
  ) {}

  has(block: Element): boolean {
    return this.targetOf.has(block);
  }

  isNear(block: Element): boolean {
    const target = this.targetOf.get(block);
    return target !== undefined && this.nearTargets.has(target);
  }

  /** Records what the observer reported of a target; returns the blocks it stands for. */
  setNear(target: Element, near: boolean): Iterable<Element> {
    if (near) this.nearTargets.add(target);
    else this.nearTargets.delete(target);
    return this.blocksOf.get(target) ?? [];
  }

  /**
   * Picks each new block's target and starts watching the targets not yet watched; `onNear` is called for
   * a block whose target is already near. Blocks come in runs of siblings (the items of a list), so the
   * climb is made once per parent.
   */
  watch(blocks: readonly Element[], onNear: (block: Element) => void): void {
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
        this.observer?.observe(target);
      }
      group.add(block);
      if (this.nearTargets.has(target)) onNear(block);
    }
  }

  /**
   * Watches blocks WATCH_CHUNK at a time, letting the page run between two chunks; the first chunk is
   * watched at once. A block that is gone by its turn (`keep` says no) is passed over.
   */
  watchSoon(
    win: Window,
    blocks: readonly Element[],
    keep: (block: Element) => boolean,
    onNear: (block: Element) => void,
  ): void {
    for (const block of blocks) this.queue.push(block);
    if (!this.draining) void this.drain(win, keep, onNear);
  }

  private async drain(win: Window, keep: (block: Element) => boolean, onNear: (block: Element) => void) {
    this.draining = true;
    const cleared = this.cleared;
    for (let at = 0, chunk = 0; at < this.queue.length; at += WATCH_CHUNK, chunk++) {
      if (chunk > 0) {
        await yieldToPage(win, chunk);
        if (cleared !== this.cleared) return;
      }
      const next = this.queue.slice(at, at + WATCH_CHUNK).filter((block) => keep(block) && !this.has(block));
      this.watch(next, onNear);
    }
    this.queue = [];
    this.draining = false;
  }

  /** Stops standing for a block; a target left with none is no longer watched. */
  forget(block: Element): void {
    const target = this.targetOf.get(block);
    if (!target) return;
    this.targetOf.delete(block);
    const group = this.blocksOf.get(target);
    group?.delete(block);
    if (group?.size === 0) {
      this.blocksOf.delete(target);
      this.nearTargets.delete(target);
      this.observer?.unobserve(target);
    }
  }

  clear(): void {
    this.queue = [];
    this.draining = false;
    this.cleared++;
    this.targetOf.clear();
    this.blocksOf.clear();
    this.nearTargets.clear();
    this.observer?.disconnect();
  }
}
