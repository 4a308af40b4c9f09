import { z } from 'zod/mini';
import { AnalysisSchema } from './analysis-schema';

/** The content script's answer to `hmo-lens/get-state`; the popup validates it before showing anything. */
export const PageStateSchema = z.object({
  url: z.string(),
  status: z.enum(['scanning', 'ready']),
  highlighting: z.boolean(),
  /** Distinct glossary terms highlighted on the page (the toolbar badge). */
  distinctTerms: z.int().check(z.nonnegative()),
  analysis: z.nullable(AnalysisSchema),
  /** Definitions of the terms in `analysis.terms`, so the popup need not carry the glossary. */
  definitions: z.record(z.string(), z.string()),
});

export type PageState = z.infer<typeof PageStateSchema>;

/** The content script's answer to `hmo-lens/reveal-term`: which occurrence is now in view (1-based). */
export const RevealResultSchema = z.object({
  termId: z.string(),
  index: z.int().check(z.nonnegative()),
  total: z.int().check(z.nonnegative()),
});

export type RevealResult = z.infer<typeof RevealResultSchema>;
