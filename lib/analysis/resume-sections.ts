import { findDateRanges } from './experience-dates';

/** Which part of a resume a line belongs to; only `experience` lines can hold roles. */
export type SectionKind = 'experience' | 'education' | 'other' | 'unknown';

const EXPERIENCE = [
  'experience',
  'professional experience',
  'work experience',
  'relevant experience',
  'related experience',
  'employment',
  'employment history',
  'employment experience',
  'work history',
  'career history',
  'professional history',
  'career experience',
  'professional background',
  'healthcare experience',
  'health care experience',
  'managed care experience',
  'additional experience',
  'other experience',
  'previous experience',
  'experience highlights',
];
const EDUCATION = [
  'education',
  'education and training',
  'education & training',
  'academic background',
  'academic history',
  'training',
  'certifications',
  'certification',
  'licenses',
  'licenses and certifications',
  'licenses & certifications',
  'licensure',
  'certifications and licenses',
  'education and certifications',
  'education & certifications',
  'professional development',
];
const OTHER = [
  'summary',
  'professional summary',
  'career summary',
  'summary of qualifications',
  'qualifications',
  'profile',
  'professional profile',
  'objective',
  'career objective',
  'about',
  'skills',
  'core competencies',
  'key skills',
  'technical skills',
  'areas of expertise',
  'expertise',
  'competencies',
  'highlights',
  'awards',
  'honors',
  'volunteer',
  'volunteer experience',
  'volunteering',
  'community involvement',
  'languages',
  'references',
  'interests',
  'publications',
  'projects',
  'activities',
  'affiliations',
  'professional affiliations',
  'memberships',
  'contact',
  'recommendations',
];

const HEADINGS = new Map<string, SectionKind>([
  ...EXPERIENCE.map((h) => [h, 'experience'] as const),
  ...EDUCATION.map((h) => [h, 'education'] as const),
  ...OTHER.map((h) => [h, 'other'] as const),
]);

/** The section a heading line opens, or null when the line is not a heading. */
export function headingKind(line: string): SectionKind | null {
  // Headings are short; the length check also keeps the trimming below off very long lines.
  if (line.length > 80) return null;
  const key = line
    .trim()
    .replace(/^[#*=_\-\s]+|[#*=_:\-\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (key.length === 0 || key.length > 40) return null;
  return HEADINGS.get(key) ?? null;
}

/**
 * A heading that shares its line with the first entry of its section, as PDF text often gives it
 * ("Experience 04/2012 to Current", "EXPERIENCE: Claims Examiner"). Only taken as a heading when the rest
 * holds a date range, or the heading is set apart by capitals or a colon: "Experience with Facets" is a
 * sentence, not a heading.
 */
function gluedHeading(line: string): { kind: SectionKind; rest: string } | null {
  const words = line.trim().split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const kind = headingKind(head);
    if (!kind) continue;
    const rest = words.slice(n).join(' ');
    const setApart = /:$/.test(head) || (head === head.toUpperCase() && /[A-Z]{4}/.test(head));
    if (setApart || findDateRanges(rest).length > 0)
      return { kind, rest: rest.replace(/^[:\s|\u2013\u2014-]+/, '') };
  }
  return null;
}

export interface SectionedLine {
  text: string;
  section: SectionKind;
}

/** Tags each line with its section. Before any heading, lines are `unknown`. */
export function sectionLines(lines: readonly string[]): SectionedLine[] {
  let section: SectionKind = 'unknown';
  return lines.map((text) => {
    const kind = headingKind(text);
    if (kind) {
      section = kind;
      return { text: '', section };
    }
    const glued = gluedHeading(text);
    if (glued) {
      section = glued.kind;
      return { text: glued.rest, section };
    }
    return { text, section };
  });
}
