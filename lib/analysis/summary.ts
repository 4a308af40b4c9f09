import type { Analysis } from './schema';
import { textReadNote } from './text-limit';

/** A readable plain-text summary of an analysis, as the CLI and the demo print it. */
export function summarize(file: string, a: Analysis): string {
  const level = { junior: 'Junior', mid: 'Mid', senior: 'Senior', unknown: 'Not enough information' }[
    a.level
  ];
  const years = (n: number | null) => (n === null ? '?' : String(n));
  const cut = textReadNote(a.textRead);
  const lines = [
    file,
    ...(cut ? [`  Note: ${cut}`] : []),
    `  Level: ${level} \u2014 ${years(a.relevantYears)} health-plan years of ${years(a.yearsOfExperience)} total; relevance: ${a.relevance}`,
    '  Evidence:',
    ...a.evidence.map((e) => `    - ${e.text}`),
    `  Red flags: ${a.redFlags.length === 0 ? 'none found' : ''}`,
    ...a.redFlags.map((f) => `    - ${f.title}: ${f.message}\n      Ask: ${f.question}`),
    `  Search titles: ${a.searchTitles.join(', ')}`,
    `  Boolean search: ${a.searchString}`,
    `  Google X-ray: ${a.xraySearchString}`,
    `  Terms: ${a.terms.length === 0 ? 'none' : a.terms.map((t) => `${t.term} \u00d7${t.count}`).join(', ')}`,
  ];
  return lines.join('\n');
}
