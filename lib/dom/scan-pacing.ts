/** Characters read between two looks at the clock (about 0.1 ms of work). */
const CLOCK_EVERY_CHARS = 2_048;

/** What forgetting and undrawing one highlight costs, in characters read (a node may hold thousands). */
export const ENTRY_COST = 16;

/** Characters matched in one go; a window ends at the next whitespace so no word is cut. */
const WINDOW = 16_384;
const SPACE = /\s/g;

/** Where the window of text that starts at `from` ends. */
export function windowEnd(text: string, from: number): number {
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
export function yieldToPage(win: Window, slice: number): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (slice % 8 !== 7 && typeof scheduler?.yield === 'function') return scheduler.yield();
  return macrotask();
}

/**
 * Keeps a scan's slices of work within a time budget, across every root it scans: work is counted in
 * characters (or what a root's setting up costs in characters), and the clock is read only every
 * CLOCK_EVERY_CHARS, since reading it costs as much as matching a short text.
 */
export class ScanPace {
  private read = 0;
  private sliceStart: number;
  private slices = 0;

  constructor(
    private readonly budgetMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sliceStart = now();
  }

  /** Counts work worth `chars` characters; true when the slice has used its time. */
  spent(chars: number): boolean {
    this.read += chars;
    if (this.read < CLOCK_EVERY_CHARS) return false;
    this.read = 0;
    return this.now() - this.sliceStart > this.budgetMs;
  }

  /** Lets the page run, then starts the next slice. */
  async yieldTo(win: Window): Promise<void> {
    await yieldToPage(win, this.slices++);
    this.sliceStart = this.now();
  }
}
