import { z } from 'zod/mini';

/** Milliseconds from any fixed start: `performance` in the extension and the CLI, a fake one in tests. */
export interface Clock {
  now(): number;
}

/**
 * How long one analysis may take. The background analyses one page at a time for every tab, so an
 * analysis that ran on would keep every other tab's popup waiting; a real resume takes tens of milliseconds.
 */
export const ANALYSIS_TIME_LIMIT_MS = 2_000;

/** Thrown from inside an analysis whose time ran out, and caught by `analyzeInTime` only. */
export class OutOfTime extends Error {
  constructor(readonly afterMs: number) {
    super(`analysis stopped after ${afterMs} ms`);
    this.name = 'OutOfTime';
  }
}

/** Checked between the analysis's stages and inside its loops over roles, blocks and specialties. */
export interface TimeBudget {
  /** Throws `OutOfTime` once the time is spent. */
  check(): void;
}

/** No limit: callers that analyse one known file (tests, the reader's own resume) need none. */
export const UNLIMITED: TimeBudget = { check: () => {} };

/** A budget of `limitMs` from now; a limit of 0 is spent at the first check, whatever the clock. */
export function timeBudget(limitMs: number, clock: Clock): TimeBudget {
  const start = clock.now();
  return {
    check() {
      const spent = clock.now() - start;
      if (spent >= limitMs) throw new OutOfTime(Math.round(spent));
    },
  };
}

/** An analysis that was stopped: how long it had run. */
export const AnalysisStoppedSchema = z.object({ afterMs: z.int().check(z.nonnegative()) });
export type AnalysisStopped = z.infer<typeof AnalysisStoppedSchema>;

/** What the recruiter is told about a stopped analysis, in plain words; `thing` is "page" or "file". */
export function stoppedNote({ afterMs }: AnalysisStopped, thing = 'page'): string {
  const seconds = (afterMs / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 });
  return `This ${thing} is too large or too slow to analyse: HMO Lens stopped after ${seconds} s, so there is no level or summary for it.`;
}
