import type { Definitions } from '../../lib/protocol/messages';
import { receiver } from '../../lib/protocol/protocol';
import { type TabDescription, TO_BACKGROUND } from '../../lib/protocol/tab-description';
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
 * The background's `runtime.onMessage` listener. It answers only valid requests from this extension:
 * content scripts may report on their tab and ask for definitions; only the extension's own pages may ask
 * about a tab, since the answer holds what the page says. Anything else gets no answer (undefined).
 */
export function messageRouter(services: BackgroundServices) {
  return receiver(TO_BACKGROUND, services.extensionId, {
    'hmo-lens/page-scanned': ({ distinctTerms }, sender: MessageSender) => {
      const update = badgeUpdate(distinctTerms, sender);
      return update ? services.setBadge(update) : undefined;
    },
    'hmo-lens/define': ({ termIds }) => services.define(termIds),
    'hmo-lens/describe-tab': ({ tabId }, sender: MessageSender) =>
      sender.url?.startsWith(services.extensionOrigin) ? services.describe(tabId) : undefined,
  });
}
