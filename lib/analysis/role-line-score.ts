import { namesHealthPlanEmployer } from './health-context';
import { EMPLOYER_WORDS, STATE, STRONG_EMPLOYER, TITLE_WORDS } from './role-names';

/**
 * Whether a line of a role block is part of its header (title, employer, place) or part of a duty. Each
 * feature adds or takes away points and the sum decides, so no single rule (a word count, a first word)
 * can throw a role away on its own; the neighbouring lines are weighed in by `isDuty`.
 */

export const BULLET_MARK =
  /^[\u2022\u00b7\u25aa\u2023\u25e6\u25cf\u25cb\u25a0\u25a1\u27a2\u25ba\u25b8\u2713\u2714*>\u2013\u2014-]\s*/;

const DUTY_VERBS =
  'process|manage|lead|handle|coordinate|review|answer|assist|resolve|verify|conduct|maintain|support|ensure|serve|train|supervise|oversee|develop|implement|perform|provide|prepare|analy[sz]e|monitor|respond|educate|collaborate|work|help|communicate|negotiate|audit|build|create|drive|reduce|improve|increase|investigate|evaluate|track|schedule|enter|adjudicate|calculate|identify|document|act|partner|advocate|own|write|deliver|design|run|mentor|teach|sell|recruit|patrol|operate|organize|facilitate|keep|research|update|initiate|receive|examine|apply|assess|approve|deny|determine|explain|follow|generate|guide|interpret|issue|log|mail|make|meet|obtain|participate|place|post|prioritize|promote|protect|reconcile|record|refer|report|represent|request|route|screen|send|set|solve|submit|take|test|transfer|translate|use|utilize|validate|collect|compile|complete|contact|correct|assign|attend|authorize|close|compose|confirm|contribute|count|cross-train|file|gather|greet|input|interview|load|locate|navigate|notify|order|pay|pend|plan|present|price|produce|provide|read|recover|rework|scan|search|sort|streamline|handle|input|key|field|triage|escalate|outreach|answered|liaise';
const VERB_START = new RegExp(`^(?:${DUTY_VERBS})(?:s|es|ed|d|ing)?\\b`, 'i');
const PAST_TENSE = /^[A-Z][a-z]+ed\b/;
/** Words ending in -ed that start titles and employer names, not achievements. */
const NOT_VERBS =
  /^(?:licensed|certified|registered|advanced|experienced|qualified|dedicated|detailed|skilled|united|limited|associated|applied|distinguished|integrated|accredited|bonded|red|seasoned|accomplished|motivated|talented|managed|medicaid|shared|assisted|supported|coordinated|contracted|preferred|billing|marketing|nursing|accounting|training|consulting|planning|contracting|credentialing|coding|recruiting|pricing|processing|staffing)\b/i;
const SMALL_WORDS =
  /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|per|the|to|via|with|within|&|-|\u2013|\u2014|\||,)$/i;
const DANGLING_END =
  /(?:,|\b(?:and|or|of|for|to|with|the|a|an|in|on|by|from|including|such as|as well as|&))$/i;
const ABBREVIATION_END = /\b(?:inc|co|corp|ltd|llc|jr|sr|st|dept|assn|l\.l\.c|n\.a|u\.s)\.$/i;
const PLACE_END = new RegExp(`,\\s*${STATE}\\.?(?:,\\s*(?:USA?|United States))?$`);

export interface LineScore {
  score: number;
  /** Short names of the features that fired, for tests and for explaining a decision. */
  features: string[];
}

/**
 * How much a piece of text reads as a role header (positive) rather than a duty (negative). `standsOut`:
 * the line was printed in bold or larger type than the body, as templates print titles.
 */
export function headerScore(text: string, standsOut = false): LineScore {
  const features: string[] = [];
  let score = 0;
  const add = (points: number, name: string) => {
    score += points;
    features.push(name);
  };
  const line = text.trim();
  if (BULLET_MARK.test(line)) add(-10, 'bullet');
  else if (standsOut) add(3, 'stands-out');
  const words = line.split(/\s+/).filter((w) => w.length > 0);
  const first = words[0] ?? '';
  if (/^[a-z(]/.test(line)) add(-6, 'lowercase-start');
  else if (VERB_START.test(first) && !NOT_VERBS.test(first)) add(-4, 'verb-start');
  else if (PAST_TENSE.test(first) && !NOT_VERBS.test(first)) add(-3, 'past-tense-start');
  else if (/^responsible for\b/i.test(line)) add(-4, 'responsible-for');
  if (TITLE_WORDS.test(line)) add(3, 'title-word');
  if (namesHealthPlanEmployer(line) || STRONG_EMPLOYER.test(line)) add(3, 'employer');
  else if (EMPLOYER_WORDS.test(line)) add(1, 'employer-word');
  if (PLACE_END.test(line)) add(2, 'place');
  if (/\s[|\u2022\u00b7\u2013\u2014]\s|\t/.test(line)) add(1, 'separator');
  if (/[.;!?]$/.test(line) && !ABBREVIATION_END.test(line)) add(words.length <= 2 ? -4 : -2, 'sentence-end');
  if (DANGLING_END.test(line)) add(-4, 'dangling-end');
  if (words.length > 8) add(-(words.length - 8) * 0.4, 'long');
  if (
    /\d+%|\$\d|\b\d{1,3}(?:,\d{3})+\b|\b\d+\+?\s+(?:claims|calls|members|providers|cases|staff)\b/i.test(line)
  )
    add(-2, 'figures');
  const content = words.filter((w) => !SMALL_WORDS.test(w) && /^[\p{L}]/u.test(w));
  if (content.length > 0) {
    const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length;
    if (capitalised >= 0.75) add(2, 'title-case');
    else if (capitalised < 0.5) add(-3, 'sentence-case');
  }
  return { score, features };
}

/** Whether a line ends mid-sentence, so the next line most likely continues it. */
function endsMidSentence(line: string): boolean {
  return DANGLING_END.test(line.trim()) || /^[a-z]/.test(line.trim());
}

/** A header needs at least this score; a line right after an unfinished duty needs more. */
const HEADER_SCORE = 1;
const HEADER_SCORE_AFTER_UNFINISHED_DUTY = 5;

/**
 * Whether a line (with no date range) is a duty, given whether the line before it was a duty and how that
 * line ended: text extracted from PDFs wraps duties at the page width, so a fragment after an unfinished
 * duty is read as its continuation unless it looks strongly like a header.
 */
export function isDuty(
  line: string,
  previous: { duty: boolean; text: string } | null,
  next: { dated: boolean; text: string; standsOut?: boolean } | null,
  standsOut = false,
): boolean {
  const { score } = headerScore(line, standsOut);
  // A header line is usually followed by another header line or the date.
  const nextIsHeader = next !== null && (next.dated || headerScore(next.text, next.standsOut).score >= 3);
  if (previous?.duty && !/[.;!?:]$/.test(previous.text.trim())) {
    if (endsMidSentence(previous.text)) return score < HEADER_SCORE_AFTER_UNFINISHED_DUTY + 2;
    return score < (nextIsHeader ? HEADER_SCORE + 1 : HEADER_SCORE_AFTER_UNFINISHED_DUTY);
  }
  return score < HEADER_SCORE;
}
