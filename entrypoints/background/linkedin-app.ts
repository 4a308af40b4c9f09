import { isLinkedInProfile } from '../../lib/dom/linkedin/profile-urls';

/** What following LinkedIn's app needs: whether a tab's content script answers, and bringing it there. */
export interface LinkedInTabs {
  answers(tabId: number): Promise<boolean>;
  inject(tabId: number): Promise<void>;
}

/**
 * A `tabs.onUpdated` listener that brings the content script to a LinkedIn tab that LinkedIn's app moved
 * onto a profile without loading a page (from the feed, a search, a message). The manifest gives the
 * script to profiles only, so that the other LinkedIn pages carry nothing of HMO Lens.
 *
 * Chrome reports such a move as a load ("loading" with the new URL, then "complete"), as it does a real one:
 * the tab is looked at once it is complete, when a profile loaded as a page has had its script from the
 * manifest. Should both arrive, the second copy finds the first running and stops (content/index.ts).
 */
export function followLinkedInApp(tabs: LinkedInTabs) {
  /** Tabs whose address became a profile's, until their load completes. */
  const moved = new Set<number>();
  return async (tabId: number, change: { url?: string; status?: string }): Promise<void> => {
    if (change.url !== undefined) {
      if (isLinkedInProfile(change.url)) moved.add(tabId);
      else moved.delete(tabId);
    }
    // A new address reported on its own (no load to wait for) is acted on at once.
    const settled = change.status === 'complete' || (change.url !== undefined && change.status === undefined);
    if (!settled || !moved.delete(tabId)) return;
    try {
      // A script already there (moving from one profile to another) follows the move itself.
      if (!(await tabs.answers(tabId))) await tabs.inject(tabId);
    } catch {
      // The tab closed or moved on meanwhile: nothing to follow.
    }
  };
}
