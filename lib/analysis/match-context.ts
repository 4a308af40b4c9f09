import { lineAround } from './line-around';

/** How far a sentence is followed across wrapped lines, either way. */
const WRAP_REACH = 3;
const ENDS_SENTENCE = /[.;!?:]\s*$/;
const STARTS_ITEM = /^\s*(?:$|[\u2022\u00b7\u25aa\u25cf\u25a0*>\u2013\u2014-]\s)/;

/** The context of a match inside a role already judged health-plan work: that judgement, in a few words. */
const IN_HEALTH_PLAN_ROLE = 'within a health plan role';

/**
 * What a glossary match is judged on: inside a role already judged health-plan work, that judgement
 * (the role's whole text would be re-read for every match in it), otherwise its sentence, followed across lines that PDF text wrapped ("…benefits,
 * eligibility and" / "claims, spending accounts and correspondence."). Lines are split once, so each call
 * costs a few lines, not the text.
 */
export function matchContext(text: string, healthPlanRoleLines: ReadonlySet<number>): (at: number) => string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const around = lineAround(text);
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    if (healthPlanRoleLines.has(lo)) return IN_HEALTH_PLAN_ROLE;
    let first = lo;
    while (first > lo - WRAP_REACH && first > 0) {
      const above = lines[first - 1] as string;
      if (ENDS_SENTENCE.test(above) || STARTS_ITEM.test(lines[first] as string) || above.trim() === '') break;
      first--;
    }
    let last = lo;
    while (last < lo + WRAP_REACH && last < lines.length - 1) {
      const below = lines[last + 1] as string;
      if (ENDS_SENTENCE.test(lines[last] as string) || STARTS_ITEM.test(below)) break;
      last++;
    }
    if (first === lo && last === lo) return around(at);
    const parts: string[] = [];
    for (let i = first; i <= last; i++) {
      const line = lines[i] as string;
      parts.push(i === lo ? around(at) : i < lo ? line.slice(-600) : line.slice(0, 600));
    }
    return parts.join(' ');
  };
}
