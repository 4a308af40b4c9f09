export interface BadgeUpdate {
  tabId: number;
  text: string;
}

/** The toolbar badge of the sender's tab: its count of distinct terms, blank for none. */
export function badgeUpdate(distinctTerms: number, sender: { tab?: { id?: number } }): BadgeUpdate | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  return { tabId, text: distinctTerms > 0 ? String(distinctTerms) : '' };
}
