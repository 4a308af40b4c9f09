import { defineContentScript } from 'wxt/utils/define-content-script';
import { adoptEarlySheet } from '../lib/dom/early-sheet';
import { LINKEDIN_PROFILE_MATCHES } from '../lib/dom/linkedin/profile-urls';

/**
 * Profile pages get the highlight style sheet before they have content, so that drawing the first
 * highlights later costs the page no recalculation of every element's style (see `adoptEarlySheet`). The
 * main content script takes the sheet over, and drops it when it stops. Only profiles: every other LinkedIn
 * page would carry a rule that makes its style work heavier for nothing.
 */
export default defineContentScript({
  matches: LINKEDIN_PROFILE_MATCHES,
  runAt: 'document_start',
  // No postMessage naming the extension to the page when the script starts (see content/index.ts).
  noScriptStartedPostMessage: true,
  main() {
    // Chromium passes ::highlight() styles down from the root; Firefox needs the rule on every element.
    adoptEarlySheet(window, !import.meta.env.FIREFOX);
  },
});
