import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeThrottle } from '../../../lib/dom/change-throttle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ChangeThrottle', () => {
  it('runs at once after a quiet spell, then gathers requests into one run per interval', () => {
    let now = 1_000;
    const runs: number[] = [];
    const throttle = new ChangeThrottle(
      200,
      () => runs.push(now),
      () => now,
    );
    throttle.request();
    expect(runs).toEqual([1_000]);
    now = 1_050;
    throttle.request();
    throttle.request();
    expect(runs).toEqual([1_000]);
    now = 1_200;
    vi.advanceTimersByTime(150);
    expect(runs).toEqual([1_000, 1_200]);
    now = 1_500;
    throttle.request();
    expect(runs).toEqual([1_000, 1_200, 1_500]);
  });

  it('takes a request made by the work itself as part of that run, and cancels a waiting run', () => {
    let now = 0;
    let runs = 0;
    const throttle: ChangeThrottle = new ChangeThrottle(
      100,
      () => {
        runs++;
        throttle.request();
      },
      () => now,
    );
    throttle.request();
    expect(runs).toBe(1);
    now = 10;
    throttle.request();
    throttle.cancel();
    vi.advanceTimersByTime(1_000);
    expect(runs).toBe(1);
  });
});
