/**
 * Runs inside a LinkedIn fixture page (bundled by scripts/bench/linkedin.ts): what the content script does
 * from document_idle on a profile, driven directly so it can be timed. Compiling the matcher is included:
 * a fresh page pays for it too.
 */
import { analyze } from '../../../lib/analysis/analyze';
import { createHighlightLayer } from '../../../lib/dom/highlight-layer';
import { linkedInScope } from '../../../lib/dom/linkedin/read-profile';
import { PageScanner } from '../../../lib/dom/page-scanner';
import { readPage } from '../../../lib/dom/page-text';
import { GLOSSARY } from '../../../lib/glossary';
import { compileMatcher } from '../../../lib/matching/matcher';

/** Resolves once the browser has rendered a frame (what was registered before it is drawn). */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function run(): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  const matcher = compileMatcher(GLOSSARY);
  const compiled = performance.now();
  const root = linkedInScope(document, location.href) ?? document.body;
  const layer = createHighlightLayer(window, { nearViewportOnly: true, inheritedHighlights: true });
  const controller = new AbortController();
  const scanner = new PageScanner({ win: window, root, matcher, layer, signal: controller.signal });
  await scanner.start();
  const scanned = performance.now();
  await nextFrame();
  const drawn = performance.now();
  const reading = readPage(document, location.href);
  const read = performance.now();
  const analysis = analyze(reading.text);
  const analysed = performance.now();
  controller.abort();
  layer.destroy();
  return {
    compileMs: compiled - t0,
    scanMs: scanned - compiled,
    firstHighlightsMs: drawn - t0,
    readMs: read - drawn,
    analyzeMs: analysed - read,
    analysisReadyMs: analysed - t0,
    matches: scanner.size,
    level: analysis.level,
    years: `${analysis.relevantYears}/${analysis.yearsOfExperience}`,
  };
}

(window as unknown as { hmoLinkedInBench: { run: typeof run } }).hmoLinkedInBench = { run };
