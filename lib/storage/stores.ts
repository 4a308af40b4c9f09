import type { WxtStorage } from 'wxt/utils/storage';
import { customTermsStore } from './custom-terms';
import { settingsStore, unreadableStore } from './settings';

/**
 * Every item HMO Lens stores, for one storage API: what a page that shows or changes several of them (the
 * options page) reads and writes through, and nothing else.
 */
export function storedItems(storage: WxtStorage) {
  return {
    settings: settingsStore(storage),
    customTerms: customTermsStore(storage),
    unreadable: unreadableStore(storage),
  };
}

export type StoredItems = ReturnType<typeof storedItems>;
