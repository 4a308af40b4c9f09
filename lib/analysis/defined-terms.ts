import type { Analysis } from './schema';

/** A term the analysis found, with the definition the term list shows beside it. */
export type DefinedTerm = Analysis['terms'][number] & { definition: string };

/**
 * The analysis's terms with their definitions. The popup gets definitions from the background and the
 * reader from the stored glossary, so each says how to look one up; a term with none shows an empty one.
 */
export function definedTerms(
  terms: Analysis['terms'],
  define: (id: string) => string | undefined,
): DefinedTerm[] {
  return terms.map((t) => ({ ...t, definition: define(t.id) ?? '' }));
}
