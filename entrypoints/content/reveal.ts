import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HighlightEntry } from '../../lib/dom/highlight-layer';
import type { RevealResult } from '../../lib/protocol/messages';
import type { HoverCardUi } from './hover-card-ui';
import type { PageScan } from './page-scan';

/**
 * "Terms on this page" in the popup: each click on a term scrolls to its next occurrence and emphasises it
 * for a moment. A new scan starts again from the first.
 */
export function termRevealer(
  ctx: ContentScriptContext,
  scan: PageScan,
  card: HoverCardUi,
): (termId: string) => RevealResult {
  const shown = new Map<string, number>();
  let unfocusTimer: number | undefined;
  scan.onRestart(() => shown.clear());

  return (termId) => {
    const entries = scan.entriesOf(termId);
    if (entries.length === 0) return { termId, index: 0, total: 0 };
    const index = ((shown.get(termId) ?? -1) + 1) % entries.length;
    shown.set(termId, index);
    const entry = entries[index] as HighlightEntry;
    entry.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
    card.hide();
    scan.focus(entry);
    if (unfocusTimer !== undefined) clearTimeout(unfocusTimer);
    unfocusTimer = ctx.setTimeout(() => scan.focus(null), 1800);
    return { termId, index: index + 1, total: entries.length };
  };
}
