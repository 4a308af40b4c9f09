import { z } from 'zod/mini';

/**
 * Messages between the extension's parts. Every receiver parses what it gets with these schemas and drops
 * anything else; types are inferred from them. zod/mini keeps the content script lean.
 */

/** Popup (or background) to the content script of a tab. */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hmo-lens/get-state') }),
  z.object({ type: z.literal('hmo-lens/rescan') }),
  /** Scroll to the next occurrence of a term (the first on the first call) and emphasise it. */
  z.object({
    type: z.literal('hmo-lens/reveal-term'),
    termId: z.string().check(z.minLength(1), z.maxLength(80)),
  }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** Content script to the background, about its own tab. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hmo-lens/page-scanned'),
    distinctTerms: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
  }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

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
