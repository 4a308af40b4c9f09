/** What the benchmark measures inside a page besides the scan's own figures: a page timer's wait, a profile. */
import type { Page } from 'playwright-core';

/**
 * One scan with a 5 ms timer of the page's running beside it: the longest the timer waited between two
 * ticks while the scan ran (from the scan's start to its end, as the scan itself reports them).
 */
export function timerWaitDuringScan(page: Page, sliceMs: number | undefined): Promise<number> {
  return page.evaluate(async (slice) => {
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 5);
    const bench = (window as unknown as { hmoBench: { scan(ms?: number): Promise<{ ms: number }> } })
      .hmoBench;
    const { ms } = await bench.scan(slice);
    const end = performance.now();
    clearInterval(timer);
    ticks.push(end);
    let longest = 0;
    for (let k = 1; k < ticks.length; k++) {
      if ((ticks[k] as number) < end - ms) continue;
      longest = Math.max(longest, (ticks[k] as number) - Math.max(ticks[k - 1] as number, end - ms));
    }
    return longest;
  }, sliceMs);
}

/** Self time per function over a few scans, from Chromium's sampling profiler. */
export async function profileScans(page: Page, scan: () => Promise<unknown>, runs: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < runs; i++) await scan();
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map<number, number>();
  profile.timeDeltas?.forEach((delta, i) => {
    const id = profile.samples?.[i] as number;
    dt.set(id, (dt.get(id) ?? 0) + delta / 1000);
  });
  const self = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'}${lineNumber >= 0 ? `:${lineNumber + 1}` : ''}`;
    self.set(name, (self.get(name) ?? 0) + (dt.get(node.id) ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile of ${runs} scans (self time, ms per scan):`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(
      `  ${(ms / runs).toFixed(1).padStart(7)}  ${((100 * ms) / total).toFixed(0).padStart(3)}%  ${name}`,
    );
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
