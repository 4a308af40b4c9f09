import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type PopupStatus, PopupView } from '../../components/popup/PopupView';
import type { TermItem } from '../../components/popup/TermList';
import type { PageReport } from '../../lib/protocol/tab-description';
import { DEFAULT_SETTINGS, settingsStore } from '../../lib/storage/settings';
import { pdfSource, readerUrl } from './pdf-tab';
import {
  assertTabExists,
  explainInjectionError,
  injectContentScript,
  NotAProfile,
  NotScanned,
  pageReport,
  rescan as rescanTab,
  revealTerm,
  TabError,
  targetTabId,
} from './tab-connection';

const settings = settingsStore(storage);
function termItems(page: PageReport): TermItem[] {
  return (page.analysis?.terms ?? []).map((t) => ({ ...t, definition: page.definitions[t.id] ?? '' }));
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Which tab the view describes, and when that tab (or which tab it is) changes. */
export interface TabTarget {
  current(): Promise<number>;
  /** Calls back when the view should look again; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
}

/** The popup's tab: `?tabId=N`, or its window's active tab; a popup closes before either can change. */
const POPUP_TARGET: TabTarget = {
  current: () => targetTabId(location.search),
  watch: () => () => {},
};

export interface AppProps {
  target?: TabTarget;
  showTimeline?: boolean;
  onOpenPanel?: () => void;
  /** In the side panel: go back to the popup. */
  onUsePopup?: (() => void) | undefined;
}

/**
 * Wires the popup view to the tab: finds it, asks its content script, injects on "Scan this page". The side
 * panel uses it too, with a target that follows the active tab and a timeline.
 */
export function App({ target = POPUP_TARGET, showTimeline, onOpenPanel, onUsePopup }: AppProps) {
  const [status, setStatus] = useState<PopupStatus>({ kind: 'loading' });
  const [highlighting, setHighlighting] = useState(DEFAULT_SETTINGS.highlighting);
  const [positions, setPositions] = useState<Record<string, string>>({});
  const tabId = useRef<number | null>(null);
  const alive = useRef(true);

  const show = useCallback((page: PageReport) => {
    setStatus(
      page.status === 'scanning' ? { kind: 'scanning' } : { kind: 'ready', page, terms: termItems(page) },
    );
    return page.status;
  }, []);

  /** Asks for the page state until the content script has finished reading the page. */
  const follow = useCallback(
    async (id: number, first: Promise<PageReport>) => {
      let state = await first;
      // A panel may have moved on to another tab meanwhile: that tab's answer is not this one's.
      while (alive.current && tabId.current === id && show(state) === 'scanning') {
        await new Promise((resolve) => setTimeout(resolve, 150));
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
          if (error instanceof NotScanned) await assertTabExists(id);
          // A PDF cannot be scanned where the browser shows it: the reader reads it instead.
          const pdf = error instanceof NotScanned ? await pdfSource(id) : null;
          if (pdf) {
            setStatus({ kind: 'pdf', readerUrl: readerUrl({ url: pdf, tabId: id }) });
            return;
          }
          throw error;
        }
      } catch (error) {
        if (error instanceof NotScanned) setStatus({ kind: 'not-scanned' });
        else if (error instanceof NotAProfile) setStatus({ kind: 'not-a-profile' });
        else if (error instanceof TabError) setStatus({ kind: 'unsupported', reason: error.message });
        else setStatus({ kind: 'error', message: (error as Error).message || 'Something went wrong.' });
      }
    },
    [follow, target],
  );

  useEffect(() => {
    alive.current = true;
    void load();
    const unfollow = target.watch(() => void load(true));
    void settings.get().then((s) => setHighlighting(s.highlighting));
    const unwatch = settings.watch((s) => setHighlighting(s.highlighting));
    return () => {
      alive.current = false;
      unwatch();
      unfollow();
    };
  }, [load, target]);

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
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    setStatus({ kind: 'error', message: 'The page did not answer after scanning.' });
  }, [follow]);

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

  const reveal = useCallback(async (termId: string) => {
    const id = tabId.current;
    if (id === null) return;
    try {
      const result = await revealTerm(id, termId);
      setPositions((p) => ({
        ...p,
        [termId]: result.total ? `${result.index} of ${result.total}` : 'not in view',
      }));
    } catch {
      setPositions((p) => ({ ...p, [termId]: 'not found' }));
    }
  }, []);

  return (
    <PopupView
      status={status}
      highlighting={highlighting}
      termPositions={positions}
      onScan={scan}
      onRescan={rescan}
      onRetry={() => void load()}
      onToggleHighlighting={(on) => {
        setHighlighting(on);
        void settings.update({ highlighting: on });
      }}
      onCopy={copyToClipboard}
      onRevealTerm={reveal}
      optionsUrl={browser.runtime.getURL('/options.html')}
      showTimeline={showTimeline}
      onOpenPanel={onOpenPanel}
      onUsePopup={onUsePopup}
      readerUrl={readerUrl()}
      readerUrlOf={(url) => readerUrl({ url, tabId: tabId.current ?? undefined })}
    />
  );
}
