import { z } from 'zod/mini';
import { AnalysisSchema } from '../analysis/schema';

/** The content script's answer to `hmo-lens/get-state`. */
export const PageStatusSchema = z.object({
  url: z.string(),
  status: z.enum(['scanning', 'ready']),
  /** Whether the page is one HMO Lens reads (on LinkedIn, a profile); elsewhere nothing is analysed. */
  active: z.boolean(),
  highlighting: z.boolean(),
  /** Distinct glossary terms highlighted on the page (the toolbar badge). */
  distinctTerms: z.int().check(z.nonnegative()),
  /** Goes up whenever the page's highlights change, so an analysis of older text is known to be stale. */
  revision: z.int().check(z.nonnegative()),
});
export type PageStatus = z.infer<typeof PageStatusSchema>;

/** The content script's answer to `hmo-lens/get-text`: what the analysis reads, at a revision. */
export const PageTextSchema = z.object({
  url: z.string(),
  revision: z.int().check(z.nonnegative()),
  text: z.string(),
});
export type PageText = z.infer<typeof PageTextSchema>;

/** What the popup shows: the page's status with the background's analysis of its text. */
export const PageStateSchema = z.object({
  ...PageStatusSchema.shape,
  analysis: z.nullable(AnalysisSchema),
  /** Definitions of the terms in `analysis.terms`, so the popup need not carry the glossary. */
  definitions: z.record(z.string(), z.string()),
});
export type PageState = z.infer<typeof PageStateSchema>;

/** The background's answer to `hmo-lens/describe-tab`: no content script answered, or the page's state. */
export const TabDescriptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('not-scanned') }),
  z.object({ kind: z.literal('page'), page: PageStateSchema }),
]);
export type TabDescription = z.infer<typeof TabDescriptionSchema>;

/** The content script's answer to `hmo-lens/reveal-term`: which occurrence is now in view (1-based). */
export const RevealResultSchema = z.object({
  termId: z.string(),
  index: z.int().check(z.nonnegative()),
  total: z.int().check(z.nonnegative()),
});

export type RevealResult = z.infer<typeof RevealResultSchema>;
