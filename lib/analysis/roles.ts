import { type DateRange, findDateRanges, type ResumeDate } from './experience-dates';
import { namesHealthPlanEmployer } from './health-context';
import { cleanLines, EDGE_PUNCTUATION, trimChars } from './resume-lines';
import { sectionLines } from './resume-sections';

/** A position on the resume as written, before any judgement about it. */
export interface ResumeRole {
  title: string;
  employer: string | null;
  start: ResumeDate;
  /** null: "Present". */
  end: ResumeDate | null;
  /** Everything the role says about itself: title, employer and bullets. */
  text: string;
  /** Indexes of the lines of the original text that make up the role. */
  lineNumbers: number[];
}

type LineKind = 'bullet' | 'date' | 'header';

const BULLET_MARK =
  /^[\u2022\u00b7\u25aa\u2023\u25e6\u25cf\u25cb\u25a0\u25a1\u27a2\u25ba\u25b8\u2713\u2714*>\u2013\u2014-]\s*/;
const PRESENT_VERBS =
  'process|manage|lead|handle|coordinate|review|answer|assist|resolve|verify|conduct|maintain|support|ensure|serve|train|supervise|oversee|develop|implement|perform|provide|prepare|analy[sz]e|monitor|respond|educate|collaborate|work|help|communicate|negotiate|audit|build|create|drive|reduce|improve|increase|investigate|evaluate|track|schedule|enter|adjudicate|calculate|identify|document|act|partner|advocate|own|write|deliver|design|run|mentor|teach|sell|recruit|patrol|operate|organize|facilitate|investigate';
const VERB_START = new RegExp(`^(?:${PRESENT_VERBS})(?:s|es|ed|d)?\\b`, 'i');
const PAST_TENSE = /^[A-Z][a-z]+ed\b/;
/** Words ending in -ed that start titles and employer names, not achievements. */
const NOT_VERBS = new Set([
  'licensed',
  'certified',
  'registered',
  'advanced',
  'experienced',
  'qualified',
  'dedicated',
  'detailed',
  'skilled',
  'united',
  'limited',
  'associated',
  'applied',
  'distinguished',
  'integrated',
  'accredited',
  'bonded',
  'red',
  'seasoned',
  'accomplished',
  'motivated',
  'talented',
  'managed',
]);

function classify(line: string): LineKind {
  if (BULLET_MARK.test(line)) return 'bullet';
  const hasRange = findDateRanges(line).length > 0;
  const words = line.split(/\s+/).length;
  if (hasRange && words <= 16) return 'date';
  const first = line.split(/\s+/, 1)[0] ?? '';
  const firstLower = first.toLowerCase();
  if (firstLower === 'managed' && words > 3) return 'bullet';
  if (VERB_START.test(line) && !NOT_VERBS.has(firstLower)) return 'bullet';
  // "Allied Universal, Louisville, KY": a name followed by a place is a header whatever its first word.
  if (PAST_TENSE.test(first) && !NOT_VERBS.has(firstLower) && !/,\s*[A-Z]{2}$/.test(line)) return 'bullet';
  if (/^responsible for\b/i.test(line)) return 'bullet';
  // A line starting in lower case continues the sentence above (text pulled from PDFs wraps mid-bullet).
  if (/^[a-z(]/.test(line)) return 'bullet';
  if (words > 12) return 'bullet';
  if (/[.;]$/.test(line) && words >= 5) return 'bullet';
  return 'header';
}

const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico';

const NOISE = [
  /^(?:full[- ]time|part[- ]time|contract(?:or)?|temporary|temp|internship|intern|self[- ]employed|permanent|seasonal|freelance|remote|hybrid|on[- ]site|per diem|prn)$/i,
  /^\d+\s*(?:yrs?|years?|mos?|months?)(?:\s+\d+\s*(?:mos?|months?))?$/i,
  /^(?:greater\s+)?[A-Z][\w.' ]+(?:area|metro(?:politan)?(?: area)?)$/,
  new RegExp(`^[A-Z][a-zA-Z.' ]+,\\s*(?:[A-Z]{2}|${US_STATES})(?:,\\s*(?:USA?|United States))?$`),
  /^(?:USA?|United States|Remote)$/i,
  /^[A-Z]{2}$/,
];

function isNoise(part: string): boolean {
  return part.length < 2 || NOISE.some((re) => re.test(part));
}

const TITLE_WORDS =
  /\b(?:coordinator|specialist|representative|rep|manager|examiner|analyst|processor|nurse|rn|lpn|lvn|director|officer|assistant|associate|adjuster|administrator|clerk|agent|consultant|intern|supervisor|lead|engineer|developer|technician|biller|coder|auditor|investigator|advocate|navigator|liaison|educator|trainer|counselor|worker|teller|cashier|accountant|vp|president|head|owner|founder|executive|programmer|designer|receptionist|scheduler|therapist|physician|pharmacist|underwriter|actuary|caseworker|teacher|instructor|driver|guard|technologist|writer|editor|architect|scientist|researcher|controller|planner|strategist|partner|principal|chief|ceo|cfo|cto|coo|secretary|bookkeeper|server|cook|sales|dispatcher|aide|medical assistant|paralegal|attorney|banker|recruiter)s?\b/i;
const EMPLOYER_WORDS =
  /\b(?:inc|llc|llp|ltd|corp|corporation|company|co|group|health|healthcare|hospital|medical|insurance|plan|plans|university|college|bank|services|solutions|systems|partners|foundation|clinic|network|care|county|state|city|department|agency|aetna|cigna|humana|kaiser|anthem|molina|centene|optum|unitedhealthcare|wellcare|elevance|highmark|bcbs|blue cross|blue shield|ambetter|oscar|caresource|amerigroup)\b/i;

/** Words that make "Manager, Provider Network" one title rather than a title and an employer. */
const DEPARTMENT =
  /^(?:[A-Z]{2,5}\s+)?(?:[\w&/-]+\s+)?(?:operations|services|network|relations|management|claims|department|programs?|compliance|quality|enrollment|billing|accounts|support|development|strategy|contracting|credentialing|review|analytics|intake|appeals|grievances)$/i;
const STRONG_EMPLOYER =
  /\b(?:inc|llc|llp|ltd|corp|corporation|company|hospital|health plan|healthcare|insurance|university|bank)\b/i;

/** Title, employer and extras written on one line: "Claims Examiner, Aetna | Hartford, CT". */
function splitParts(text: string): string[] {
  const withoutPlace = text
    .replace(/,\s*[A-Z][a-zA-Z. ]+,\s*[A-Z]{2}\b\.?$/, '')
    .replace(/\s*\(([^()]*)\)/g, (all, inner: string) => (inner.split(/,\s*/).every(isNoise) ? '' : all));
  return withoutPlace
    .split(/\s+(?:[|\u2022\u00b7\u2014\u2013@-]|at)\s+|\s*[|\u2022\u00b7]\s*|\s{3,}|\t+/)
    .flatMap((piece) => {
      const [head, ...tail] = piece.split(/,\s+(?=[A-Z])/);
      if (tail.length > 0 && DEPARTMENT.test(tail[0] as string) && !STRONG_EMPLOYER.test(tail[0] as string)) {
        return [`${head}, ${tail[0]}`, ...tail.slice(1)];
      }
      return [head as string, ...tail];
    })
    .map((part) => trimChars(part, `${EDGE_PUNCTUATION}()`))
    .filter((part) => !isNoise(part));
}

function titleAndEmployer(headerTexts: readonly string[]): { title: string; employer: string | null } | null {
  const parts = headerTexts.flatMap(splitParts);
  if (parts.length === 0) return null;
  const titleIndex = Math.max(
    0,
    parts.findIndex((p) => TITLE_WORDS.test(p)),
  );
  const title = parts[titleIndex] as string;
  const rest = parts.filter((_, i) => i !== titleIndex);
  const employer =
    rest.find((p) => namesHealthPlanEmployer(p) || STRONG_EMPLOYER.test(p)) ??
    rest.find((p) => EMPLOYER_WORDS.test(p)) ??
    rest[0] ??
    null;
  return { title, employer };
}

const DEGREE =
  /\b(?:bachelor|master'?s?|mba|b\.s\.|b\.a\.|m\.s\.|ph\.?d|associate(?:'s)? (?:degree|of)|high school|ged|diploma|degree|university|college|certificate program|coursework)\b/i;

interface NumberedLine {
  text: string;
  index: number;
}

interface Block {
  headers: string[];
  bullets: string[];
  dateLine: string | null;
  range: DateRange | null;
  startedWithDate: boolean;
  /** Index into `headers` where lines written after the date begin. */
  headersAfterDate: number;
  lineNumbers: number[];
}

function newBlock(): Block {
  return {
    headers: [],
    bullets: [],
    dateLine: null,
    range: null,
    startedWithDate: false,
    headersAfterDate: 0,
    lineNumbers: [],
  };
}

function dateLeftover(line: string, range: DateRange): string {
  const leftover = `${line.slice(0, range.index)} ${line.slice(range.index + range.length)}`
    .replace(/[\u00b7|]\s*\d+\s*(?:yrs?|years?|mos?|months?)(?:\s+\d+\s*(?:mos?|months?))?/gi, '')
    .replace(/[()[\]]/g, ' ');
  return trimChars(leftover, EDGE_PUNCTUATION);
}

/**
 * Groups lines into one block per position. Resumes, and text pulled out of PDFs in particular, put the
 * date range on the title line, on a line of its own before or after the title, or after the bullets;
 * a block starts at a title-like line that follows bullets, and a bare date line after bullets closes the
 * block it follows unless that block already has a date.
 */
function blocksOf(lines: readonly NumberedLine[]): Block[] {
  const blocks: Block[] = [];
  const open = (): Block => {
    const block = newBlock();
    blocks.push(block);
    return block;
  };
  let current: Block | undefined;
  let last: LineKind | undefined;
  for (const { text: line, index } of lines) {
    const kind = classify(line);
    if (kind === 'bullet') {
      current ??= open();
      current.bullets.push(line.replace(BULLET_MARK, ''));
    } else if (kind === 'date') {
      const range = findDateRanges(line)[0] as DateRange;
      const leftover = dateLeftover(line, range);
      if (!current || current.range || (leftover && last === 'bullet')) {
        const previous = current;
        current = open();
        // Compact listings with no bullets: the title lines written after the previous role's date
        // belong to this role, unless that role opened with its date.
        if (previous?.range && previous.bullets.length === 0 && !previous.startedWithDate) {
          current.headers = previous.headers.splice(previous.headersAfterDate);
        }
        current.startedWithDate = current.headers.length === 0 && !leftover;
      }
      current.range = range;
      current.dateLine = line;
      if (leftover) current.headers.unshift(leftover);
      current.headersAfterDate = current.headers.length;
    } else {
      if (!current || last === 'bullet' || (last === 'date' && current.bullets.length > 0)) current = open();
      current.headers.push(line);
    }
    current.lineNumbers.push(index);
    last = kind;
  }
  return blocks;
}

/** The positions on a resume that carry a date range, in the order written. */
export function extractRoles(text: string): ResumeRole[] {
  const lines = sectionLines(cleanLines(text));
  const hasExperienceHeading = lines.some((l) => l.section === 'experience');
  const wanted = lines
    .map((l, index) => ({ ...l, index }))
    .filter((l) => (hasExperienceHeading ? l.section === 'experience' : l.section === 'unknown'))
    .filter((l) => l.text.length > 0);
  const roles: ResumeRole[] = [];
  for (const block of blocksOf(wanted)) {
    if (!block.range) continue;
    const names = titleAndEmployer(block.headers);
    if (!names) continue;
    if (!hasExperienceHeading && DEGREE.test(block.headers.join(' ')) && !TITLE_WORDS.test(names.title))
      continue;
    roles.push({
      ...names,
      start: block.range.start,
      end: block.range.end,
      text: [...block.headers, ...block.bullets].join('\n'),
      lineNumbers: block.lineNumbers,
    });
  }
  return roles;
}
