import { z } from 'zod';
import { AnalysisSchema } from './analysis-schema';

/** The content script's answer to `hmo-lens/get-state`; the popup validates it before showing anything. */
export const PageStateSchema = z.object({
  url: z.string(),
  status: z.enum(['scanning', 'ready']),
  highlighting: z.boolean(),
  /** Distinct glossary terms highlighted on the page (the toolbar badge). */
  distinctTerms: z.number().int().nonnegative(),
  analysis: AnalysisSchema.nullable(),
});

export type PageState = z.infer<typeof PageStateSchema>;

/** The content script's answer to `hmo-lens/reveal-term`: which occurrence is now in view (1-based). */
export const RevealResultSchema = z.object({
  termId: z.string(),
  index: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export type RevealResult = z.infer<typeof RevealResultSchema>;
