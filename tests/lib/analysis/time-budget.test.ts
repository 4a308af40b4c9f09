import { describe, expect, it } from 'vitest';
import { analyze, analyzeInTime } from '../../../lib/analysis/analyze';
import { findSpecialties } from '../../../lib/analysis/specialty';
import {
  ANALYSIS_TIME_LIMIT_MS,
  OutOfTime,
  stoppedNote,
  timeBudget,
} from '../../../lib/analysis/time-budget';
import { TODAY } from '../../fixtures/resumes/expected';
import { resumeText } from '../../support/resume-text';

/** A clock that moves on by `step` ms each time it is read, and counts its readings. */
function steppingClock(step: number) {
  let time = 0;
  const clock = {
    reads: 0,
    now() {
      clock.reads++;
      time += step;
      return time;
    },
  };
  return clock;
}

/** A thousand dated roles: the role stage's work grows with them, as on a crafted page. */
const MANY_ROLES = 'Claims Analyst, Blue Plan HMO\nJan 2018 - Present\nAdjudicated claims.\n\n'.repeat(1_000);

describe('analyzeInTime', () => {
  it('gives the same analysis as analyze when the time suffices', () => {
    const text = resumeText('mid-member-services.md');
    const outcome = analyzeInTime(text, { today: TODAY, clock: steppingClock(1) });
    expect(outcome).toEqual({ kind: 'done', analysis: analyze(text, { today: TODAY }) });
  });

  it('stops inside the role stage once the time is spent, instead of reading every role', () => {
    // One millisecond a reading: a bound checked only between stages would never reach 50 ms here.
    const clock = steppingClock(1);
    const outcome = analyzeInTime(MANY_ROLES, { today: TODAY, clock, limitMs: 50 });
    expect(outcome).toEqual({ kind: 'too-slow', stopped: { afterMs: 50 } });
    // Stopped at the first reading past the limit: nothing ran on after it.
    expect(clock.reads).toBe(51);
  });

  it('stops at the first check when a stage alone outlasts the limit', () => {
    const outcome = analyzeInTime(resumeText('mid-member-services.md'), {
      today: TODAY,
      clock: steppingClock(ANALYSIS_TIME_LIMIT_MS + 500),
    });
    expect(outcome).toEqual({ kind: 'too-slow', stopped: { afterMs: ANALYSIS_TIME_LIMIT_MS + 500 } });
  });

  it('lets errors other than running out of time through', () => {
    const clock = {
      now: () => {
        throw new Error('clock broke');
      },
    };
    expect(() => analyzeInTime('Claims Analyst', { clock })).toThrow('clock broke');
  });
});

describe('the budget inside the costly stages', () => {
  it('is checked for every specialty the text is scored against', () => {
    const clock = steppingClock(1);
    const budget = timeBudget(3, clock);
    expect(() => findSpecialties({ titles: ['Claims Examiner'], workText: 'claims', budget })).toThrow(
      OutOfTime,
    );
    expect(clock.reads).toBe(4);
  });

  it('is spent at once when the limit is 0, whatever the clock says', () => {
    const budget = timeBudget(0, { now: () => 7 });
    expect(() => budget.check()).toThrow(OutOfTime);
  });
});

describe('what the recruiter is told', () => {
  it('says in plain words that the page was too large or slow, and after how long', () => {
    expect(stoppedNote({ afterMs: 2_004 })).toBe(
      'This page is too large or too slow to analyse: HMO Lens stopped after 2 s, so there is no level or summary for it.',
    );
    expect(stoppedNote({ afterMs: 2_460 }, 'file')).toMatch(/^This file .* after 2\.5 s/);
  });
});
