import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops a content script when a DOM event says a newer copy of it started, so that an updated
 * extension replaces the old script. Any page can dispatch that event. While this script's extension is
 * still loaded no newer copy can exist (a second injection into the same world stops at the entrypoint's
 * RUNNING check), so the event is dropped; once the extension was reloaded or updated it passes.
 */
export function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  ctx.addEventListener(
    window,
    // WXT's own name for the event (extension id, entrypoint and type), kept private in its types.
    (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE as keyof WindowEventMap,
    (event: Event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

/**
 * WXT finds out that the extension was reloaded or updated only when one of the context's timers fires
 * (with the Navigation API it polls nothing): an idle tick makes an old script remove its highlights and
 * listeners within a second or two.
 */
export function noticeExtensionReloads(ctx: ContentScriptContext): void {
  ctx.setInterval(() => {}, 1_500);
}

/**
 * Removes a listener from a browser API when the script stops. After an extension reload those APIs throw
 * "Extension context invalidated" (the listeners are gone with the old extension anyway): that must not
 * surface in the page as an error.
 */
export function onTeardown(ctx: ContentScriptContext, remove: () => void): void {
  ctx.onInvalidated(() => {
    try {
      remove();
    } catch {
      // Already gone with the extension.
    }
  });
}
