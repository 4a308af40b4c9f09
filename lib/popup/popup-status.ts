import { type DefinedTerm, definedTerms } from '../analysis/defined-terms';
import type { PageReport } from '../protocol/tab-description';

/**
 * What the popup shows about its tab: the background's report, or why there is none. The classes are
 * thrown where the tab is asked (entrypoints/popup/tab-connection.ts) and told apart here.
 */

/** There is no such tab, or no tab to describe: its message says which, in words a recruiter understands. */
export class TabError extends Error {}

/** No content script answered: the page has not been scanned (or cannot be). */
export class NotScanned extends Error {}

/** A LinkedIn page other than a profile: HMO Lens reads nothing there. */
export class NotAProfile extends Error {}

/** A report as the popup shows it: a page still being read, or what was read with the terms defined. */
export type ReportState = { kind: 'scanning' } | { kind: 'ready'; page: PageReport; terms: DefinedTerm[] };

export function reportState(page: PageReport): ReportState {
  return page.status === 'scanning'
    ? { kind: 'scanning' }
    : { kind: 'ready', page, terms: definedTerms(page.analysis?.terms ?? [], (id) => page.definitions[id]) };
}

/** What the popup shows instead of a report. */
export type TabFailure =
  | { kind: 'not-scanned' }
  /** A LinkedIn page other than a profile (the feed, jobs): nothing there is read. */
  | { kind: 'not-a-profile' }
  | { kind: 'unsupported'; reason: string }
  | { kind: 'error'; message: string };

/** A failure to describe the tab, as the popup shows it; an unexpected error is shown as it is. */
export function tabFailure(error: unknown): TabFailure {
  if (error instanceof NotScanned) return { kind: 'not-scanned' };
  if (error instanceof NotAProfile) return { kind: 'not-a-profile' };
  if (error instanceof TabError) return { kind: 'unsupported', reason: error.message };
  return { kind: 'error', message: (error as Error).message || 'Something went wrong.' };
}

/**
 * Every state the popup can be in: looking at its tab, a tab showing a PDF (the reader page reads it), a
 * report, or why there is none.
 */
export type PopupStatus = { kind: 'loading' } | { kind: 'pdf'; readerUrl: string } | ReportState | TabFailure;
