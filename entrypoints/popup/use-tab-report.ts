import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { explainInjectionError } from '../../lib/popup/injection-error';
import { NotScanned, type PopupStatus, reportState, tabFailure } from '../../lib/popup/popup-status';
import { revealPosition } from '../../lib/protocol/reveal-position';
import type { PageReport } from '../../lib/protocol/tab-description';
import { readerForUnanswered, readerUrl } from './pdf-tab';
import { injectContentScript, pageReport, rescan as rescanTab, revealTerm } from './tab-connection';
import type { TabTarget } from './tab-target';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the view knows about its tab: finds the tab, asks the background for its report, follows a page
 * that is still being read until it is ready, and scans, rescans or reveals a term when the recruiter asks.
 * `positions` says where each term was last revealed ("2 of 5"); they belong to one tab.
 */
export function useTabReport(target: TabTarget) {
  const [status, setStatus] = useState<PopupStatus>({ kind: 'loading' });
  const [positions, setPositions] = useState<Record<string, string>>({});
  const tabId = useRef<number | null>(null);
  const alive = useRef(true);

  const show = useCallback((page: PageReport) => {
    setStatus(reportState(page));
    return page.status;
  }, []);

  /** Asks for the page state until the content script has finished reading the page. */
  const follow = useCallback(
    async (id: number, first: Promise<PageReport>) => {
      let state = await first;
      // A panel may have moved on to another tab meanwhile: that tab's answer is not this one's.
      while (alive.current && tabId.current === id && show(state) === 'scanning') {
        await wait(150);
        state = await pageReport(id);
      }
    },
    [show],
  );

  /** `quiet` keeps what is shown until the new answer arrives, so a panel that refreshes does not flicker. */
  const load = useCallback(
    async (quiet = false) => {
      if (!quiet) setStatus({ kind: 'loading' });
      try {
        const id = await target.current();
        if (id !== tabId.current) setPositions({});
        tabId.current = id;
        try {
          await follow(id, pageReport(id));
        } catch (error) {
          const reader = error instanceof NotScanned ? await readerForUnanswered(id) : null;
          if (reader) {
            setStatus({ kind: 'pdf', readerUrl: reader });
            return;
          }
          throw error;
        }
      } catch (error) {
        setStatus(tabFailure(error));
      }
    },
    [follow, target],
  );

  // A side panel's target changes tab, or its tab navigates: it then looks again, quietly.
  useEffect(() => {
    alive.current = true;
    void load();
    const unfollow = target.watch(() => void load(true));
    return () => {
      alive.current = false;
      unfollow();
    };
  }, [load, target]);

  /** "Scan this page": injects the content script, then follows its first scan. */
  const scan = useCallback(async () => {
    const id = tabId.current;
    if (id === null) return;
    setStatus({ kind: 'scanning' });
    try {
      await injectContentScript(id);
    } catch (error) {
      setStatus({ kind: 'unsupported', reason: explainInjectionError(error) });
      return;
    }
    // The script answers once it has set up its listener; until then the tab has no receiver.
    for (let attempt = 0; attempt < 40 && alive.current; attempt++) {
      try {
        await follow(id, pageReport(id));
        return;
      } catch (error) {
        if (!(error instanceof NotScanned)) {
          setStatus({ kind: 'error', message: (error as Error).message });
          return;
        }
        await wait(100);
      }
    }
    setStatus({ kind: 'error', message: 'The page did not answer after scanning.' });
  }, [follow]);

  /** Reads the page again from scratch; the old positions point at highlights that are gone. */
  const rescan = useCallback(async () => {
    const id = tabId.current;
    if (id === null) return;
    setPositions({});
    setStatus({ kind: 'scanning' });
    try {
      await rescanTab(id);
      await follow(id, pageReport(id));
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message || 'Rescan failed.' });
    }
  }, [follow]);

  /** Scrolls the page to the term's next occurrence and says which one it is. */
  const reveal = useCallback(async (termId: string) => {
    const id = tabId.current;
    if (id === null) return;
    try {
      const result = await revealTerm(id, termId);
      setPositions((p) => ({ ...p, [termId]: revealPosition(result) }));
    } catch {
      setPositions((p) => ({ ...p, [termId]: 'not found' }));
    }
  }, []);

  return {
    status,
    positions,
    scan,
    rescan,
    reveal,
    retry: () => void load(),
    /** The reader opening a file of this tab's page, fetched through the tab the recruiter's click granted. */
    readerUrlOf: (url: string) => readerUrl({ url, tabId: tabId.current ?? undefined }),
  };
}
