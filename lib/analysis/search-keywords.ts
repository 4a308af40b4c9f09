import type { SearchTermGroup, Specialty } from './schema';
import { vocabularyOf } from './specialties';
import { conceptsIn } from './specialty';

/** Ideas from the main specialty: the candidate's own first, then the specialty's most telling. */
const FIRST_SPECIALTY_KEYWORDS = 3;
/** Ideas from a second specialty: only those the candidate mentions. */
const SECOND_SPECIALTY_KEYWORDS = 2;

/**
 * The keywords a search for people like this candidate pairs with the titles: ideas of their specialty
 * that their health-plan work mentions come first, so the string describes this candidate.
 */
export function searchKeywords(specialties: readonly Specialty[], workText: string): SearchTermGroup[] {
  const groups: SearchTermGroup[] = [];
  const add = (label: string, forms: readonly string[]) => {
    if (!groups.some((g) => g.label === label)) groups.push({ label, forms: [...forms] });
  };
  const [first, second] = specialties;
  if (first) {
    const vocabulary = vocabularyOf(first.id);
    const mentioned = conceptsIn(vocabulary, workText);
    for (const c of [...mentioned, ...vocabulary.concepts].slice(
      0,
      FIRST_SPECIALTY_KEYWORDS + mentioned.length,
    )) {
      if (groups.length < FIRST_SPECIALTY_KEYWORDS) add(c.label, c.forms);
    }
  }
  if (second) {
    const vocabulary = vocabularyOf(second.id);
    const mentioned = conceptsIn(vocabulary, workText);
    const wanted = groups.length + SECOND_SPECIALTY_KEYWORDS;
    for (const c of mentioned.length > 0 ? mentioned : vocabulary.concepts.slice(0, 1)) {
      if (groups.length < wanted) add(c.label, c.forms);
    }
  }
  return groups;
}
