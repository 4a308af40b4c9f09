import { BackgroundRequestSchema, type Definitions, parseMessage } from '../../lib/protocol/messages';
import type { TabDescription } from '../../lib/protocol/page-state';
import { type BadgeUpdate, badgeUpdate } from './badge';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface BackgroundServices {
  extensionId: string;
  /** `runtime.getURL('/')`: the extension's own pages start with it. */
  extensionOrigin: string;
  setBadge(update: BadgeUpdate): Promise<void>;
  define(termIds: readonly string[]): Promise<Definitions>;
  describe(tabId: number): Promise<TabDescription>;
}

/**
 * The background's answer to a runtime message, or undefined (no answer) for anything that is not a valid
 * request from this extension: content scripts may report on their tab and ask for definitions; only the
 * extension's own pages may ask about a tab, since the answer holds what the page says.
 */
export function routeMessage(
  raw: unknown,
  sender: MessageSender,
  services: BackgroundServices,
): Promise<unknown> | undefined {
  if (sender.id !== services.extensionId) return undefined;
  const parsed = parseMessage(BackgroundRequestSchema, raw);
  if (!parsed.ok) {
    console.warn('[HMO Lens] ignored a malformed message:', parsed.error);
    return undefined;
  }
  const message = parsed.message;
  switch (message.type) {
    case 'hmo-lens/page-scanned': {
      const update = badgeUpdate(message.distinctTerms, sender);
      return update ? services.setBadge(update) : undefined;
    }
    case 'hmo-lens/define':
      return services.define(message.termIds);
    case 'hmo-lens/describe-tab':
      if (!sender.url?.startsWith(services.extensionOrigin)) return undefined;
      return services.describe(message.tabId);
  }
}
