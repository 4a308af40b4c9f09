import type { Analysis } from '../../lib/analysis/schema';
import type { ContentRequest, Definitions } from '../../lib/protocol/messages';
import {
  type PageStatus,
  PageStatusSchema,
  PageTextSchema,
  type TabDescription,
} from '../../lib/protocol/page-state';

/** Sends a message to a tab's content script; rejects when none is listening. */
export type SendToTab = (tabId: number, message: ContentRequest) => Promise<unknown>;

/** The recruiter's glossary as the background uses it: built-in terms with the custom ones merged in. */
export interface Lexicon {
  analyse(text: string): Analysis;
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

export class UnreadableAnswer extends Error {
  constructor() {
    super('The page sent an answer HMO Lens does not understand.');
  }
}

/**
 * What the popup shows about a tab: the content script's status, and the analysis of the page's text, which
 * is worked out here so the content script carries neither the analysis nor the definitions. Analyses are
 * kept in memory only, one per tab, and redone when the page's revision moves on.
 */
export class TabDescriptions {
  private readonly cache = new Map<number, { url: string; revision: number; analysis: Analysis }>();

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
    let raw: unknown;
    try {
      raw = await this.send(tabId, { type: 'hmo-lens/get-state' });
    } catch {
      return { kind: 'not-scanned' };
    }
    if (raw === undefined) return { kind: 'not-scanned' };
    const status = PageStatusSchema.safeParse(raw);
    if (!status.success) throw new UnreadableAnswer();
    const lexicon = await this.lexicon();
    const analysis =
      status.data.active && status.data.status === 'ready'
        ? await this.analysisOf(tabId, status.data, lexicon)
        : null;
    return {
      kind: 'page',
      page: {
        ...status.data,
        analysis,
        definitions: definitionsOf(analysis?.terms.map((t) => t.id) ?? [], lexicon.define),
      },
    };
  }

  private async analysisOf(tabId: number, status: PageStatus, lexicon: Lexicon): Promise<Analysis> {
    const cached = this.cache.get(tabId);
    if (cached && cached.url === status.url && cached.revision === status.revision) return cached.analysis;
    const parsed = PageTextSchema.safeParse(await this.send(tabId, { type: 'hmo-lens/get-text' }));
    if (!parsed.success) throw new UnreadableAnswer();
    const { url, revision, text } = parsed.data;
    const analysis = lexicon.analyse(text);
    this.cache.set(tabId, { url, revision, analysis });
    return analysis;
  }
}
