/**
 * Rebuilds reading-order lines from positioned PDF text runs. PDF files store text in drawing order, which
 * is often not reading order (a right-aligned date may come before its job title), so lines are rebuilt
 * from position: runs sharing a baseline form a row, ordered by x; a wide gap splits a row into cells; and
 * when a page has a gutter that almost no row crosses, the columns are read one after the other.
 */
import { z } from 'zod';

/** One text run as pdf.js reports it, in page units from the top-left corner. */
export interface PdfRun {
  text: string;
  x: number;
  /** Baseline, measured down from the top of the page. */
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
}

export const PdfCellSchema = z.object({ x: z.number(), text: z.string() });

/** A rebuilt line with the layout facts a role reader can use (headings are big or bold, dates sit right). */
export const PdfLineSchema = z.object({
  page: z.number().int().positive(),
  /** Left edge and baseline in PDF points from the page's top-left corner. */
  x: z.number(),
  y: z.number(),
  width: z.number().nonnegative(),
  /** The size of most of the line's characters, in points. */
  fontSize: z.number().nonnegative(),
  /** Most of the line's characters are in a font whose name says bold (or black, heavy, semibold). */
  bold: z.boolean(),
  /** The line's text; cells separated by a wide gap are joined with a tab. */
  text: z.string(),
  /** Pieces of the line separated by a wide gap, such as a title and its dates. */
  cells: z.array(PdfCellSchema).min(1),
  /** Which column of the page the line belongs to (0 when the page has one). */
  column: z.number().int().nonnegative(),
});
export type PdfLine = z.infer<typeof PdfLineSchema>;
type PdfCell = z.infer<typeof PdfCellSchema>;

/** Gap, in multiples of the font size, beyond which two runs are separate cells rather than words. */
const CELL_GAP_EM = 1.5;
/** Gap above which a word space is assumed when neither run carries one. */
const WORD_GAP_EM = 0.15;
/** Two runs share a row when their baselines differ by less than this part of the font size. */
const SAME_ROW_EM = 0.45;
/** A page is read as columns only if few rows cross its gutter where the columns sit. */
const MAX_CROSSING_SHARE = 0.2;
const MIN_SPLIT_ROWS = 3;

interface Cell extends PdfCell {
  end: number;
  runs: PdfRun[];
}
interface Row {
  y: number;
  cells: Cell[];
}

function groupRows(runs: PdfRun[]): PdfRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfRun[][] = [];
  let current: PdfRun[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.y - baseline) <= SAME_ROW_EM * Math.max(size, run.fontSize)) {
      current.push(run);
      continue;
    }
    if (current.length > 0) rows.push(current);
    current = [run];
    baseline = run.y;
    size = run.fontSize;
  }
  if (current.length > 0) rows.push(current);
  return rows;
}

function toCells(row: PdfRun[]): Cell[] {
  const cells: Cell[] = [];
  for (const run of [...row].sort((a, b) => a.x - b.x)) {
    const last = cells.at(-1);
    const em = Math.max(run.fontSize, 1);
    const gap = last ? run.x - last.end : Number.POSITIVE_INFINITY;
    if (!last || gap > CELL_GAP_EM * em) {
      cells.push({ x: run.x, text: run.text, end: run.x + run.width, runs: [run] });
      continue;
    }
    const spaced = /\s$/.test(last.text) || /^\s/.test(run.text);
    last.text += !spaced && gap > WORD_GAP_EM * em ? ` ${run.text}` : run.text;
    last.end = Math.max(last.end, run.x + run.width);
    last.runs.push(run);
  }
  for (const cell of cells) cell.text = cell.text.replace(/\s+/g, ' ').trim();
  return cells.filter((cell) => cell.text.length > 0);
}

/** The x of a gutter that splits at least a few rows and is crossed by few, if the page has one. */
function findGutter(rows: Row[]): number | undefined {
  const candidates = new Set<number>();
  for (const row of rows)
    for (let i = 1; i < row.cells.length; i++) {
      const left = row.cells[i - 1];
      const right = row.cells[i];
      if (left && right) candidates.add(Math.round((left.end + right.x) / 2));
    }
  let best: { x: number; split: number } | undefined;
  for (const x of candidates) {
    const crosses = rows.map((row) => row.cells.some((c) => c.x < x && c.end > x));
    const splits = rows.map(
      (row, i) => !crosses[i] && row.cells.some((c) => c.end <= x) && row.cells.some((c) => c.x >= x),
    );
    const first = splits.indexOf(true);
    const last = splits.lastIndexOf(true);
    const split = splits.filter(Boolean).length;
    // Only the stretch of page where columns sit counts: a full-width header or summary above is normal.
    const crossing = crosses.slice(first, last + 1).filter(Boolean).length;
    if (split < MIN_SPLIT_ROWS || crossing > MAX_CROSSING_SHARE * (last - first + 1)) continue;
    if (!best || split > best.split) best = { x, split };
  }
  return best?.x;
}

function dominant<T>(runs: PdfRun[], pick: (run: PdfRun) => T): T | undefined {
  const weight = new Map<T, number>();
  for (const run of runs) weight.set(pick(run), (weight.get(pick(run)) ?? 0) + run.text.length);
  let best: T | undefined;
  let max = -1;
  for (const [value, w] of weight)
    if (w > max) {
      best = value;
      max = w;
    }
  return best;
}

function toLine(page: number, cells: Cell[], y: number, column: number): PdfLine {
  const runs = cells.flatMap((c) => c.runs);
  const x = Math.min(...cells.map((c) => c.x));
  return {
    page,
    x,
    y,
    width: Math.max(...cells.map((c) => c.end)) - x,
    fontSize: dominant(runs, (r) => Math.round(r.fontSize * 10) / 10) ?? 0,
    bold: dominant(runs, (r) => r.bold) ?? false,
    text: cells.map((c) => c.text).join('\t'),
    cells: cells.map(({ x: cx, text }) => ({ x: cx, text })),
    column,
  };
}

/** Lines of one page in reading order. */
export function pageLines(page: number, runs: PdfRun[]): PdfLine[] {
  const rows: Row[] = groupRows(runs.filter((r) => r.text.trim().length > 0))
    .map((row) => ({ y: Math.max(...row.map((r) => r.y)), cells: toCells(row) }))
    .filter((row) => row.cells.length > 0);
  const gutter = findGutter(rows);
  if (gutter === undefined) return rows.map((row) => toLine(page, row.cells, row.y, 0));
  const lines: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = () => {
    lines.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.cells.some((c) => c.x < gutter && c.end > gutter)) {
      flush();
      lines.push(toLine(page, row.cells, row.y, 0));
      continue;
    }
    const leftCells = row.cells.filter((c) => c.end <= gutter);
    const rightCells = row.cells.filter((c) => c.x >= gutter);
    if (leftCells.length > 0) left.push(toLine(page, leftCells, row.y, 0));
    if (rightCells.length > 0) right.push(toLine(page, rightCells, row.y, 1));
  }
  flush();
  return lines;
}

/** Plain text of the lines: a blank line between pages, between columns and where the text leaves a gap. */
export function joinLines(lines: readonly PdfLine[]): string {
  let out = '';
  let previous: PdfLine | undefined;
  for (const line of lines) {
    if (previous) {
      const sameFlow = previous.page === line.page && previous.column === line.column;
      const gap = line.y - previous.y;
      const paragraph = !sameFlow || gap < 0 || gap > 1.9 * Math.max(previous.fontSize, line.fontSize, 1);
      out += paragraph ? '\n\n' : '\n';
    }
    out += line.text;
    previous = line;
  }
  return out;
}
