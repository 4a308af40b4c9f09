import { z } from 'zod';
import { CATEGORIES } from './categories';
import { FormTextSchema, TermIdSchema } from './term-rules';

export { CATEGORIES, CATEGORY_LABELS, type Category } from './categories';

export const CategorySchema = z.enum(CATEGORIES);

/**
 * How strongly a term on its own says "health-plan work":
 * - `high`: practically only used in health plans (capitation, HMO, prior authorization);
 * - `medium`: health care, but also clinical or general (HIPAA, Medicaid, ICD-10);
 * - `shared`: common in other fields too (claims, case management, member services), so it only counts
 *   next to a health cue.
 */
export const SpecificitySchema = z.enum(['high', 'medium', 'shared']);
export type Specificity = z.infer<typeof SpecificitySchema>;

/** Skills a term is evidence of; the red flags look for these. */
export const SkillSchema = z.enum(['claims', 'regulation', 'compliance']);
export type Skill = z.infer<typeof SkillSchema>;

export const TermSchema = z.object({
  id: TermIdSchema,
  term: FormTextSchema,
  /**
   * Other written forms. A word written in capitals (HMO, ICD) is matched case-sensitively; other words
   * match in any case. Plurals, possessives and hyphen/space variants are derived, not listed.
   */
  aliases: z.array(FormTextSchema).default([]),
  category: CategorySchema,
  specificity: SpecificitySchema,
  skills: z.array(SkillSchema).default([]),
  /** Lowercase words that, right before or after a form, mean it is something else ("neural network model"). */
  notAfter: z.array(z.string().regex(/^[a-z0-9]+$/)).default([]),
  notBefore: z.array(z.string().regex(/^[a-z0-9]+$/)).default([]),
});

/** A definition: a few plain sentences that fit the hover card. */
export const DefinitionSchema = z.string().trim().min(20).max(280);

export type Term = z.infer<typeof TermSchema>;
export type TermInput = z.input<typeof TermSchema>;

export const GlossarySchema = z.array(TermSchema).min(1);
