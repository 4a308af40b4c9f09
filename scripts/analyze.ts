/**
 * `npm run analyze -- [--json] [--today YYYY-MM-DD] [--password X] [--time-limit MS] FILE...`: analyses
 * resume files (.txt, .md, .html, .pdf, .docx) with the same lib/ code the extension runs, and prints a
 * summary or one JSON object per file. `--password` opens password-protected PDFs, as the reader's prompt
 * does. A file whose analysis outlasts the time limit (2 s unless told) is reported, not analysed.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { analyzeInTime } from '../lib/analysis/analyze';
import { summarize } from '../lib/analysis/summary';
import { ANALYSIS_TIME_LIMIT_MS, stoppedNote } from '../lib/analysis/time-budget';
import { ExtractError } from '../lib/extract/extract-error';
import { FileError, readResume } from './analyze/read-resume';

const CliSchema = z.object({
  json: z.boolean().default(false),
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    // Date.parse rolls 2026-02-30 over to 2 March: a real date reads back as itself.
    .refine((s) => {
      const date = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
    }, 'not a real date')
    .optional(),
  /** Tried on every protected PDF given; unprotected files ignore it. */
  password: z.string().min(1, 'must not be empty').max(1_024, 'too long').optional(),
  'time-limit': z
    .string()
    .regex(/^\d{1,9}$/, 'expected a whole number of milliseconds')
    .transform(Number)
    .default(ANALYSIS_TIME_LIMIT_MS),
  help: z.boolean().default(false),
  files: z.array(z.string()),
});

const USAGE =
  'usage: npm run analyze -- [--json] [--today YYYY-MM-DD] [--password X] [--time-limit MS] FILE...   (.txt, .md, .html, .pdf or .docx)';

async function main(): Promise<number> {
  let input: z.infer<typeof CliSchema>;
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        today: { type: 'string' },
        password: { type: 'string' },
        'time-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const parsed = CliSchema.safeParse({ ...values, files: positionals });
    if (!parsed.success) {
      console.error(
        `analyze: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      console.error(USAGE);
      return 2;
    }
    input = parsed.data;
  } catch (error) {
    console.error(`analyze: ${(error as Error).message}`);
    console.error(USAGE);
    return 2;
  }
  if (input.help) {
    console.log(USAGE);
    return 0;
  }
  if (input.files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const today = input.today ? new Date(`${input.today}T00:00:00Z`) : new Date();
  let failed = 0;
  let printed = 0;
  for (const file of input.files) {
    try {
      const { text, layout, notice } = await readResume(file, input.password);
      if (notice) console.error(`analyze: ${file}: ${notice}`);
      const outcome = analyzeInTime(text, {
        today,
        layout,
        clock: performance,
        limitMs: input['time-limit'],
      });
      if (outcome.kind === 'too-slow') {
        failed++;
        console.error(`analyze: ${file}: ${stoppedNote(outcome.stopped, 'file')}`);
        continue;
      }
      const { analysis } = outcome;
      if (input.json) console.log(JSON.stringify({ file, ...analysis }));
      else console.log(`${printed > 0 ? '\n' : ''}${summarize(file, analysis)}`);
      printed++;
    } catch (error) {
      failed++;
      const reason =
        error instanceof FileError || error instanceof ExtractError
          ? error.message
          : `This file could not be analysed (${(error as Error).message}).`;
      const hint =
        error instanceof ExtractError && error.code === 'password' ? ' Give it with --password.' : '';
      console.error(`analyze: ${file}: ${reason}${hint}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

// `npm run analyze -- *.txt | head -3`: once the reader has gone, stop quietly instead of a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main();
