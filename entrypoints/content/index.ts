import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LINKEDIN_PROFILE_MATCHES } from '../../lib/dom/linkedin/profile-urls';
import type { ContentScriptReport } from '../../lib/protocol/messages';
import { reportScans } from './badge';
import { ignoreForgedRestarts, noticeExtensionReloads } from './context-guards';
import { DefinitionsCache } from './definitions-cache';
import { HighlightedTerms } from './highlighted-terms';
import { showDefinitionsOnHover } from './hover';
import { HoverCardUi } from './hover-card-ui';
import { PageScan } from './page-scan';
import { answerRequests } from './requests';

const RUNNING = Symbol.for('hmo-lens/content-script');

export default defineContentScript({
  // LinkedIn's profiles only: on any other LinkedIn page (the feed, jobs, messages) WXT's start-up would
  // announce the script to the page with a DOM event named after the extension's id. When LinkedIn's app
  // moves a tab onto a profile, the background brings the script (see background/linkedin-app.ts). Other
  // sites get it only on request (activeTab + scripting).
  matches: LINKEDIN_PROFILE_MATCHES,
  // The card's CSS is adopted by its shadow root (see hover-card-ui): no CSS file is injected into pages.
  cssInjectionMode: 'manual',
  // WXT would otherwise announce every start to the page with a postMessage naming the extension's id,
  // on every LinkedIn page, the feed included: a page must not learn that HMO Lens is installed.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // "Scan this page" may inject the script into a tab that already runs it.
    const scope = globalThis as unknown as Record<symbol, boolean | undefined>;
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    ctx.onInvalidated(() => {
      scope[RUNNING] = undefined;
    });
    ignoreForgedRestarts(ctx);
    noticeExtensionReloads(ctx);
    await runLens(ctx);
  },
});

/** Wires the features together; each registers its listeners, observers and timers on `ctx`. */
async function runLens(ctx: ContentScriptContext): Promise<void> {
  const terms = await HighlightedTerms.read();
  if (ctx.isInvalid) return;
  const scan = new PageScan(ctx, terms.settings, terms.matcher());
  const card = new HoverCardUi(ctx, () => scan.focus(null));
  const toBackground = (message: ContentScriptReport) =>
    ctx.isInvalid ? Promise.reject(new Error('HMO Lens was stopped.')) : browser.runtime.sendMessage(message);
  const definitions = new DefinitionsCache(toBackground);

  reportScans(ctx, scan, definitions, toBackground);
  answerRequests(ctx, scan, terms, card);
  showDefinitionsOnHover(ctx, { scan, terms, card, definitions });
  terms.follow(ctx, {
    look: (settings) => {
      scan.setLook(settings);
      if (!settings.highlighting) card.hide();
    },
    terms: (cause) => {
      if (cause === 'custom-terms') definitions.clear();
      scan.retarget(terms.matcher());
    },
  });

  await scan.rescan();
}
