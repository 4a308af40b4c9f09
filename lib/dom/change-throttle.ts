/**
 * Runs a piece of work at most once per interval, however often it is asked for: the first request in a
 * quiet spell runs at once, later ones are gathered into one run when the interval is over.
 */
export class ChangeThrottle {
  private last = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;

  constructor(
    private readonly intervalMs: number,
    private readonly work: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Asks for a run. A request made while the work runs is part of that run. */
  request(): void {
    if (this.running || this.timer !== null) return;
    const wait = this.last + this.intervalMs - this.now();
    if (wait <= 0) {
      this.run();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, wait);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): void {
    this.last = this.now();
    this.running = true;
    try {
      this.work();
    } finally {
      this.running = false;
    }
  }
}
