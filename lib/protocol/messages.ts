import { z } from 'zod/mini';
import { MAX_PAGE_TEXT } from '../analysis/text-limit';
import { defineProtocol } from './protocol';

/**
 * The messages a content script sends or answers. zod/mini, and nothing about the analysis (see
 * `tab-description.ts`), keeps the script every LinkedIn page gets lean.
 */

const termId = z.string().check(z.minLength(1), z.maxLength(80));
const count = z.int().check(z.nonnegative());

/** A resume file a page embeds (an ATS's PDF viewer) or links to, which the reader can open. */
export const ResumeFileSchema = z.object({
  url: z.string().check(z.maxLength(4_000)),
  /** What the recruiter sees it as: the link's words or the file's name. */
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  how: z.enum(['embedded', 'linked']),
});
export type ResumeFile = z.infer<typeof ResumeFileSchema>;
export const MAX_RESUME_FILES = 8;

/** The content script's scan of its page. */
export const PageStatusSchema = z.object({
  url: z.string(),
  status: z.enum(['scanning', 'ready']),
  /** Whether the page is one HMO Lens reads (on LinkedIn, a profile); elsewhere nothing is analysed. */
  active: z.boolean(),
  highlighting: z.boolean(),
  /** Distinct glossary terms highlighted on the page (the toolbar badge). */
  distinctTerms: count,
  /** Goes up whenever the page's highlights change, so an analysis of older text is known to be stale. */
  revision: count,
  /** On a page scanned on request: the resume files it embeds or links, embedded first. */
  resumeFiles: z.optional(z.array(ResumeFileSchema).check(z.maxLength(MAX_RESUME_FILES))),
});
export type PageStatus = z.infer<typeof PageStatusSchema>;

/** Plain statements of what a page leaves out (a masked profile, experience that never loaded). */
export const PageNotesSchema = z.array(z.string().check(z.maxLength(400))).check(z.maxLength(8));

/** What the analysis reads (the profile sections on LinkedIn), at a revision of the page. */
export const PageTextSchema = z.object({
  url: z.string(),
  revision: count,
  text: z.string().check(z.maxLength(MAX_PAGE_TEXT)),
  notes: z.optional(PageNotesSchema),
});
export type PageText = z.infer<typeof PageTextSchema>;

/** Which occurrence of a term is now in view (1-based; 0 of 0 when the page has none). */
export const RevealResultSchema = z.object({
  termId: z.string(),
  index: count,
  total: count,
});
export type RevealResult = z.infer<typeof RevealResultSchema>;

/** Term id to definition; unknown terms are left out. */
export const DefinitionsSchema = z.record(z.string(), z.string());
export type Definitions = z.infer<typeof DefinitionsSchema>;

/** The popup or the background to the content script of a tab. */
/** The content script's bundle, for injecting it: on "Scan this page", and on a profile LinkedIn's app opens. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export const TO_CONTENT_SCRIPT = defineProtocol({
  'hmo-lens/get-state': { request: {}, response: PageStatusSchema },
  'hmo-lens/get-text': { request: {}, response: PageTextSchema },
  'hmo-lens/rescan': { request: {}, response: PageStatusSchema },
  /** Scroll to the next occurrence of a term (the first on the first call) and emphasise it. */
  'hmo-lens/reveal-term': { request: { termId }, response: RevealResultSchema },
});

/** A content script to the background, about its own tab. */
export const FROM_CONTENT_SCRIPT = defineProtocol({
  /** The badge's count. */
  'hmo-lens/page-scanned': {
    request: { distinctTerms: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)) },
    response: z.void(),
  },
  /** What terms mean, for the hover card. */
  'hmo-lens/define': {
    request: { termIds: z.array(termId).check(z.maxLength(2_000)) },
    response: DefinitionsSchema,
  },
});

export type ContentScriptRequest = z.infer<typeof TO_CONTENT_SCRIPT.requests>;
export type ContentScriptReport = z.infer<typeof FROM_CONTENT_SCRIPT.requests>;
