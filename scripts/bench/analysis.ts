/**
 * `npm run bench:analysis [-- --sizes 100000,500000] [-- --limit-ms 30000]`: how long the analysis takes on
 * crafted texts that once made it slow (repeated stated years, runs of spaces, decoration, emphasis marks),
 * at each size, and how long the `analyze` command takes on a crafted file of each kind at the largest
 * size. Each figure comes from its own process, so one case's compiled code does not speed up the next and
 * a case that runs away is stopped at the limit instead of holding up the rest.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../../lib/analysis/analyze';

const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Texts a hostile page or file could hold, each aimed at a pattern or loop that once grew too fast. */
const CASES: Record<string, (size: number) => string> = {
  'stated years, one line': repeat('5 years experience '),
  'stated years, a line each': repeat('5 years experience\n'),
  'dated roles': repeat('Claims Analyst, Blue Plan HMO\nJan 2018 - Present\n'),
  'glossary terms': repeat('HMO PPO capitation prior authorization COB '),
  'spaces after a figure': (size) => `5${' '.repeat(size - 1)}`,
  'em spaces': (size) => `Claims${'\u2003'.repeat(size - 13)}Analyst`,
  'decoration runs': repeat(`${'='.repeat(2_000)}x\n`),
  'one long word': (size) => 'a'.repeat(size),
  'markdown emphasis': repeat('*a '),
};

const TODAY = new Date('2026-11-25T00:00:00Z');

function child(name: string, size: number): void {
  const make = CASES[name];
  if (!make) throw new Error(`no case "${name}"`);
  const text = make(size);
  const start = performance.now();
  const analysis = analyze(text, { today: TODAY });
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, read: analysis.textRead.chars, cut: analysis.textRead.cut }));
}

function run(args: string[], limitMs: number): { ms: number; stdout: string; stopped: boolean } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    encoding: 'utf8',
    timeout: limitMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (result.error && (result.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw result.error;
  return { ms, stdout: result.stdout ?? '', stopped: result.signal !== null };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      case: { type: 'string' },
      size: { type: 'string' },
      sizes: { type: 'string', default: '100000,500000' },
      'limit-ms': { type: 'string', default: '30000' },
    },
  });
  if (values.case) {
    child(values.case, Number(values.size));
    return;
  }
  const sizes = values.sizes.split(',').map(Number);
  const limitMs = Number(values['limit-ms']);
  const self = new URL(import.meta.url).pathname;
  const figure = (ms: number) => `${Math.round(ms)} ms`.padStart(10);

  console.log(`analyze() on crafted texts (its own process each; stopped after ${limitMs / 1000} s)\n`);
  console.log(
    `${'case'.padEnd(28)}${sizes.map((s) => `${s.toLocaleString('en-US')} chars`.padStart(16)).join('')}`,
  );
  for (const name of Object.keys(CASES)) {
    const cells = sizes.map((size) => {
      const { stdout, stopped } = run([self, '--case', name, '--size', String(size)], limitMs);
      if (stopped) return `> ${limitMs / 1000} s`.padStart(16);
      const { ms, cut } = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { ms: number; cut: boolean };
      return `${figure(ms)}${cut ? ' cut' : '    '}`.padStart(16);
    });
    console.log(`${name.padEnd(28)}${cells.join('')}`);
  }

  const largest = Math.max(...sizes);
  const dir = mkdtempSync(join(tmpdir(), 'hmo-lens-bench-'));
  try {
    console.log(
      `\nnpm run analyze on a crafted ${largest.toLocaleString('en-US')}-character .txt file (whole process)\n`,
    );
    const small = join(dir, 'small.txt');
    writeFileSync(small, 'Claims Analyst, Blue Plan HMO\nJan 2018 - Present\n');
    const startup = run(['scripts/analyze.ts', '--json', small], limitMs).ms;
    console.log(`${'a two-line resume (startup)'.padEnd(28)}${figure(startup)}`);
    for (const [name, make] of Object.entries(CASES)) {
      const file = join(dir, 'crafted.txt');
      writeFileSync(file, make(largest));
      const { ms, stopped } = run(['scripts/analyze.ts', '--json', file], limitMs);
      const beyond = stopped ? `> ${limitMs / 1000} s` : `${figure(ms - startup)} beyond startup`;
      console.log(`${name.padEnd(28)}${stopped ? '' : figure(ms)}   ${beyond}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
