/**
 * What a term's id and written forms may be, for the built-in glossary and the recruiter's own terms alike.
 * In zod/mini, which the classic schemas accept too: the content script reads the recruiter's terms.
 */
import { z } from 'zod/mini';

/** Stable, kebab-case: custom terms and stored settings refer to a term by it. */
export const TermIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"'), z.maxLength(80));

/** A name or other spelling of a term: something a page can show, with at least one letter or digit. */
export const FormTextSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(80),
    z.regex(/[\p{L}\p{N}]/u, 'must contain a letter or digit'),
  );
