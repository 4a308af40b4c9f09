import { BackgroundRequestSchema, parseMessage } from '../../lib/messages';

export interface BadgeUpdate {
  tabId: number;
  text: string;
}

/**
 * What a message from a content script does to the toolbar badge: the tab's count of distinct terms, or
 * nothing at all for anything that is not a valid report from this extension's own script in a tab.
 */
export function badgeUpdate(
  raw: unknown,
  sender: { id?: string; tab?: { id?: number } },
  extensionId: string,
): BadgeUpdate | null {
  if (sender.id !== extensionId) return null;
  const parsed = parseMessage(BackgroundRequestSchema, raw);
  if (!parsed.ok) {
    console.warn('[HMO Lens] ignored a malformed message:', parsed.error);
    return null;
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  const count = parsed.message.distinctTerms;
  return { tabId, text: count > 0 ? String(count) : '' };
}
