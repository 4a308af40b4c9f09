/** A month of a resume date. `month` is 0-11; null when only the year was written. */
export interface ResumeDate {
  year: number;
  month: number | null;
}

export interface DateRange {
  start: ResumeDate;
  /** null means "Present" / "Current". */
  end: ResumeDate | null;
  /** Where the range sits in the line it was found in. */
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
  spring: 2,
  summer: 5,
  fall: 8,
  autumn: 8,
  winter: 11,
};

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)';
const YEAR = '(?:19[5-9]\\d|20\\d\\d)';
const DATE = `(?:${MONTH}\\.?,?\\s*${YEAR}|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${YEAR}|${YEAR})`;
const NOW = '(?:present|current(?:ly)?|now|today|to\\s+date|ongoing)';
const SEPARATOR = '\\s*(?:-{1,2}|[\u2010-\u2015]|to|through|thru|until|till)\\s*';

const RANGE_RE = new RegExp(`(?<![\\w/.])(${DATE})${SEPARATOR}(${DATE}|${NOW})(?![\\w/])`, 'gi');
const NOW_RE = new RegExp(`^${NOW}$`, 'i');
const DATE_RE = new RegExp(
  `^(?:(${MONTH})\\.?,?\\s*(${YEAR})|(\\d{1,2})\\s*[/.]\\s*(${YEAR})|(${YEAR}))$`,
  'i',
);

export function parseResumeDate(text: string): ResumeDate | null {
  const m = DATE_RE.exec(text.trim());
  if (!m) return null;
  if (m[1] && m[2])
    return {
      year: Number(m[2]),
      month: MONTHS[m[1].toLowerCase().slice(0, 3)] ?? MONTHS[m[1].toLowerCase()] ?? null,
    };
  if (m[3] && m[4]) return { year: Number(m[4]), month: Number(m[3]) - 1 };
  return { year: Number(m[5]), month: null };
}

/** Every date range written in `line`: "Jan 2018 – Present", "03/2015 - 06/2019", "2012–2016", "May 2014 to Current". */
export function findDateRanges(line: string): DateRange[] {
  const ranges: DateRange[] = [];
  for (const m of line.matchAll(RANGE_RE)) {
    const start = parseResumeDate(m[1] as string);
    const endText = m[2] as string;
    const ongoing = NOW_RE.test(endText);
    const end = ongoing ? null : parseResumeDate(endText);
    if (!start || (end === null && !ongoing)) continue;
    ranges.push({ start, end, index: m.index ?? 0, length: m[0].length });
  }
  return ranges;
}

/** Today's month index, in UTC like every date the analysis reads. */
export function monthNow(today: Date): number {
  return today.getUTCFullYear() * 12 + today.getUTCMonth();
}

/** The months of a role as the analysis lists it ("MM/YYYY" or "YYYY" to the same or "present"). */
export function roleSpan(role: { start: string; end: string }, today: Date): MonthSpan | null {
  const start = parseResumeDate(role.start);
  if (!start) return null;
  if (/^present$/i.test(role.end)) return rangeSpan({ start, end: null }, today);
  const end = parseResumeDate(role.end);
  return end ? rangeSpan({ start, end }, today) : null;
}

/** Month index since year 0. Year-only dates count from January. */
function monthIndex(date: ResumeDate): number {
  return date.year * 12 + (date.month ?? 0);
}

export interface MonthSpan {
  from: number;
  to: number;
}

/**
 * The months a range covers, "present" read as `today`. End months are exclusive, as recruiters count
 * ("07/2014–05/2015" is 10 months). A year-only range within one year ("2016–2016") counts half a year.
 * Ranges running past today are cut at today; ranges that end before they start are rejected.
 */
export function rangeSpan(range: Pick<DateRange, 'start' | 'end'>, today: Date): MonthSpan | null {
  const now = monthNow(today);
  const from = monthIndex(range.start);
  let to = range.end ? monthIndex(range.end) : now;
  if (range.end && to === from && (range.end.month === null || range.start.month === null)) to = from + 6;
  to = Math.min(to, now);
  if (from > now || to < from) return null;
  return { from, to };
}

/** Total years covered by the spans, overlaps counted once. */
export function mergedYears(spans: readonly MonthSpan[]): number {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  let months = 0;
  let current: MonthSpan | null = null;
  for (const span of sorted) {
    if (current && span.from <= current.to) current.to = Math.max(current.to, span.to);
    else {
      if (current) months += current.to - current.from;
      current = { ...span };
    }
  }
  if (current) months += current.to - current.from;
  return months / 12;
}

/** Years as every figure the recruiter sees them: to one decimal. */
export function roundYears(years: number): number {
  return Math.round(years * 10) / 10;
}

/** "1 yr", "4.3 yrs". */
export function formatYears(years: number): string {
  const rounded = roundYears(years);
  return `${rounded} yr${rounded === 1 ? '' : 's'}`;
}

export function formatResumeDate(date: ResumeDate | null): string {
  if (!date) return 'present';
  if (date.month === null) return String(date.year);
  return `${String(date.month + 1).padStart(2, '0')}/${date.year}`;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
};

export interface StatedYears {
  years: number;
  /** The sentence it was stated in, for evidence and for judging what the years were spent on. */
  sentence: string;
}

// `\s*(?:\+\s*)?` rather than `\s*\+?\s*`: two optional runs of spaces side by side split a long run
// every possible way before failing, which a page of spaces turns into minutes.
const STATED_RE = new RegExp(
  `\\b(?:over|more than|nearly|almost|about|approximately)?\\s*(\\d{1,2}(?:\\.\\d)?|${Object.keys(WORD_NUMBERS).join('|')})\\s*(?:\\+\\s*)?(?:\\(\\d{1,2}\\)\\s*)?(?:years?|yrs?)['\u2019]?(?:\\s+of)?(?:\\s+[\\w&/-]+){0,6}?\\s+experience\\b`,
  'gi',
);

/**
 * A sentence ends at a full stop, a blank line or a bullet; a line break inside a sentence (wrapped text)
 * does not end it. Runs of spaces never span a line break, so no position is tried more than once.
 */
const SENTENCE_END_RE = /\.(?=\s|$)|\n[^\S\n]*\n|\n(?=[^\S\n]*[\u2022*-])/g;

/** Stated figures kept at most: a resume states its years a few times, a page repeating it is no resume. */
export const MAX_STATED_YEARS = 50;
/** How much of a sentence is quoted on each side of the figure: enough to judge it, never a whole page. */
const SENTENCE_REACH = 200;

/**
 * Where the sentence around each figure starts and ends. Figures come in order, so the text is read once
 * from left to right: where the last sentence began is carried along, and the search for where a sentence
 * ends resumes only past the last end found. `work` counts the characters stepped over and searched, which
 * stays within twice the text's length however many figures it holds.
 */
export function sentenceFinder(text: string) {
  let scanned = -1;
  let lastBreak = -1;
  /** Where the last search for an end found one (-1: none searched yet; null: none to the text's end). */
  let endIndex: number | null = -1;
  let end = text.length;
  const work = { stepped: 0, searched: 0 };
  const at = (position: number): { start: number; end: number } => {
    for (let i = scanned + 1; i <= position; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */ || (c === 46 /* . */ && text.charCodeAt(i + 1) === 32)) lastBreak = i;
      work.stepped++;
    }
    scanned = Math.max(scanned, position);
    // Every position between the last search's start and the end it found failed to end a sentence (the
    // pattern looks only ahead), so a figure before that end shares it.
    if (endIndex !== null && position > endIndex) {
      SENTENCE_END_RE.lastIndex = position;
      const found = SENTENCE_END_RE.exec(text);
      endIndex = found ? found.index : null;
      end = found ? found.index + (found[0] === '.' ? 1 : 0) : text.length;
      work.searched += (found ? found.index : text.length) - position;
    }
    return { start: lastBreak + 1, end };
  };
  return { at, work };
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** Cuts a long sentence to the words around the figure at `at`, marking what was left out. */
function quote(text: string, start: number, end: number, at: number, length: number): string {
  let from = Math.max(start, at - SENTENCE_REACH);
  let to = Math.min(end, at + length + SENTENCE_REACH);
  // Whole words only: step past the word cut at either edge (a loop, not `\S*$`, which retries every
  // position of a long word).
  if (from > start) while (from < at && !isSpace(text[from - 1])) from++;
  if (to < end) while (to > at + length && !isSpace(text[to])) to--;
  const part = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > start ? '\u2026' : ''}${part}${to < end ? '\u2026' : ''}`;
}

/** "7+ years of experience", "over ten years of managed care experience", "5 yrs experience". */
export function findStatedYears(text: string): StatedYears[] {
  const found: StatedYears[] = [];
  const sentences = sentenceFinder(text);
  for (const m of text.matchAll(STATED_RE)) {
    const raw = (m[1] as string).toLowerCase();
    const years = WORD_NUMBERS[raw] ?? Number(raw);
    if (!(years > 0 && years <= 50)) continue;
    const at = m.index ?? 0;
    const { start, end } = sentences.at(at);
    found.push({ years, sentence: quote(text, start, end, at, m[0].length) });
    if (found.length === MAX_STATED_YEARS) break;
  }
  return found;
}
