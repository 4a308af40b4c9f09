import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TO_CONTENT_SCRIPT } from '../../lib/protocol/messages';
import { receiver } from '../../lib/protocol/protocol';
import { onTeardown } from './context-guards';
import type { HighlightedTerms } from './highlighted-terms';
import type { HoverCardUi } from './hover-card-ui';
import type { PageScan } from './page-scan';
import { termRevealer } from './reveal';

/** Answers the popup and the background: validated, and only from this extension. */
export function answerRequests(
  ctx: ContentScriptContext,
  scan: PageScan,
  terms: HighlightedTerms,
  card: HoverCardUi,
): void {
  const status = () => scan.status(terms.settings.highlighting);
  const reveal = termRevealer(ctx, scan, card);
  const onMessage = receiver(TO_CONTENT_SCRIPT, browser.runtime.id, {
    'hmo-lens/get-state': status,
    'hmo-lens/get-text': () => scan.text(),
    'hmo-lens/rescan': () => scan.rescan().then(status),
    'hmo-lens/reveal-term': ({ termId }) => reveal(termId),
  });
  browser.runtime.onMessage.addListener(onMessage);
  onTeardown(ctx, () => browser.runtime.onMessage.removeListener(onMessage));
}
