import type { AnalysisOutcome } from '../../lib/analysis/analyze';
import type { Analysis } from '../../lib/analysis/schema';
import type { AnalysisStopped } from '../../lib/analysis/time-budget';
import { isLinkedIn, isLinkedInProfile } from '../../lib/dom/linkedin/profile-urls';
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

/**
 * The recruiter's glossary as the background uses it: built-in terms with the custom ones merged in. Its
 * analyses are bounded in time, so that no page keeps the other tabs waiting for long.
 */
export interface Lexicon {
  analyze(text: string): AnalysisOutcome;
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

/** Lets messages already waiting (other tabs' requests) be answered before a long piece of work. */
const yieldToWaitingMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A page's analysis (none when it took too long: then `stopped`), and what the page left out of it, for
 * the page's URL and revision it was read at.
 */
interface Reading {
  url: string;
  revision: number;
  analysis: Analysis | null;
  stopped?: AnalysisStopped;
  notes: string[];
}

/**
 * What the popup shows about a tab: the content script's status, and the analysis of the page's text, which
 * is worked out here so the content script carries neither the analysis nor the definitions. Analyses are
 * kept in memory only, one per tab, and redone when the page's revision moves on.
 *
 * One page must not hold up the others: the text an analysis reads is bounded (`MAX_ANALYSIS_TEXT`) and so
 * is its time (`ANALYSIS_TIME_LIMIT_MS`; a page too slow stays so for its revision, and is not tried again
 * at each popup), a tab has one analysis in progress at most however often its popup asks, and an analysis
 * starts only after the messages already waiting were answered.
 */
export class TabDescriptions {
  private readonly cache = new Map<number, Reading>();
  private readonly running = new Map<number, Promise<Reading>>();

  constructor(
    private readonly send: SendToTab,
    private readonly lexicon: () => Promise<Lexicon>,
    private readonly pause: () => Promise<void> = yieldToWaitingMessages,
    /** The tab's address where the background may know it (LinkedIn's tabs). */
    private readonly urlOf: (tabId: number) => Promise<string | undefined> = async () => undefined,
  ) {}

  /** The tab closed or navigated: its analysis describes a page that is gone. */
  forget(tabId: number): void {
    this.cache.delete(tabId);
    this.running.delete(tabId);
  }

  /** The recruiter's terms changed: every analysis counted with the old ones. */
  forgetAll(): void {
    this.cache.clear();
    this.running.clear();
  }

  async describe(tabId: number): Promise<TabDescription> {
    const toTab = (message: ContentScriptRequest) => this.send(tabId, message);
    let status: PageStatus;
    try {
      status = await request(TO_CONTENT_SCRIPT, toTab, { type: 'hmo-lens/get-state' });
    } catch (error) {
      // Sending failed or nothing answered: no content script runs there.
      if (error instanceof UnreadableAnswer) throw error;
      // LinkedIn's other pages get no content script (see content/index.ts): not one to scan on request.
      const url = await this.urlOf(tabId);
      return url && isLinkedIn(url) && !isLinkedInProfile(url)
        ? { kind: 'not-a-profile' }
        : { kind: 'not-scanned' };
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
        ...(reading?.stopped ? { stopped: reading.stopped } : {}),
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
    const fresh = (known: Reading | undefined) =>
      known && known.url === status.url && known.revision === status.revision ? known : null;
    const cached = fresh(this.cache.get(tabId));
    if (cached) return cached;
    const running = this.running.get(tabId);
    if (running) {
      const shared = fresh(await running);
      if (shared) return shared;
    }
    const work = this.read(toTab, lexicon);
    this.running.set(tabId, work);
    try {
      const done = await work;
      // Kept only if the tab was not forgotten (closed, reloaded, terms changed) meanwhile.
      if (this.running.get(tabId) === work) this.cache.set(tabId, done);
      return done;
    } finally {
      if (this.running.get(tabId) === work) this.running.delete(tabId);
    }
  }

  private async read(
    toTab: (message: ContentScriptRequest) => Promise<unknown>,
    lexicon: Lexicon,
  ): Promise<Reading> {
    const page = await request(TO_CONTENT_SCRIPT, toTab, { type: 'hmo-lens/get-text' });
    await this.pause();
    const outcome = lexicon.analyze(page.text);
    return {
      url: page.url,
      revision: page.revision,
      ...(outcome.kind === 'done'
        ? { analysis: outcome.analysis }
        : { analysis: null, stopped: outcome.stopped }),
      notes: page.notes ?? [],
    };
  }
}
