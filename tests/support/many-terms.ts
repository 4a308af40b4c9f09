import type { CustomTerm } from '../../lib/storage/custom-terms';

/** `n` distinct custom terms named after `prefix`, for tests of the limit on terms. */
export function manyTerms(prefix: string, n: number): CustomTerm[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `custom-${prefix}-${i}`,
    term: `${prefix} term ${i}`,
    aliases: [],
    definition: 'A term of ours.',
    category: 'operations',
  }));
}
