/**
 * Line clean-up before roles are read. Everything here runs in one pass over its input: resumes pasted from
 * PDFs and pages read as one long line can be hundreds of thousands of characters, and a backtracking
 * regular expression on such a line can hang the popup.
 */

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

interface Run {
  at: number;
  length: number;
  key: string;
}

/**
 * Markdown emphasis markers (`*`, `**`, `***`, `_`, `__`, `___`) removed where they pair up on the line, the
 * text between kept. An opener is a run followed by a non-space, a closer one preceded by a non-space, and a
 * closer pairs with the latest open run of the same marker; underscores inside words (snake_case, e-mail
 * names) are never markers. One scan with a stack per marker: linear in the line's length.
 */
export function stripEmphasis(line: string): string {
  if (!line.includes('*') && !line.includes('_')) return line;
  const open = new Map<string, Run[]>();
  const remove: Run[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    if (ch !== '*' && ch !== '_') {
      i++;
      continue;
    }
    let end = i;
    while (line[end] === ch) end++;
    const length = end - i;
    const before = line[i - 1];
    const after = line[end];
    if (length <= 3) {
      const key = ch.repeat(length);
      const underscore = ch === '_';
      const canClose = !isSpace(before) && !(underscore && isWordChar(after));
      const canOpen = !isSpace(after) && !(underscore && isWordChar(before));
      const pending = open.get(key);
      if (canClose && pending && pending.length > 0) {
        remove.push(pending.pop() as Run, { at: i, length, key });
      } else if (canOpen) {
        if (pending) pending.push({ at: i, length, key });
        else open.set(key, [{ at: i, length, key }]);
      }
    }
    i = end;
  }
  if (remove.length === 0) return line;
  remove.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const run of remove) {
    out += line.slice(from, run.at);
    from = run.at + run.length;
  }
  return out + line.slice(from);
}

/** `text` without any of `chars` at either end; a loop, not `/[…]+$/`, which is quadratic on long runs. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start] as string)) start++;
  while (end > start && chars.includes(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

/** Whitespace, list and separator punctuation that may wrap a title, employer or date line. */
export const EDGE_PUNCTUATION = ' \t\n,;:|\u2022\u00b7\u2013\u2014-';

const DATE_TOKEN =
  '(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s*(?:19|20)\\d\\d|\\d{1,2}\\s*/\\s*(?:19|20)\\d\\d|(?:19|20)\\d\\d|present|current(?:ly)?|now|to date)';
const OPEN_RANGE = new RegExp(`${DATE_TOKEN}\\s*(?:[-\u2010-\u2015]|to|through)\\s*$`, 'i');
const RANGE_END_FIRST = new RegExp(`^(${DATE_TOKEN})(?=\\s|$)`, 'i');
const RANGE_END_CELL = new RegExp(`\\t\\s*(${DATE_TOKEN})\\s*$`, 'i');

/**
 * A date range the page width broke in two ("06/2022 –" / "Present"): the end moves up to its start, so
 * the range reads whole. The end may open the next line or sit in its last cell (a right-aligned column).
 * Lines keep their places, so line numbers still point into the original text.
 */
function joinSplitRanges(lines: string[]): string[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    if (line.length > 400 || !OPEN_RANGE.test(line)) continue;
    const next = lines[i + 1] as string;
    const end = RANGE_END_FIRST.exec(next.trim()) ?? RANGE_END_CELL.exec(next);
    if (!end) continue;
    lines[i] = `${line.trimEnd()} ${end[1]}`;
    lines[i + 1] =
      end.index === 0 && RANGE_END_FIRST.test(next.trim())
        ? next.trim().slice((end[1] as string).length)
        : next.slice(0, end.index);
  }
  return lines;
}

const CONTACT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/\S+|\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b/g;

/**
 * A line without e-mail addresses, web addresses and phone numbers, which two-column PDF text puts beside a
 * role's title or employer. Only short lines are searched: the e-mail pattern backtracks on long runs of
 * word characters, and contact lines are short.
 */
function withoutContactDetails(line: string): string {
  return line.length <= 300 ? line.replace(CONTACT, '') : line;
}

/** The resume's lines with whitespace collapsed and Markdown headings and emphasis removed. */
export function cleanLines(text: string): string[] {
  return joinSplitRanges(text.replace(/\r\n?/g, '\n').split('\n')).map((line) =>
    stripEmphasis(
      withoutContactDetails(line)
        .replace(/[\u00a0\t ]+/g, ' ')
        // PDF text items leave a space before commas: "Dayton , OH".
        .replace(/ ,/g, ',')
        .trim()
        .replace(/^#{1,6} /, ''),
    ),
  );
}
