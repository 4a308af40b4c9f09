/** The longest wait between two rescans of a page that keeps changing. */
const MAX_DELAY_MS = 2_000;

/**
 * How long the scanner gathers a page's changes before rescanning them. A page that changes and then
 * settles gets the short base delay; a page whose changes keep coming (a ticker, an animation written in
 * text) has the delay doubled each time it changes again within the last delay of a rescan, up to
 * MAX_DELAY_MS, so it is rescanned a few times a minute instead of several times a second.
 */
export class RescanBackoff {
  private delay: number;
  private lastRescan = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly baseMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.delay = baseMs;
  }

  /** The wait before rescanning changes that start now. */
  nextDelay(): number {
    const busy = this.now() - this.lastRescan < Math.max(this.delay, this.baseMs);
    this.delay = busy ? Math.min(MAX_DELAY_MS, Math.max(this.baseMs, this.delay * 2)) : this.baseMs;
    return this.delay;
  }

  /** A rescan of the gathered changes is done. */
  rescanned(): void {
    this.lastRescan = this.now();
  }
}
