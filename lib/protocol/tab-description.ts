import { z } from 'zod/mini';
import { AnalysisSchema } from '../analysis/schema';
import { AnalysisStoppedSchema } from '../analysis/time-budget';
import { FROM_CONTENT_SCRIPT, PageNotesSchema, PageStatusSchema } from './messages';
import { defineProtocol } from './protocol';

/** What the popup shows about a page: its status, with the background's analysis of its text. */
export const PageReportSchema = z.object({
  ...PageStatusSchema.shape,
  analysis: z.nullable(AnalysisSchema),
  /** The analysis ran out of time (`analysis` is then null): the page is too large or slow to analyse. */
  stopped: z.optional(AnalysisStoppedSchema),
  /** What the page leaves out of the analysis, to be said beside it. */
  notes: z.optional(PageNotesSchema),
  /** Definitions of the terms in `analysis.terms`, so the popup need not carry the glossary. */
  definitions: z.record(z.string(), z.string()),
});
export type PageReport = z.infer<typeof PageReportSchema>;

/**
 * What the background says about a tab: no content script answered there, none answered because it is a
 * LinkedIn page other than a profile (HMO Lens comes to none of those), or its page's report.
 */
export const TabDescriptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('not-scanned') }),
  z.object({ kind: z.literal('not-a-profile') }),
  z.object({ kind: z.literal('page'), page: PageReportSchema }),
]);
export type TabDescription = z.infer<typeof TabDescriptionSchema>;

/**
 * An extension page (the popup) to the background. Apart from the content scripts' messages because its
 * answer carries the analysis, which content scripts have no use for.
 */
export const FROM_EXTENSION_PAGE = defineProtocol({
  'hmo-lens/describe-tab': {
    request: { tabId: z.number().check(z.int(), z.nonnegative()) },
    response: TabDescriptionSchema,
  },
});

/** Everything the background answers. */
export const TO_BACKGROUND = defineProtocol({
  ...FROM_CONTENT_SCRIPT.messages,
  ...FROM_EXTENSION_PAGE.messages,
});
export type BackgroundRequest = z.infer<typeof TO_BACKGROUND.requests>;
