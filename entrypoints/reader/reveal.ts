import type { DocumentHighlights } from './highlights';

/**
 * Scrolls to the next occurrence of a term after the one shown last ("2 of 5"), across pages, and
 * emphasises it; answers the new position.
 */
export function stepToTerm(highlights: DocumentHighlights, termId: string, last: string | undefined): string {
  const entries = highlights.scanner.entriesOf(termId);
  if (entries.length === 0) return 'not found';
  const previous = Number.parseInt(last ?? '', 10);
  const index = Number.isNaN(previous) ? 0 : previous % entries.length;
  const entry = entries[index];
  if (!entry) return 'not found';
  const element = entry.range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'instant' });
  highlights.layer.focus(entry);
  return `${index + 1} of ${entries.length}`;
}
