import type { Analysis } from '../../lib/analysis/schema';
import {
  type ContentScriptRequest,
  type Definitions,
  type PageStatus,
  TO_CONTENT_SCRIPT,
} from '../../lib/protocol/messages';
import { request, UnreadableAnswer } from '../../lib/protocol/protocol';
import type { TabDescription } from '../../lib/protocol/tab-description';

/** Sends a message to a tab's content script; rejects when none is listening. */
export type SendToTab = (tabId: number, message: ContentScriptRequest) => Promise<unknown>;

/** The recruiter's glossary as the background uses it: built-in terms with the custom ones merged in. */
export interface Lexicon {
  analyze(text: string): Analysis;
  define(termId: string): string | undefined;
}

/** Definitions of the given terms; unknown ids are left out. */
export function definitionsOf(termIds: readonly string[], define: Lexicon['define']): Definitions {
  const definitions: Definitions = {};
  for (const id of termIds) {
    const definition = define(id);
    if (definition !== undefined) definitions[id] = definition;
  }
  return definitions;
}

/** A page's analysis, and what the page left out of it. */
interface Reading {
  analysis: Analysis;
  notes: string[];
}

/**
 * What the popup shows about a tab: the content script's status, and the analysis of the page's text, which
 * is worked out here so the content script carries neither the analysis nor the definitions. Analyses are
 * kept in memory only, one per tab, and redone when the page's revision moves on.
 */
export class TabDescriptions {
  private readonly cache = new Map<number, { url: string; revision: number; reading: Reading }>();

  constructor(
    private readonly send: SendToTab,
    private readonly lexicon: () => Promise<Lexicon>,
  ) {}

  /** The tab closed or navigated: its analysis describes a page that is gone. */
  forget(tabId: number): void {
    this.cache.delete(tabId);
  }

  /** The recruiter's terms changed: every analysis counted with the old ones. */
  forgetAll(): void {
    this.cache.clear();
  }

  async describe(tabId: number): Promise<TabDescription> {
    const toTab = (message: ContentScriptRequest) => this.send(tabId, message);
    let status: PageStatus;
    try {
      status = await request(TO_CONTENT_SCRIPT, toTab, { type: 'hmo-lens/get-state' });
    } catch (error) {
      // Sending failed or nothing answered: no content script runs there.
      if (error instanceof UnreadableAnswer) throw error;
      return { kind: 'not-scanned' };
    }
    const lexicon = await this.lexicon();
    const reading =
      status.active && status.status === 'ready'
        ? await this.analysisOf(tabId, toTab, status, lexicon)
        : null;
    const analysis = reading?.analysis ?? null;
    return {
      kind: 'page',
      page: {
        ...status,
        analysis,
        ...(reading && reading.notes.length > 0 ? { notes: reading.notes } : {}),
        definitions: definitionsOf(analysis?.terms.map((t) => t.id) ?? [], lexicon.define),
      },
    };
  }

  private async analysisOf(
    tabId: number,
    toTab: (message: ContentScriptRequest) => Promise<unknown>,
    status: PageStatus,
    lexicon: Lexicon,
  ): Promise<Reading> {
    const cached = this.cache.get(tabId);
    if (cached && cached.url === status.url && cached.revision === status.revision) return cached.reading;
    const page = await request(TO_CONTENT_SCRIPT, toTab, { type: 'hmo-lens/get-text' });
    const reading = { analysis: lexicon.analyze(page.text), notes: page.notes ?? [] };
    this.cache.set(tabId, { url: page.url, revision: page.revision, reading });
    return reading;
  }
}
