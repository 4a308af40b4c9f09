import type { Term } from './schema';
import { TERMS } from './terms';

export { CATEGORIES, CATEGORY_LABELS, type Category } from './categories';
export type { Specificity, Term, TermInput } from './schema';

/**
 * The built-in glossary with defaults filled in. Validation against `GlossarySchema` happens in the tests
 * (tests/glossary), not at run time, so the content script does not carry zod for it.
 */
export const GLOSSARY: readonly Term[] = TERMS.map((term) => ({
  aliases: [],
  skills: [],
  notAfter: [],
  notBefore: [],
  ...term,
}));
