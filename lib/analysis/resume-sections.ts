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
  // A heading is a few words with some decoration. Bounding the line first also bounds the trailing
  // `[…]+$` below, which retries from every position of a long run of those characters.
  if (line.length > 200) return null;
  const key = line
    .trim()
    .replace(/^[#*=_\-\s]+|[#*=_:\-\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (key.length === 0 || key.length > 40) return null;
  return HEADINGS.get(key) ?? null;
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
    return { text, section };
  });
}
