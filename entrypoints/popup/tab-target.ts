import { targetTabId } from './tab-connection';

/** Which tab the view describes, and when that tab (or which tab it is) changes. */
export interface TabTarget {
  current(): Promise<number>;
  /** Calls back when the view should look again; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
}

/** The popup's tab: `?tabId=N`, or its window's active tab; a popup closes before either can change. */
export const POPUP_TARGET: TabTarget = {
  current: () => targetTabId(location.search),
  watch: () => () => {},
};
