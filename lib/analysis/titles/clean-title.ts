/** Words that rank a title within its family; the family itself is what a search needs. */
const SENIORITY = /^(?:senior|sr\.?|junior|jr\.?|lead|entry[- ]level|trainee)\s+/i;
/** "II", "3", ", Level 2", "Tier III" after a title. */
const GRADE = /\s*,?\s*(?:\b(?:[Ll]evel|[Tt]ier|[Gg]rade)\s*)?(?:\b[IVX]{1,4}\b|\b\d{1,2}\b)\s*$/;
/** "Level 2" before a title. */
const LEADING_GRADE = /^(?:level|tier|grade)\s*(?:[IVX]{1,4}|\d{1,2})\b\s*/i;
/** Qualifiers written after a title that are not part of it. */
const QUALIFIER =
  /\s*[,\u2013\u2014-]\s*(?:remote|hybrid|contract|temporary|temp|part[- ]time|full[- ]time)\s*$/i;

const MAX_TITLE_WORDS = 7;

/**
 * A resume title as a search term: without grade numerals, seniority words, parenthetical notes and
 * work-pattern qualifiers, with "Manager, Provider Network" put the way people search for it. Null when
 * nothing title-like is left.
 */
export function cleanTitle(raw: string): string | null {
  let title = raw
    .replace(/[\u201c\u201d"]/g, '')
    .replace(/\s*[([][^()[\]]*[)\]]\s*/g, ' ')
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  title = title.replace(QUALIFIER, '');
  for (let before = ''; before !== title; ) {
    before = title;
    title = title
      .replace(SENIORITY, '')
      .replace(LEADING_GRADE, '')
      .replace(GRADE, '')
      .replace(QUALIFIER, '')
      .trim();
  }
  // "Director, HMO Operations" is searched as "Director of HMO Operations"; "Manager, Provider Network"
  // as "Provider Network Manager".
  title = title
    .replace(
      /^((?:associate |assistant |executive )?(?:director|vice president|vp|head|chief))\s*,\s*(.+)$/i,
      '$1 of $2',
    )
    .replace(/^(manager|supervisor|coordinator|specialist|analyst|representative)\s*,\s*(.+)$/i, '$2 $1')
    .replace(/^[\s,;:&/-]+|[\s,;:&/-]+$/g, '');
  const words = title.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || !/\p{L}{2}/u.test(title)) return null;
  return words.join(' ');
}
