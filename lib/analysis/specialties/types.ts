import type { SpecialtyId } from '../schema';

/** An idea a specialty's resumes mention, with the forms a search uses and others that only show it. */
export interface Concept {
  label: string;
  /** How it is searched for, the spelled-out form first: `("coordination of benefits" OR COB)`. */
  forms: readonly string[];
  /** Other ways resumes write it, which show the idea but make poor search terms on their own. */
  also?: readonly string[];
}

export interface SpecialtyVocabulary {
  id: SpecialtyId;
  label: string;
  short: string;
  /** Words in a job title that name this line of work. Titles are short lines, so no pattern here can run long. */
  title: RegExp;
  /** The specialty's ideas, the most telling first: the search keywords are taken from the front. */
  concepts: readonly Concept[];
}
