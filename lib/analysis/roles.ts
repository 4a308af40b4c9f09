import type { ResumeDate } from './experience-dates';
import { cleanLines } from './resume-lines';
import { sectionLines } from './resume-sections';
import { blocksOf } from './role-blocks';
import { TITLE_WORDS, titleAndEmployer } from './role-names';

/** A position on the resume as written, before any judgement about it. */
export interface ResumeRole {
  title: string;
  employer: string | null;
  start: ResumeDate;
  /** null: "Present". */
  end: ResumeDate | null;
  /** Everything the role says about itself: title, employer and duties, wrapped lines rejoined. */
  text: string;
  /** Indexes of the lines of the original text that make up the role. */
  lineNumbers: number[];
}

const DEGREE =
  /\b(?:bachelor|master'?s?|mba|b\.s\.|b\.a\.|m\.s\.|ph\.?d|associate(?:'s)? (?:degree|of)|high school|ged|diploma|degree|university|college|certificate program|coursework)\b/i;

/** Duties joined back into sentences: PDF text breaks them wherever the page width did. */
function joinWrapped(duties: readonly string[]): string[] {
  const joined: string[] = [];
  for (const duty of duties) {
    const previous = joined.at(-1);
    if (previous !== undefined && !/[.;!?:]$/.test(previous) && /^[a-z(&,]|^\S+\.$/.test(duty))
      joined[joined.length - 1] = `${previous} ${duty}`;
    else joined.push(duty);
  }
  return joined;
}

/**
 * The lines roles are read from: the experience section when the resume has one, else everything outside
 * education and certificates.
 */
function roleLines(text: string) {
  const lines = sectionLines(cleanLines(text));
  const hasExperienceHeading = lines.some((l) => l.section === 'experience');
  const wanted = lines
    .map((l, index) => ({ ...l, index }))
    .filter((l) =>
      hasExperienceHeading ? l.section === 'experience' : l.section === 'unknown' || l.section === 'other',
    )
    .filter((l) => l.text.length > 0);
  return { wanted, hasExperienceHeading };
}

/** The positions on a resume that carry a date range, in the order written. */
export function extractRoles(text: string): ResumeRole[] {
  const { wanted, hasExperienceHeading } = roleLines(text);
  const roles: ResumeRole[] = [];
  // Several roles under one employer name it once, on a line of its own above the first.
  let employerAbove: string | null = null;
  for (const block of blocksOf(wanted)) {
    if (!block.range) continue;
    const names = titleAndEmployer(block.headers);
    if (!names) continue;
    if (!hasExperienceHeading && DEGREE.test(block.headers.join(' ')) && !TITLE_WORDS.test(names.title))
      continue;
    const employerOnly = block.headers.find(
      (h) =>
        h === names.employer ||
        (names.employer !== null && h.startsWith(names.employer) && !TITLE_WORDS.test(h)),
    );
    if (names.employer && employerOnly) employerAbove = names.employer;
    else if (names.employer) employerAbove = null;
    roles.push({
      ...names,
      employer: names.employer ?? employerAbove,
      start: block.range.start,
      end: block.range.end,
      text: [...block.headers, ...joinWrapped(block.duties)].join('\n'),
      lineNumbers: block.lineNumbers,
    });
  }
  return roles;
}
