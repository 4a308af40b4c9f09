/** Title and employer read from a role's header lines. */
import { namesHealthPlanEmployer } from './health-context';
import { EDGE_PUNCTUATION, trimChars } from './resume-lines';

export const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico';

/**
 * The two-letter codes of the states, DC and the territories: only these end a place, so "VP, Health Plan
 * Operations" and "Director, QA" keep their titles.
 */
export const STATE_CODES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|GU|VI';
const STATE_CODE = new RegExp(`^(?:${STATE_CODES})$`);
/** ", OH", ", Ohio": the end of a place. */
export const STATE = `(?:${STATE_CODES}|${US_STATES})`;
const CITY_STATE = new RegExp(`^[A-Z][a-zA-Z.' ]+,\\s*${STATE}(?:,\\s*(?:USA?|United States))?$`);

const NOISE = [
  /^(?:full[- ]time|part[- ]time|contract(?:or)?|temporary|temp|internship|intern|self[- ]employed|permanent|seasonal|freelance|remote|hybrid|on[- ]site|per diem|prn)$/i,
  /^\d+\s*(?:yrs?|years?|mos?|months?)(?:\s+\d+\s*(?:mos?|months?))?$/i,
  /^(?:greater\s+)?[A-Z][\w.' ]+(?:area|metro(?:politan)?(?: area)?)$/,
  CITY_STATE,
  /^(?:USA?|United States|Remote)$/i,
];

function isNoise(part: string): boolean {
  return part.length < 2 || NOISE.some((re) => re.test(part));
}

export const TITLE_WORDS =
  /\b(?:coordinator|specialist|representative|rep|manager|examiner|analyst|processor|nurse|rn|lpn|lvn|director|officer|assistant|associate|adjuster|administrator|clerk|agent|consultant|intern|supervisor|lead|engineer|developer|technician|biller|coder|auditor|investigator|advocate|navigator|liaison|educator|trainer|counselor|generalist|worker|teller|cashier|accountant|vp|svp|evp|avp|vice president|president|head|owner|founder|executive|programmer|designer|receptionist|scheduler|therapist|physician|pharmacist|underwriter|actuary|caseworker|teacher|instructor|driver|guard|technologist|writer|editor|architect|scientist|researcher|controller|planner|strategist|partner|principal|chief|ceo|cfo|cto|coo|secretary|bookkeeper|server|cook|sales|dispatcher|aide|medical assistant|paralegal|attorney|banker|recruiter)s?\b/i;
export const EMPLOYER_WORDS =
  /\b(?:inc|llc|llp|ltd|corp|corporation|company|co|group|health|healthcare|hospital|medical|insurance|plan|plans|university|college|bank|services|solutions|systems|partners|foundation|clinic|network|care|county|state|city|department|agency|aetna|cigna|humana|kaiser|anthem|molina|centene|optum|unitedhealthcare|wellcare|elevance|highmark|bcbs|blue ?cross|blue ?shield|ambetter|oscar|caresource|amerigroup)\b/i;

/** Words that make "Manager, Provider Network" one title rather than a title and an employer. */
const DEPARTMENT =
  /^(?:[A-Z]{2,5}\s+)?(?:[\w&/-]+\s+){0,2}(?:operations|services|network|relations|management|claims|department|programs?|compliance|quality|enrollment|billing|accounts|support|development|strategy|contracting|credentialing|review|analytics|intake|appeals|grievances)$/i;
const COMPANY_SUFFIX = /\b(?:inc|llc|llp|ltd|corp|corporation|company)\b/i;
export const STRONG_EMPLOYER =
  /\b(?:inc|llc|llp|ltd|corp|corporation|company|hospital|health plan|healthcare|insurance|university|bank)\b/i;

/**
 * A part without separators at its ends, and without a bracket at an end only when it has no partner:
 * "Mesa Health (Medicaid managed care)" keeps its closing bracket.
 */
function trimPart(part: string): string {
  let trimmed = trimChars(part, EDGE_PUNCTUATION);
  for (;;) {
    const before = trimmed;
    if (trimmed.startsWith('(') && !trimmed.includes(')')) trimmed = trimmed.slice(1);
    if (trimmed.endsWith(')') && !trimmed.includes('(')) trimmed = trimmed.slice(0, -1);
    if (trimmed.startsWith('(') && trimmed.endsWith(')') && trimmed.indexOf(')') === trimmed.length - 1)
      trimmed = trimmed.slice(1, -1);
    trimmed = trimChars(trimmed, EDGE_PUNCTUATION);
    if (trimmed === before) return trimmed;
  }
}

const TRAILING_PLACE = new RegExp(`,\\s*[A-Z][a-zA-Z. ]+,\\s*${STATE}\\b\\.?$`);

/** Title, employer and extras written on one line: "Claims Examiner, Aetna | Hartford, CT". */
function splitParts(text: string): string[] {
  const withoutPlace = text
    .replace(TRAILING_PLACE, '')
    .replace(/\s*\(([^()]*)\)/g, (all, inner: string) => (inner.split(/,\s*/).every(isNoise) ? '' : all));
  return withoutPlace
    .split(/\s+(?:[|\u2022\u00b7\u2014\u2013@-]|at)\s+|\s*[|\u2022\u00b7]\s*|\s{3,}|\t+/)
    .filter((piece) => !CITY_STATE.test(trimPart(piece)))
    .flatMap((piece) => {
      // "Anthem, Inc.": a company suffix stays with the name before it.
      const [head, ...tail] = piece.split(/,\s+(?=[A-Z])(?!(?:Inc|LLC|LLP|Ltd|Corp|Co|L\.?P|P\.?C|N\.?A)\b)/);
      const next = tail[0];
      // After a bare rank ("VP", "Director") a department may name the plan ("VP, Health Plan Operations")
      // or be an acronym that is no state ("Director, QA").
      const rankOnly = head !== undefined && head.split(' ').length <= 2 && TITLE_WORDS.test(head);
      // After a longer title, "UPMC Physician Services" (an acronym first) is an employer's name.
      const company =
        next !== undefined &&
        (rankOnly ? COMPANY_SUFFIX.test(next) : STRONG_EMPLOYER.test(next) || /^[A-Z]{2,5}\s/.test(next));
      const acronym = rankOnly && next !== undefined && /^[A-Z]{2,5}$/.test(next) && !STATE_CODE.test(next);
      if (next !== undefined && (acronym || (DEPARTMENT.test(next) && !company))) {
        return [`${head}, ${tail[0]}`, ...tail.slice(1)];
      }
      return [head as string, ...tail];
    })
    .map(trimPart)
    .filter((part) => !isNoise(part));
}

const namesEmployer = (part: string) => namesHealthPlanEmployer(part) || STRONG_EMPLOYER.test(part);
/** Weaker: words such as care, health or services are in titles too ("Customer Care Professional"). */
const looksLikeEmployer = (part: string) => namesEmployer(part) || EMPLOYER_WORDS.test(part);

/**
 * Title and employer from a role's header lines. The title is the part with a title word; failing that,
 * the first part of a line set in bold or larger type (`standOut`, from a PDF's layout) that does not name
 * an employer, then the first part anywhere that does not look like one.
 */
export function titleAndEmployer(
  headerTexts: readonly string[],
  standOut: readonly string[] = [],
): { title: string; employer: string | null } | null {
  const parts = headerTexts.flatMap(splitParts);
  if (parts.length === 0) return null;
  const emphasised = new Set(standOut.flatMap(splitParts));
  const candidates = [
    parts.findIndex((p) => TITLE_WORDS.test(p)),
    parts.findIndex((p) => emphasised.has(p) && !namesEmployer(p)),
    parts.findIndex((p) => !looksLikeEmployer(p)),
  ];
  const titleIndex = Math.max(0, candidates.find((i) => i >= 0) ?? 0);
  const title = parts[titleIndex] as string;
  const rest = parts.filter((_, i) => i !== titleIndex);
  const employer =
    rest.find((p) => namesHealthPlanEmployer(p) || STRONG_EMPLOYER.test(p)) ??
    rest.find((p) => EMPLOYER_WORDS.test(p)) ??
    rest[0] ??
    null;
  return { title, employer };
}
