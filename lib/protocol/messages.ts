import { z } from 'zod/mini';

/**
 * Messages between the extension's parts. Every receiver parses what it gets with these schemas and drops
 * anything else; types are inferred from them. zod/mini keeps the content script lean.
 */

const termId = z.string().check(z.minLength(1), z.maxLength(80));

/** Popup or background to the content script of a tab. */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  /** How far the scan is; answered with a `PageStatus`. */
  z.object({ type: z.literal('hmo-lens/get-state') }),
  /** The text the analysis reads (profile sections on LinkedIn); answered with a `PageText`. */
  z.object({ type: z.literal('hmo-lens/get-text') }),
  z.object({ type: z.literal('hmo-lens/rescan') }),
  /** Scroll to the next occurrence of a term (the first on the first call) and emphasise it. */
  z.object({ type: z.literal('hmo-lens/reveal-term'), termId }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** Content script or popup to the background. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  /** A content script about its own tab: the badge's count. */
  z.object({
    type: z.literal('hmo-lens/page-scanned'),
    distinctTerms: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
  }),
  /** A content script asks what terms mean (for the hover card); answered with `Definitions`. */
  z.object({
    type: z.literal('hmo-lens/define'),
    termIds: z.array(termId).check(z.maxLength(2_000)),
  }),
  /** The popup asks for everything about a tab; answered with a `TabDescription`. */
  z.object({
    type: z.literal('hmo-lens/describe-tab'),
    tabId: z.number().check(z.int(), z.nonnegative()),
  }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** Term id to definition: the background's answer to `hmo-lens/define`. */
export const DefinitionsSchema = z.record(z.string(), z.string());
export type Definitions = z.infer<typeof DefinitionsSchema>;

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

/** Parses an incoming message; the error names what was wrong, for the log. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown): Parsed<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  return {
    ok: false,
    error: issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'invalid message',
  };
}
