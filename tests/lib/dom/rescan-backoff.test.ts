import { describe, expect, it } from 'vitest';
import { RescanBackoff } from '../../../lib/dom/rescan-backoff';

/**
 * Simulates a page changing every `everyMs` for `forMs`, with rescans that take `rescanMs`, the way the
 * scanner uses the backoff; returns how many rescans ran and the longest wait.
 */
function simulate(everyMs: number, forMs: number, rescanMs = 5) {
  let now = 0;
  const backoff = new RescanBackoff(150, () => now);
  let due: number | null = null;
  let rescans = 0;
  let longest = 0;
  for (let change = 0; change <= forMs; change += everyMs) {
    while (due !== null && due <= change) {
      now = due;
      rescans++;
      now += rescanMs;
      backoff.rescanned();
      due = null;
    }
    now = change;
    if (due === null) {
      const delay = backoff.nextDelay();
      longest = Math.max(longest, delay);
      due = now + delay;
    }
  }
  return { rescans, longest };
}

describe('RescanBackoff', () => {
  it('rescans a page that never settles a few times, not once per short delay', () => {
    const { rescans, longest } = simulate(16, 20_000);
    // 20 s at the base delay would be over 120 rescans.
    expect(rescans).toBeLessThan(20);
    expect(longest).toBe(2_000);
  });

  it('keeps the short delay for a page that changes now and then', () => {
    let now = 0;
    const backoff = new RescanBackoff(150, () => now);
    for (let i = 0; i < 10; i++) {
      expect(backoff.nextDelay()).toBe(150);
      now += 150;
      backoff.rescanned();
      now += 1_000;
    }
  });

  it('goes back to the short delay once the page settles', () => {
    let now = 0;
    const backoff = new RescanBackoff(150, () => now);
    backoff.rescanned();
    const delays = [1, 2, 3, 4, 5, 6].map(() => {
      now += 10;
      const delay = backoff.nextDelay();
      now += delay;
      backoff.rescanned();
      return delay;
    });
    expect(delays).toEqual([300, 600, 1_200, 2_000, 2_000, 2_000]);
    now += 2_500;
    expect(backoff.nextDelay()).toBe(150);
  });

  it('never waits with a zero base delay', () => {
    let now = 0;
    const backoff = new RescanBackoff(0, () => now);
    backoff.rescanned();
    now += 1;
    expect(backoff.nextDelay()).toBe(0);
  });
});
