import type { Analysis } from './schema';

/** "Claims · Medicare Advantage": the line of work, then the lines of business. */
export function specialtyLine(a: Pick<Analysis, 'specialties' | 'planContexts'>): string {
  const parts = [...a.specialties.map((s) => s.short), ...a.planContexts.map((c) => c.label)];
  return parts.length === 0 ? 'not identified' : parts.join(' \u00b7 ');
}

/** A readable plain-text summary of an analysis, as the CLI and the demo print it. */
export function summarize(file: string, a: Analysis): string {
  const level = { junior: 'Junior', mid: 'Mid', senior: 'Senior', unknown: 'Not enough information' }[
    a.level
  ];
  const years = (n: number | null) => (n === null ? '?' : String(n));
  const lines = [
    file,
    `  Level: ${level} \u2014 ${years(a.relevantYears)} health-plan years of ${years(a.yearsOfExperience)} total; relevance: ${a.relevance}`,
    `  Specialty: ${specialtyLine(a)}`,
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
