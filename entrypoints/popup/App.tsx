import { browser } from 'wxt/browser';
import { copyToClipboard } from '../../components/clipboard';
import { PopupView } from '../../components/popup/PopupView';
import { readerUrl } from './pdf-tab';
import { POPUP_TARGET, type TabTarget } from './tab-target';
import { useHighlighting } from './use-highlighting';
import { useTabReport } from './use-tab-report';

export interface AppProps {
  target?: TabTarget;
  showTimeline?: boolean;
  onOpenPanel?: () => void;
  /** In the side panel: go back to the popup. */
  onUsePopup?: (() => void) | undefined;
}

/**
 * Wires the popup view to its tab and to the highlighting switch. The side panel renders it too, with a
 * target that follows the active tab and room for the timeline.
 */
export function App({ target = POPUP_TARGET, showTimeline, onOpenPanel, onUsePopup }: AppProps) {
  // The tab is asked first: its answer is what the recruiter waits for.
  const tab = useTabReport(target);
  const [highlighting, setHighlighting] = useHighlighting();

  return (
    <PopupView
      status={tab.status}
      highlighting={highlighting}
      termPositions={tab.positions}
      onScan={tab.scan}
      onRescan={tab.rescan}
      onRetry={tab.retry}
      onToggleHighlighting={setHighlighting}
      onCopy={copyToClipboard}
      onRevealTerm={tab.reveal}
      optionsUrl={browser.runtime.getURL('/options.html')}
      showTimeline={showTimeline}
      onOpenPanel={onOpenPanel}
      onUsePopup={onUsePopup}
      readerUrl={readerUrl()}
      readerUrlOf={tab.readerUrlOf}
    />
  );
}
