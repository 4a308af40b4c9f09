import { type DateRange, findDateRanges } from './experience-dates';
import { type LineLayout, standsOut, type TypeScale } from './resume-layout';
import { EDGE_PUNCTUATION, trimChars } from './resume-lines';
import { BULLET_MARK, headerScore, isDuty } from './role-line-score';

export interface NumberedLine {
  text: string;
  index: number;
  /** Where and how the line was printed, for text extracted from a PDF. */
  layout?: LineLayout;
  /** The number of a line whose text was moved onto this one (a date from a right-hand column). */
  also?: number;
}

/** One piece of a line: a whole line, or one of the two halves of a line a date range was glued into. */
interface Piece {
  kind: 'duty' | 'date' | 'header';
  text: string;
  index: number;
  range?: DateRange;
  /** On a date line: the header text written before the range and after it. */
  before?: string;
  after?: string;
  /** Set in bold or a larger size than the body text. */
  standsOut: boolean;
  also?: number;
}

export interface Block {
  headers: string[];
  duties: string[];
  range: DateRange | null;
  startedWithDate: boolean;
  /** Index into `headers` where lines written after the date begin. */
  headersAfterDate: number;
  lineNumbers: number[];
  /** Header lines set in bold or larger type: where a title with no title word is most likely written. */
  standOut: string[];
}

function newBlock(): Block {
  return {
    headers: [],
    duties: [],
    range: null,
    startedWithDate: false,
    headersAfterDate: 0,
    lineNumbers: [],
    standOut: [],
  };
}

/** The header text left on a date line once the range (and a LinkedIn "· 3 yrs 2 mos") is taken out. */
function dateLeftover(before: string, after: string): string {
  // The range separated what was written before it from what came after: keep them separate parts, and
  // drop the brackets that held only the range: "Claims Examiner (2019 - 2021)".
  const leftover = `${trimChars(before, ' ([')} | ${trimChars(after, ' )]')}`.replace(
    /[\u00b7|]\s*\d+\s*(?:yrs?|years?|mos?|months?)(?:\s+\d+\s*(?:mos?|months?))?/gi,
    '',
  );
  return trimChars(leftover, EDGE_PUNCTUATION);
}

/**
 * A line holding a date range is a role's date line, a duty that mentions dates, or the end of the previous
 * role's duty with the next role's date and employer glued on (PDF text joins them when the template puts
 * the date at the right margin). Which one is decided by how the text before the range reads.
 */
function datedPieces(line: NumberedLine, range: DateRange, emphasis: boolean): Piece[] {
  const { text, index } = line;
  const duty = (dutyText: string): Piece => ({ kind: 'duty', text: dutyText, index, standsOut: false });
  const bulleted = BULLET_MARK.test(text);
  const offset = bulleted ? (BULLET_MARK.exec(text)?.[0].length ?? 0) : 0;
  const before = trimChars(text.slice(offset, range.index), EDGE_PUNCTUATION);
  const after = text.slice(range.index + range.length);
  const afterText = trimChars(after, EDGE_PUNCTUATION);
  const date = (leftover: string, withBefore = true): Piece => ({
    kind: 'date',
    text: leftover,
    index,
    range,
    before: withBefore ? before : '',
    after: afterText,
    standsOut: emphasis,
    also: line.also,
  });
  // "2019 - 2020 migration of …": the range opens a sentence, not a header.
  if (/^[a-z]/.test(afterText) && afterText.split(/\s+/).length > 3) return [duty(text)];
  if (before.length === 0)
    return bulleted && afterText.length > 0 && headerScore(afterText).score < 3
      ? [duty(text)]
      : [date(dateLeftover('', after))];
  const { score } = headerScore(before, emphasis);
  if (score >= (bulleted ? 3 : 1)) return [date(dateLeftover(before, after))];
  // A finished duty sentence, then the range: the range starts the next role.
  if (/[.;!?]$/.test(before) && (afterText.length === 0 || headerScore(afterText).score >= 0))
    return [duty(before), date(dateLeftover('', after))];
  return [duty(text)];
}

/** Points a line must sit right of the header above it to count as indented. */
const INDENT = 4;

/**
 * Whether a line sits indented past the header above it, on the same page and column. Below a role's date
 * or a duty such a line is a duty, or the wrapped rest of one, however much it reads like a title ("Dual
 * Options Medicare-Medicaid Plans").
 */
function indentedPast(layout: LineLayout | undefined, header: LineLayout | undefined): boolean {
  return (
    layout !== undefined &&
    header !== undefined &&
    layout.page === header.page &&
    layout.column === header.column &&
    layout.x > header.x + INDENT
  );
}

/**
 * Each line as duty, header or date, the undated ones judged with their neighbours and their layout.
 * `margin` is where the role's header text starts, to tell indented duties from it: the title line, or a
 * line with text before its date; unknown after a line that opens with its date ("2019 – 2021  Title",
 * whose text starts further right than the line does).
 */
function pieces(lines: readonly NumberedLine[], scale: TypeScale | undefined): Piece[] {
  const ranges = lines.map((l) => findDateRanges(l.text)[0]);
  const emphasis = lines.map((l) => standsOut(l.layout, scale));
  const out: Piece[] = [];
  let margin: LineLayout | undefined;
  let dutyLayout: LineLayout | undefined;
  lines.forEach((line, i) => {
    const { text, index, layout } = line;
    const range = ranges[i];
    const before = out.at(-1);
    if (range) {
      const dated = datedPieces(line, range, emphasis[i] ?? false);
      out.push(...dated);
      const date = dated.find((p) => p.kind === 'date');
      if (date) margin = date.before ? layout : date.text ? undefined : margin;
      else dutyLayout = layout;
      return;
    }
    const after = lines[i + 1];
    const afterDuty = before?.kind === 'duty';
    const inBody = afterDuty || before?.kind === 'date';
    const indented = inBody && !emphasis[i] && indentedPast(layout, margin);
    // Back at the header's margin, in title type, after indented duties: the next role, however the
    // duty above ended ("… with the").
    const outdented = afterDuty && emphasis[i] && indentedPast(dutyLayout, layout);
    const duty =
      indented ||
      (!outdented &&
        isDuty(
          text,
          before ? { duty: before.kind === 'duty', text: before.text } : null,
          after ? { dated: ranges[i + 1] !== undefined, text: after.text, standsOut: emphasis[i + 1] } : null,
          emphasis[i],
        ));
    out.push({ kind: duty ? 'duty' : 'header', text, index, standsOut: emphasis[i] ?? false });
    if (duty) dutyLayout = layout;
    else margin = layout;
  });
  return out;
}

/**
 * Whether a header line is the first half of a title the page width wrapped, finished by the text before a
 * date range on the next line: the first half names no title, employer or place, the second half is short.
 */
function continuesTitle(first: string, rest: string): boolean {
  const { features } = headerScore(first);
  const incomplete = !['title-word', 'employer', 'place', 'sentence-end'].some((f) => features.includes(f));
  // "CareSource, Dayton, OH" before the date names where, not the rest of what.
  const where = ['employer', 'employer-word', 'place'].some((f) => headerScore(rest).features.includes(f));
  return incomplete && !where && /^[A-Z]/.test(rest) && rest.split(/\s+/).length <= 4 && !/,/.test(first);
}

/**
 * Groups lines into one block per position. Resumes, and text pulled out of PDFs in particular, put the
 * date range on the title line, on a line of its own before or after the title, or after the duties; a
 * block starts at a header line that follows duties, and a bare date line after duties closes the block it
 * follows unless that block already has a date.
 */
export function blocksOf(lines: readonly NumberedLine[], scale?: TypeScale): Block[] {
  const blocks: Block[] = [];
  const open = (): Block => {
    const block = newBlock();
    blocks.push(block);
    return block;
  };
  let current: Block | undefined;
  let last: Piece | undefined;
  for (const piece of pieces(lines, scale)) {
    if (piece.kind === 'duty') {
      current ??= open();
      current.duties.push(piece.text.replace(BULLET_MARK, ''));
    } else if (piece.kind === 'date') {
      const leftover = piece.text;
      if (!current || current.range || (leftover && last?.kind === 'duty')) {
        const previous = current;
        current = open();
        // Compact listings with no duties: the title lines written after the previous role's date
        // belong to this role, unless that role opened with its date.
        if (previous?.range && previous.duties.length === 0 && !previous.startedWithDate) {
          current.headers = previous.headers.splice(previous.headersAfterDate);
        }
        current.startedWithDate = current.headers.length === 0 && !leftover;
      }
      current.range = piece.range as DateRange;
      const wrapped = last?.kind === 'header' ? current.headers.at(-1) : undefined;
      if (wrapped !== undefined && piece.before && continuesTitle(wrapped, piece.before)) {
        // "Senior Pharmacy Network … Strategy" / "Consultant, 01/2016 to Current CVS Health": one title.
        current.headers[current.headers.length - 1] = `${wrapped} ${piece.before}`;
        if (piece.after) current.headers.unshift(piece.after);
      } else if (leftover) current.headers.unshift(leftover);
      current.headersAfterDate = current.headers.length;
      if (piece.standsOut && leftover) current.standOut.push(leftover);
    } else {
      if (!current || last?.kind === 'duty' || (last?.kind === 'date' && current.duties.length > 0))
        current = open();
      current.headers.push(piece.text);
      if (piece.standsOut) current.standOut.push(piece.text);
    }
    if (current.lineNumbers.at(-1) !== piece.index) current.lineNumbers.push(piece.index);
    if (piece.also !== undefined) current.lineNumbers.push(piece.also);
    last = piece;
  }
  return blocks;
}
