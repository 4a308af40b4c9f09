import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { storage } from 'wxt/utils/storage';
import { takeEarlySheet } from '../../lib/dom/early-sheet';
import { createHighlightLayer, type HighlightEntry } from '../../lib/dom/highlight-layer';
import { PageScanner } from '../../lib/dom/page-scanner';
import { isLinkedInProfile, pageText } from '../../lib/dom/page-text';
import { GLOSSARY, type Term } from '../../lib/glossary';
import { compileMatcher } from '../../lib/matching/matcher';
import {
  type ContentScriptReport,
  FROM_CONTENT_SCRIPT,
  type PageStatus,
  type PageText,
  type RevealResult,
  TO_CONTENT_SCRIPT,
} from '../../lib/protocol/messages';
import { receiver, request } from '../../lib/protocol/protocol';
import { type CustomTerm, customTermsStore, mergeGlossary } from '../../lib/storage/custom-terms';
import { type Settings, settingsStore } from '../../lib/storage/settings';
import { ignoreForgedRestarts, noticeExtensionReloads, onTeardown } from './context-guards';
import { DefinitionsCache } from './definitions-cache';
import { HoverCardUi } from './hover-card-ui';

const RUNNING = Symbol.for('hmo-lens/content-script');

export default defineContentScript({
  // All of LinkedIn, so that moving from the feed to a profile inside LinkedIn's single-page app is seen;
  // the script only scans profile pages there. Other sites get it only on request (activeTab + scripting).
  matches: ['https://www.linkedin.com/*'],
  // The card's CSS is adopted by its shadow root (see hover-card-ui): no CSS file is injected into pages.
  cssInjectionMode: 'manual',
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

function isLinkedIn(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com');
}

async function runLens(ctx: ContentScriptContext): Promise<void> {
  // On LinkedIn the script comes with every page and works on profiles only; anywhere else it was
  // injected because the recruiter asked, and works on whatever the page shows.
  const onDemand = !isLinkedIn(location.href);
  const settings = settingsStore(storage);
  const customTerms = customTermsStore(storage);
  let [current, custom] = await Promise.all([settings.get(), customTerms.get()]);
  let highlighting = current.highlighting;
  if (ctx.isInvalid) return;

  const early = takeEarlySheet();
  const layer = createHighlightLayer(window, {
    nearViewportOnly: true,
    style: current,
    // Chromium passes ::highlight() styles down from the root; Firefox needs the rule on every element.
    inheritedHighlights: !import.meta.env.FIREFOX,
    ...(early ? { earlySheet: early } : {}),
  });
  layer.setVisible(highlighting);
  /** The terms highlighted: built-in and the recruiter's own, less the categories switched off. */
  let terms = new Map<string, Term>();
  const highlightedTerms = () => {
    const hidden = new Set<string>(current.hiddenCategories);
    const list = mergeGlossary(GLOSSARY, custom).filter((t) => !hidden.has(t.category));
    terms = new Map(list.map((t) => [t.id, t]));
    return compileMatcher(list);
  };
  let scanning = true;
  /** Moves on whenever the highlights change, so the background knows its analysis is stale. */
  let revision = 0;
  let active = onDemand || isLinkedInProfile(location.href);

  const card = new HoverCardUi(ctx, () => layer.focus(null));
  const scanner = new PageScanner({
    win: window,
    root: document.body,
    matcher: highlightedTerms(),
    layer,
    signal: ctx.signal,
    onChange: () => {
      revision++;
      scheduleBadge();
    },
  });
  ctx.onInvalidated(() => {
    card.destroy();
    layer.destroy();
  });

  let badgeTimer: number | undefined;
  function scheduleBadge(): void {
    if (badgeTimer !== undefined) clearTimeout(badgeTimer);
    badgeTimer = ctx.setTimeout(() => {
      badgeTimer = undefined;
      const report = {
        type: 'hmo-lens/page-scanned',
        distinctTerms: active ? scanner.termCounts().size : 0,
      } as const;
      request(FROM_CONTENT_SCRIPT, toBackground, report).catch(() => {
        // The background may be restarting; the next scan reports again.
      });
      void fetchDefinitions([...scanner.termCounts().keys()]);
    }, 250);
  }

  const toBackground = (message: ContentScriptReport) => browser.runtime.sendMessage(message);
  const definitions = new DefinitionsCache(toBackground);
  const fetchDefinitions = (termIds: readonly string[]) =>
    ctx.isInvalid ? Promise.resolve() : definitions.load(termIds);

  async function fullScan(): Promise<void> {
    scanning = true;
    revision++;
    revealed.clear();
    card.hide();
    if (active) await scanner.rescan();
    else {
      scanner.stop();
      layer.clear();
    }
    scanning = false;
    revision++;
    scheduleBadge();
  }

  function state(): PageStatus {
    return {
      url: location.href,
      status: scanning ? 'scanning' : 'ready',
      active,
      highlighting,
      distinctTerms: active ? scanner.termCounts().size : 0,
      revision,
    };
  }

  /** What the background analyses: the profile sections on LinkedIn, the visible text elsewhere. */
  function text(): PageText {
    return { url: location.href, revision, text: active ? pageText(document, location.href) : '' };
  }

  // "Terms on this page" in the popup: each click steps to the next occurrence of the term.
  const revealed = new Map<string, number>();
  let unfocusTimer: number | undefined;
  function reveal(termId: string): RevealResult {
    const entries = scanner.entriesOf(termId);
    if (entries.length === 0) return { termId, index: 0, total: 0 };
    const index = ((revealed.get(termId) ?? -1) + 1) % entries.length;
    revealed.set(termId, index);
    const entry = entries[index] as HighlightEntry;
    const element = entry.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'auto' });
    card.hide();
    layer.focus(entry);
    if (unfocusTimer !== undefined) clearTimeout(unfocusTimer);
    unfocusTimer = ctx.setTimeout(() => layer.focus(null), 1800);
    return { termId, index: index + 1, total: entries.length };
  }

  // Messages from the popup: validated, and only from this extension.
  const onMessage = receiver(TO_CONTENT_SCRIPT, browser.runtime.id, {
    'hmo-lens/get-state': state,
    'hmo-lens/get-text': text,
    'hmo-lens/rescan': () => fullScan().then(state),
    'hmo-lens/reveal-term': ({ termId }) => reveal(termId),
  });
  browser.runtime.onMessage.addListener(onMessage);
  onTeardown(ctx, () => browser.runtime.onMessage.removeListener(onMessage));

  // The highlight switch (popup, keyboard command, options) lives in storage; every tab follows it.
  // The options page's changes apply to open tabs at once: the look in place, other terms by a rescan.
  const unwatch = settings.watch((next: Settings) => {
    const categoriesChanged = next.hiddenCategories.join() !== current.hiddenCategories.join();
    current = next;
    highlighting = next.highlighting;
    layer.setVisible(highlighting);
    layer.setStyle(next);
    if (!highlighting) card.hide();
    if (categoriesChanged) retarget();
  });
  onTeardown(ctx, unwatch);
  const unwatchTerms = customTerms.watch((next: CustomTerm[]) => {
    custom = next;
    definitions.clear();
    retarget();
  });
  onTeardown(ctx, unwatchTerms);
  function retarget(): void {
    scanner.setMatcher(highlightedTerms());
    void fullScan();
  }

  // LinkedIn is a single-page app: a new profile means new highlights and a new analysis.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    active = onDemand || isLinkedInProfile(newUrl.href);
    void fullScan();
  });

  // Hover: hit-test the pointer against our ranges once per frame, never on every event.
  let pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  let framePending = false;
  let hideTimer: number | undefined;
  let hovered: HighlightEntry | null = null;
  const hover = () => {
    framePending = false;
    if (!pointer || !highlighting || !active) return;
    const entry: HighlightEntry | null = layer.native
      ? scanner.entryAt(pointer.x, pointer.y)
      : pointer.target instanceof Element
        ? (layer.entryForElement(pointer.target) ?? null)
        : null;
    hovered = entry;
    if (entry) {
      if (hideTimer !== undefined) clearTimeout(hideTimer);
      hideTimer = undefined;
      const term = terms.get(entry.termId);
      if (term && entry !== card.entry) {
        layer.focus(entry);
        const at = pointer;
        const known = definitions.get(term.id);
        if (known !== undefined) void card.show(entry, term, known, at);
        else
          void fetchDefinitions([term.id]).then(() => {
            // Shown only if the pointer has not moved on to another word meanwhile.
            if (hovered === entry) void card.show(entry, term, definitions.get(term.id) ?? '', at);
          });
      }
    } else if (card.entry && !card.isPointerOverCard && hideTimer === undefined) {
      // A short grace lets the pointer travel from the word onto the card.
      hideTimer = ctx.setTimeout(() => {
        hideTimer = undefined;
        if (!card.isPointerOverCard) card.hide();
      }, 200);
    }
  };
  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      pointer = { x: event.clientX, y: event.clientY, target: event.target };
      if (!framePending) {
        framePending = true;
        ctx.requestAnimationFrame(hover);
      }
    },
    { passive: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key === 'Escape') card.hide();
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'scroll', () => card.follow(), { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', () => card.follow(), { passive: true });

  await fullScan();
}
