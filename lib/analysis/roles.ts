import type { ResumeDate } from './experience-dates';
import { type LineLayout, layoutOfLines, pairColumnDates, type TypeScale, typeScale } from './resume-layout';
import { cleanLines } from './resume-lines';
import { sectionLines } from './resume-sections';
import { blocksOf, type NumberedLine } from './role-blocks';
import { STATE_CODES, TITLE_WORDS, titleAndEmployer } from './role-names';
import { type TimeBudget, UNLIMITED } from './time-budget';

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
    // The last character only: the joined sentence grows, and re-reading it each time would be quadratic.
    if (previous !== undefined && !'.;!?:'.includes(previous.at(-1) ?? '.') && /^[a-z(&,]|^\S+\.$/.test(duty))
      joined[joined.length - 1] = `${previous} ${duty}`;
    else joined.push(duty);
  }
  return joined;
}

interface Run {
  lines: NumberedLine[];
  /** Roles here must look like roles on their own: the run is outside the experience section. */
  strict: boolean;
}

/**
 * The runs of lines roles are read from: the experience section when the resume has one, else everything
 * before and outside education. Text from a two-column PDF often puts the sidebar (skills, education)
 * between the experience heading and its roles, so runs under other headings are read too, keeping only
 * blocks that look like a role on their own.
 */
function roleRuns(text: string, layouts: readonly (LineLayout | undefined)[]): Run[] {
  const cleaned = cleanLines(text);
  const moved = pairColumnDates(cleaned, layouts);
  const lines = sectionLines(cleaned);
  const hasExperienceHeading = lines.some((l) => l.section === 'experience');
  const runs: Run[] = [];
  let previous: string | undefined;
  lines.forEach((line, index) => {
    const primary = hasExperienceHeading
      ? line.section === 'experience'
      : line.section === 'unknown' || line.section === 'other';
    const strict = !primary && (line.section === 'education' || line.section === 'other');
    if (!primary && !strict) return;
    const key = `${line.section}${strict}`;
    if (key !== previous || runs.length === 0) runs.push({ lines: [], strict });
    previous = key;
    if (line.text.length > 0)
      runs.at(-1)?.lines.push({ text: line.text, index, layout: layouts[index], also: moved.get(index) });
  });
  return runs;
}

// A state code only: in "Registered Nurse (RN), Oregon State Board of Nursing" the state names a board.
const PLACE = new RegExp(`,\\s*(?:${STATE_CODES})\\b`);
const EMPLOYER_HINT = /\b(?:inc|llc|corp|company|health|plan|hospital|bank|university|group|services)\b/i;

/**
 * The positions on a resume that carry a date range, in the order written. `layout`, for text extracted
 * from a PDF, adds what the page showed: which lines stand out, how far each is indented, which dates sit
 * beside which titles.
 */
export function extractRoles(
  text: string,
  layout: readonly LineLayout[] = [],
  budget: TimeBudget = UNLIMITED,
): ResumeRole[] {
  const layouts = layoutOfLines(text, layout);
  const scale: TypeScale | undefined = layout.length > 0 ? typeScale(layout) : undefined;
  const roles: ResumeRole[] = [];
  // Several roles under one employer name it once, on a line of its own above the first.
  let employerAbove: string | null = null;
  // A title and employer left without a date at the end of the experience section: in two-column PDF
  // text the date and duties can come after the sidebar.
  let undated: string[] = [];
  for (const run of roleRuns(text, layouts))
    for (const block of blocksOf(run.lines, scale)) {
      budget.check();
      if (!block.range) {
        if (!run.strict) undated = block.duties.length === 0 ? block.headers : [];
        continue;
      }
      // Outside the experience section a block may start with the end of an education entry read from
      // the same sidebar: the role starts after the last line about a degree or a school.
      const afterSchool = block.headers.slice(block.headers.findLastIndex((h) => DEGREE.test(h)) + 1);
      const stitched = run.strict && undated.length > 0 && !afterSchool.some((h) => TITLE_WORDS.test(h));
      const headers = stitched ? [...undated, ...afterSchool] : run.strict ? afterSchool : block.headers;
      // A title found in the experience section vouches for the block as much as being in it does.
      const strict = run.strict && !stitched;
      undated = [];
      const names = titleAndEmployer(headers, block.standOut);
      if (!names) continue;
      const header = headers.join(' ');
      if (DEGREE.test(header) && (strict || !TITLE_WORDS.test(names.title))) continue;
      if (strict && !(TITLE_WORDS.test(names.title) && (PLACE.test(header) || EMPLOYER_HINT.test(header))))
        continue;
      const employerOnly = headers.find(
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
        text: [...headers, ...joinWrapped(block.duties)].join('\n'),
        lineNumbers: [...block.lineNumbers].sort((a, b) => a - b),
      });
    }
  return roles;
}
