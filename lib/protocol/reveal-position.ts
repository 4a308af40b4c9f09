import type { RevealResult } from './messages';

/**
 * What the popup's term list says after the page scrolled to a term: which occurrence is shown ("2 of 5"),
 * or that none is in view (the content script counts only the occurrences it has highlighted).
 */
export function revealPosition(result: RevealResult): string {
  return result.total ? `${result.index} of ${result.total}` : 'not in view';
}
