import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface NavigationLike extends EventTarget {
  currentEntry: { url: string | null } | null;
}

/**
 * Calls `onChange` with the new address whenever the page's URL changes without a load (LinkedIn's app
 * moving between pages), until the script stops.
 *
 * WXT's own `wxt:locationchange` announces each change with a DOM event on the page's window, named after
 * the extension's id: a page listening for that name would learn HMO Lens is installed, on every page the
 * recruiter moves to. This hears the change inside the content script only: from the Navigation API where
 * the browser has it (after the URL changed, so `location.href` is already the new one), else by looking
 * at the address every second, as WXT does there.
 */
export function watchLocation(ctx: ContentScriptContext, onChange: (url: string) => void): void {
  let last = location.href;
  const look = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function')
    ctx.addEventListener(navigation, 'currententrychange', look);
  else ctx.setInterval(look, 1_000);
}
