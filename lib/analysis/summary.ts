import type { Analysis } from './schema';
import { textReadNote } from './text-limit';

/** The years, or what is missing when there are none: never a bare "?". */
function yearsLine(a: Analysis): string {
  if (a.yearsOfExperience === null) return 'no dated roles and no stated years of experience';
  if (a.relevantYears === null)
    return `${a.yearsOfExperience} years in total (stated, undated); how many were in health plans is not stated`;
  return `${a.relevantYears} health-plan years of ${a.yearsOfExperience} total`;
}

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
  const cut = textReadNote(a.textRead);
  const lines = [
    file,
    ...(cut ? [`  Note: ${cut}`] : []),
    `  Level: ${level} \u2014 ${yearsLine(a)}; relevance: ${a.relevance}`,
    `  Specialty: ${specialtyLine(a)}`,
    '  Evidence:',
    ...a.evidence.map((e) => `    - ${e.text}`),
    `  Red flags:${a.redFlags.length === 0 ? ' none found' : ''}`,
    ...a.redFlags.map((f) => `    - ${f.title}: ${f.message}\n      Ask: ${f.question}`),
    `  Search titles: ${a.searchTitles.join(', ')}`,
    `  Boolean search: ${a.searchString}`,
    `  Google X-ray: ${a.xraySearchString}`,
    `  Terms (${a.terms.length}): ${a.terms.length === 0 ? 'none' : a.terms.map((t) => `${t.term} \u00d7${t.count}`).join(', ')}`,
    `  Interview questions:${a.interviewQuestions.length === 0 ? ' none' : ''}`,
    ...a.interviewQuestions.map(
      (q) => `    - (${q.level}) ${q.question}\n      Listen for: ${q.expectedAnswer}`,
    ),
  ];
  return lines.join('\n');
}
