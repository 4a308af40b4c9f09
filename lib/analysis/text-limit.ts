/**
 * How much text one analysis reads at most. A resume or a LinkedIn profile is a few thousand characters
 * (the longest real ones a few tens of thousands); a page of more is no resume, and reading all of it
 * would let one page hold up every other tab's popup while the background works on it.
 */
export const MAX_ANALYSIS_TEXT = 100_000;

/**
 * What a page may send for analysis at most, name and headline included: a little more than one analysis
 * reads, so that the analysis sees the page went on and tells the recruiter so.
 */
export const MAX_PAGE_TEXT = MAX_ANALYSIS_TEXT + 10_000;

export interface LimitedText {
  text: string;
  /** Whether the text went on past what is kept. */
  cut: boolean;
}

/**
 * The first `max` characters of a text, cut at the last line break within them when there is one (so no
 * role or date is read half), else at the last space.
 */
export function limitText(text: string, max = MAX_ANALYSIS_TEXT): LimitedText {
  if (text.length <= max) return { text, cut: false };
  const head = text.slice(0, max);
  const line = head.lastIndexOf('\n');
  const space = head.lastIndexOf(' ');
  const end = line > max / 2 ? line : space > max / 2 ? space : max;
  return { text: head.slice(0, end), cut: true };
}

/** What the recruiter is told when a text was cut, in plain words; null when all of it was read. */
export function textReadNote(read: { chars: number; cut: boolean }): string | null {
  if (!read.cut) return null;
  return `This page is too long to read whole (a resume is a few thousand characters). HMO Lens read its first ${read.chars.toLocaleString('en-US')} characters: anything after them is not in this analysis.`;
}
