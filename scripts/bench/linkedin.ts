/**
 * `npm run bench:linkedin [-- --runs N]`: on each LinkedIn design's fixture, served at a real
 * linkedin.com address in Debian's Chromium, the content script's work from document_idle to its first
 * highlights drawn and to the analysis ready. Cold: every run is a new browser context (a new renderer
 * process, nothing compiled or cached). Prints medians and the slowest run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { LINKEDIN_FIXTURES, LINKEDIN_LAYOUTS } from '../../tests/support/linkedin-layouts';

const args = z
  .object({ runs: z.coerce.number().int().min(1).max(50).default(7) })
  .parse(parseArgs({ options: { runs: { type: 'string' } } }).values);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAYOUTS = [
  ...LINKEDIN_LAYOUTS,
  [
    'classic details',
    'https://www.linkedin.com/in/dana-whitfield/details/experience/',
    'classic-experience-details.html',
  ],
] as const;

type Run = Record<string, number | string>;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'linkedin', 'in-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    tsconfigRaw: {},
    logLevel: 'silent',
  });
  const benchJs = bundle.outputFiles[0]?.text ?? '';
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    console.log(
      'layout             page KB  first highlights ms (median / max)  analysis ready ms (median / max)  level, years',
    );
    for (const [label, url, file] of LAYOUTS) {
      const html = readFileSync(join(LINKEDIN_FIXTURES, file), 'utf8');
      const runs: Run[] = [];
      for (let i = 0; i < args.runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        // Nothing reaches the network: the profile is answered from its fixture, anything else fails.
        await context.route('**/*', (route) =>
          new URL(route.request().url()).pathname === new URL(url).pathname
            ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
            : route.abort('blockedbyclient'),
        );
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await page.addScriptTag({ content: benchJs });
        runs.push(
          (await page.evaluate(() =>
            (window as unknown as { hmoLinkedInBench: { run(): Promise<unknown> } }).hmoLinkedInBench.run(),
          )) as Run,
        );
        await context.close();
      }
      const figure = (key: string) => {
        const values = runs.map((r) => r[key] as number);
        return `${median(values).toFixed(1)} / ${Math.max(...values).toFixed(1)}`;
      };
      const last = runs[runs.length - 1] as Run;
      console.log(
        `${label.padEnd(18)} ${String(Math.round(html.length / 1024)).padStart(7)}  ${figure('firstHighlightsMs').padStart(34)}  ${figure('analysisReadyMs').padStart(32)}  ${last.level}, ${last.years}`,
      );
      console.log(
        `${''.padEnd(18)} compile ${figure('compileMs')}, scan ${figure('scanMs')}, read profile ${figure('readMs')}, analyze ${figure('analyzeMs')} (${last.matches} matches)`,
      );
    }
  } finally {
    await browser.close();
  }
}

await main();
