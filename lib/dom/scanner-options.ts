import type { Matcher } from '../matching/matcher';
import type { HighlightLayer } from './highlight-layer';

/** What a PageScanner scans, how it draws, and how it shares the page's main thread. */
export interface ScannerOptions {
  win: Window;
  root: Element;
  matcher: Matcher;
  layer: HighlightLayer;
  /** Aborting stops scanning and observing; the caller clears the layer. */
  signal: AbortSignal;
  /** Called after each scan, full or incremental, that changed the highlights. */
  onChange?: () => void;
  /** Longest stretch of work before yielding to the page. */
  sliceMs?: number;
  /** How long mutations are gathered before the changed parts are rescanned. */
  mutationDelayMs?: number;
  /**
   * Also scans and watches the text of open shadow roots (web components). Only where their highlights are
   * drawn without touching the component: Chromium passes the document's ::highlight rule down into shadow
   * trees; Firefox would need a style sheet added to each component.
   */
  shadowRoots?: boolean;
}
