/**
 * What a PDF's layout says about each line of a resume, for the role reader: text alone cannot tell a bold
 * title from a wrapped duty, or which title a date in a right-hand column belongs to. Plain text comes
 * without these facts and is read from its words alone.
 */
import { z } from 'zod/mini';
import { findDateRanges } from './experience-dates';
import { EDGE_PUNCTUATION, trimChars } from './resume-lines';

/** The layout facts of one line, as PDF extraction (lib/extract/pdf-lines.ts) gives them. */
export const LineLayoutSchema = z.object({
  page: z.number().check(z.int(), z.positive()),
  /** Left edge and baseline in points from the page's top-left corner. */
  x: z.number(),
  y: z.number(),
  fontSize: z.number().check(z.nonnegative()),
  bold: z.boolean(),
  column: z.number().check(z.int(), z.nonnegative()),
  /** The line's text as extracted, to pair the facts with the line of the resume text it describes. */
  text: z.string(),
});
export type LineLayout = z.infer<typeof LineLayoutSchema>;
export const LayoutSchema = z.array(LineLayoutSchema);

/** What counts as stand-out type on this resume: bold only means something when most lines are not bold. */
export interface TypeScale {
  bodySize: number;
  boldStandsOut: boolean;
}

export function typeScale(lines: readonly LineLayout[]): TypeScale {
  const bySize = new Map<number, number>();
  let bold = 0;
  let all = 0;
  for (const line of lines) {
    bySize.set(line.fontSize, (bySize.get(line.fontSize) ?? 0) + line.text.length);
    all += line.text.length;
    if (line.bold) bold += line.text.length;
  }
  const bodySize = [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return { bodySize, boldStandsOut: bold < 0.4 * all };
}

/** A line set in bold or a larger size than the body text, the way templates set titles and headings. */
export function standsOut(layout: LineLayout | undefined, scale: TypeScale | undefined): boolean {
  if (!layout || !scale) return false;
  return (layout.bold && scale.boldStandsOut) || layout.fontSize >= scale.bodySize + 0.75;
}

/**
 * The layout of each line of `text` (by line index), pairing the text's non-blank lines in order with the
 * extracted lines of the same text. Pairing stops at the first line that differs, so text that was edited
 * or cut after extraction keeps facts only where they still describe it.
 */
export function layoutOfLines(text: string, layout: readonly LineLayout[]): (LineLayout | undefined)[] {
  const out: (LineLayout | undefined)[] = [];
  let next = 0;
  let paired = true;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const candidate = layout[next];
    if (paired && line.trim().length > 0)
      paired = candidate !== undefined && candidate.text.trim() === line.trim();
    out.push(paired && line.trim().length > 0 ? candidate : undefined);
    if (paired && line.trim().length > 0) next++;
  }
  return out;
}

/** Two lines share a baseline when they are on one page and less than half a line apart. */
export function sameBaseline(a: LineLayout, b: LineLayout): boolean {
  return a.page === b.page && Math.abs(a.y - b.y) < 0.5 * Math.max(a.fontSize, b.fontSize, 1);
}

/**
 * A date range standing alone in a right-hand column belongs to the title at its height: the page was read
 * column after column, so the date arrived after every title. Each such date is moved onto the line it
 * sits beside (in place: line numbers keep pointing into the text); the answer maps that line to the
 * date's own line number.
 */
export function pairColumnDates(
  lines: string[],
  layouts: readonly (LineLayout | undefined)[],
): Map<number, number> {
  const moved = new Map<number, number>();
  const dateOnly = lines.map((text) => {
    const range = findDateRanges(text)[0];
    return (
      range !== undefined &&
      !trimChars(text.slice(0, range.index) + text.slice(range.index + range.length), EDGE_PUNCTUATION)
    );
  });
  // Only a column of nothing but dates: in a two-column page a role's date line in the main column can
  // share its height with a line of the sidebar.
  const mixed = new Set<string>();
  layouts.forEach((at, i) => {
    if (at && !dateOnly[i] && (lines[i] ?? '').trim()) mixed.add(`${at.page}:${at.column}`);
  });
  lines.forEach((text, i) => {
    const at = layouts[i];
    if (!at || !dateOnly[i] || mixed.has(`${at.page}:${at.column}`)) return;
    const owner = layouts.findIndex(
      (other, j) =>
        other !== undefined &&
        j !== i &&
        other.x < at.x &&
        sameBaseline(other, at) &&
        (lines[j] ?? '').trim().length > 0 &&
        !dateOnly[j],
    );
    if (owner < 0) return;
    lines[owner] = `${lines[owner]} ${text.trim()}`;
    lines[i] = '';
    moved.set(owner, i);
  });
  return moved;
}
