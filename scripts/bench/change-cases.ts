/**
 * The page changes of issue 12 §2, each timed with and without HMO Lens in a tab of its own: one character
 * edited in a text node of 20,000 matches, 5,000 and 20,000 paragraphs appended in one task, and a page that
 * rewrites its text every 16 ms. Prints the longest task of each; for the page that never settles, also the
 * main-thread task time (Chromium's TaskDuration metric) and how many rescans HMO Lens made.
 */
import type { Page } from 'playwright-core';
import { bigNodePage, manyNodesPage, paragraphs } from './pages';

type Call = <T>(page: Page, fn: string, ...args: unknown[]) => Promise<T>;

export interface ChangeCase {
  case: string;
  longestTaskMs: { with: number; without: number };
  /** From the change until HMO Lens had caught up. */
  catchUpMs?: number;
  taskSeconds?: { with: number; without: number };
  rescans?: number;
}

/** How long the page that never settles runs, per side (the probe ran 20 s). */
const UNSETTLED_SECONDS = 10;

const round = (n: number) => Math.round(n * 10) / 10;

async function taskSeconds(page: Page, run: () => Promise<unknown>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const before = await metric();
  await run();
  const spent = (await metric()) - before;
  await cdp.detach();
  return spent;
}

export async function changeCases(open: (html: string) => Promise<Page>, call: Call): Promise<ChangeCase[]> {
  const results: ChangeCase[] = [];
  const both = async (html: string, fn: string, ...args: unknown[]) => {
    const out: Array<{ longestTaskMs: number; ms: number }> = [];
    for (const withHmoLens of [true, false]) {
      const tab = await open(html);
      out.push(await call(tab, fn, args[0], withHmoLens, ...args.slice(1)));
      await tab.close();
    }
    const [on, off] = out as [{ longestTaskMs: number; ms: number }, { longestTaskMs: number; ms: number }];
    return {
      longestTaskMs: { with: round(on.longestTaskMs), without: round(off.longestTaskMs) },
      catchUpMs: round(on.ms),
    };
  };
  process.stderr.write('bench: page changes…\n');
  results.push({
    case: 'edit 1 char in a 20k-match node',
    ...(await both(bigNodePage(20_000), 'change', 'edit')),
  });
  const base = manyNodesPage(100_000, 1 / 16, 7);
  for (const count of [5_000, 20_000])
    results.push({
      case: `append ${count / 1000}k nodes in one task`,
      ...(await both(base, 'change', 'append', count)),
    });
  const text = paragraphs(200, 9);
  const sides: Array<{ longestTaskMs: number; rescans: number; seconds: number }> = [];
  for (const withHmoLens of [true, false]) {
    const tab = await open('<!doctype html><html><body></body></html>');
    let run = { longestTaskMs: 0, rescans: 0 };
    const seconds = await taskSeconds(tab, async () => {
      run = await call(tab, 'unsettled', text, UNSETTLED_SECONDS, withHmoLens);
    });
    sides.push({ ...run, seconds });
    await tab.close();
  }
  const [on, off] = sides as [(typeof sides)[0], (typeof sides)[0]];
  results.push({
    case: `text rewritten every 16 ms for ${UNSETTLED_SECONDS} s`,
    longestTaskMs: { with: round(on.longestTaskMs), without: round(off.longestTaskMs) },
    taskSeconds: { with: round(on.seconds), without: round(off.seconds) },
    rescans: on.rescans,
  });
  return results;
}

export function printChangeCases(rows: readonly ChangeCase[]): void {
  const cells = rows.map((r) => [
    r.case,
    `${r.longestTaskMs.with} / ${r.longestTaskMs.without}`,
    r.catchUpMs === undefined ? '–' : String(r.catchUpMs),
    r.taskSeconds ? `${r.taskSeconds.with} / ${r.taskSeconds.without}` : '–',
    r.rescans === undefined ? '–' : String(r.rescans),
  ]);
  const header = [
    'page change',
    'longest task ms (with / without)',
    'caught up ms',
    'task s (with / without)',
    'rescans',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i] as number)).join('  ');
  console.log(`\n${line(header)}`);
  for (const c of cells) console.log(line(c));
}
