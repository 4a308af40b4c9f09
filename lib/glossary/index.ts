import { GlossarySchema, type Term } from './schema';
import { TERMS } from './terms';

export * from './schema';

/** The built-in glossary, validated once at load: a bad entry fails loudly in tests and at build time. */
export const GLOSSARY: readonly Term[] = GlossarySchema.parse(TERMS);

const byId = new Map(GLOSSARY.map((term) => [term.id, term]));

export function termById(id: string): Term | undefined {
  return byId.get(id);
}
