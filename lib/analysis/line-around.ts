/** How far either side of a match its context reaches when its line is very long (a page read as one line). */
const CONTEXT_REACH = 240;

/**
 * The line a position sits on, cut to a few hundred characters around it so long lines cost no more. Line
 * ends are found once per text: searching back from every match would be quadratic on a page read as one
 * long line.
 */
export function lineAround(text: string): (at: number) => string {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (at) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo > 0 ? (breaks[lo - 1] as number) + 1 : 0;
    const lineEnd = lo < breaks.length ? (breaks[lo] as number) : text.length;
    return text.slice(Math.max(lineStart, at - CONTEXT_REACH), Math.min(lineEnd, at + CONTEXT_REACH));
  };
}
