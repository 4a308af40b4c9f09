import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { takeEarlySheet } from '../../lib/dom/early-sheet';
import {
  createHighlightLayer,
  type HighlightEntry,
  type HighlightLayer,
} from '../../lib/dom/highlight-layer';
import { CareerMemory } from '../../lib/dom/linkedin/career-memory';
import { isLinkedIn } from '../../lib/dom/linkedin/profile-urls';
import { linkedInScope } from '../../lib/dom/linkedin/read-profile';
import { PageScanner } from '../../lib/dom/page-scanner';
import { isLinkedInProfile, readPage } from '../../lib/dom/page-text';
import { findResumeFiles } from '../../lib/dom/resume-files';
import type { Matcher } from '../../lib/matching/matcher';
import type { PageStatus, PageText } from '../../lib/protocol/messages';
import type { Settings } from '../../lib/storage/settings';
import { watchLocation } from './location';

/** LinkedIn renders a profile's sections within a few change batches of the page's first scan. */
const MAX_SCOPE_LOOKS = 50;

/** What draws and finds a page's highlights: made only while the page is one HMO Lens reads. */
interface Lens {
  layer: HighlightLayer;
  scanner: PageScanner;
  close: AbortController;
}

/**
 * The page's highlights: the layer that draws them, the scanner that finds them and follows the page's
 * changes, and where the scan stands. On LinkedIn the script comes with every page and works on profiles
 * only; anywhere else it was injected because the recruiter asked, and works on whatever the page shows.
 *
 * On a LinkedIn page that is not a profile (the feed, jobs, messages) nothing is made: no highlight names
 * registered, no style sheet adopted, no observer. Those are what a page can see of an extension, and
 * LinkedIn looks for extensions. They come when the page becomes a profile and go when it stops being one.
 */
export class PageScan {
  private lens: Lens | null = null;
  private readonly onDemand = !isLinkedIn(location.href);
  private active = this.onDemand || isLinkedInProfile(location.href);
  private scanning = true;
  private rescans = 0;
  /** Change batches since the last rescan in which the profile was looked for (see `changed`). */
  private scopeLooks = 0;
  /** Moves on whenever the highlights change, so the background knows its analysis is stale. */
  private revision = 0;
  private readonly restartListeners: (() => void)[] = [];
  private readonly changeListeners: (() => void)[] = [];
  /** What each page of a profile showed, so its "all experiences" page completes the profile page. */
  private readonly careers = new CareerMemory();

  constructor(
    private readonly ctx: ContentScriptContext,
    private look: Settings,
    private matcher: Matcher,
  ) {
    ctx.onInvalidated(() => this.closeLens());
    // LinkedIn is a single-page app: a new profile means new highlights and a new analysis.
    watchLocation(ctx, (url) => {
      this.active = this.onDemand || isLinkedInProfile(url);
      void this.rescan();
    });
  }

  private openLens(): Lens {
    if (this.lens) return this.lens;
    const early = takeEarlySheet();
    const layer = createHighlightLayer(window, {
      nearViewportOnly: true,
      style: this.look,
      // Chromium passes ::highlight() styles down from the root; Firefox needs the rule on every element.
      inheritedHighlights: !import.meta.env.FIREFOX,
      ...(early ? { earlySheet: early } : {}),
    });
    layer.setVisible(this.look.highlighting);
    const close = new AbortController();
    const scanner = new PageScanner({
      win: window,
      root: document.body,
      matcher: this.matcher,
      layer,
      signal: AbortSignal.any([this.ctx.signal, close.signal]),
      onChange: () => this.changed(),
      // Web components' text on pages scanned on request; LinkedIn draws profiles without shadow DOM, so
      // there the walk would be cost alone. Chromium only: see PageScanner.
      shadowRoots: this.onDemand && !import.meta.env.FIREFOX,
    });
    this.lens = { layer, scanner, close };
    return this.lens;
  }

  private closeLens(): void {
    if (!this.lens) return;
    this.lens.close.abort();
    this.lens.layer.destroy();
    this.lens = null;
  }

  /** Whether the page is one HMO Lens reads. */
  get isActive(): boolean {
    return this.active;
  }

  /** The highlights' layer and scanner, while the page is one HMO Lens reads. */
  get layer(): HighlightLayer | null {
    return this.lens?.layer ?? null;
  }

  get scanner(): PageScanner | null {
    return this.lens?.scanner ?? null;
  }

  /** The highlight switch or the look changed. */
  setLook(settings: Settings): void {
    this.look = settings;
    this.lens?.layer.setVisible(settings.highlighting);
    this.lens?.layer.setStyle(settings);
  }

  /** Emphasises one highlight (hover, "go to term"), or none. */
  focus(entry: HighlightEntry | null): void {
    this.lens?.layer.focus(entry);
  }

  /** Every highlight of a term, in document order. */
  entriesOf(termId: string): HighlightEntry[] {
    return this.lens?.scanner.entriesOf(termId) ?? [];
  }

  /** Called when a scan from scratch begins: whatever pointed into the old highlights is stale. */
  onRestart(listener: () => void): void {
    this.restartListeners.push(listener);
  }

  /** Called whenever the highlights changed. */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /** Reads the page again from scratch (on a page HMO Lens does not read, takes everything away). */
  async rescan(): Promise<void> {
    const run = ++this.rescans;
    this.scopeLooks = 0;
    this.scanning = true;
    this.revision++;
    for (const listener of this.restartListeners) listener();
    if (this.active) await this.openLens().scanner.rescan(this.scope() ?? document.body);
    else this.closeLens();
    // An in-app move, a change of terms and the popup's Rescan can overlap: only the latest rescan may say
    // the page is read, or the popup would analyse a half-scanned page.
    if (run !== this.rescans) return;
    this.scanning = false;
    this.changed();
  }

  /** Other terms are highlighted now. */
  retarget(matcher: Matcher): void {
    this.matcher = matcher;
    this.lens?.scanner.setMatcher(matcher);
    void this.rescan();
  }

  distinctTerms(): number {
    return this.active && this.lens ? this.lens.scanner.termCounts().size : 0;
  }

  /** The terms highlighted on the page. */
  termIds(): string[] {
    return this.lens ? [...this.lens.scanner.termCounts().keys()] : [];
  }

  status(highlighting: boolean): PageStatus {
    return {
      url: location.href,
      status: this.scanning ? 'scanning' : 'ready',
      active: this.active,
      highlighting,
      distinctTerms: this.distinctTerms(),
      revision: this.revision,
      // An ATS page shows the resume in a frame or links it: the popup offers the reader for it.
      ...(this.onDemand && this.active ? { resumeFiles: findResumeFiles(document) } : {}),
    };
  }

  /** What the background analyzes: the profile sections on LinkedIn, the visible text elsewhere. */
  text(): PageText {
    if (!this.active) return { url: location.href, revision: this.revision, text: '' };
    const { text, notes } = readPage(document, location.href, this.careers);
    return { url: location.href, revision: this.revision, text, notes };
  }

  /** On LinkedIn, the candidate's profile: terms are highlighted there, not in the sidebars or nav bar. */
  private scope(): Element | null {
    return this.onDemand ? null : linkedInScope(document, location.href);
  }

  private changed(): void {
    this.revision++;
    for (const listener of this.changeListeners) listener();
    // A profile LinkedIn renders after the first scan: from now on only it is highlighted. Looked for in the
    // first change batches after a scan only: on a design no reader knows it never comes, and the look (up
    // to four document-wide queries) would otherwise run on every change for as long as the tab is open.
    const scanner = this.lens?.scanner;
    if (
      !this.scanning &&
      this.active &&
      scanner &&
      scanner.root === document.body &&
      this.scopeLooks < MAX_SCOPE_LOOKS
    ) {
      this.scopeLooks++;
      const scope = this.scope();
      if (scope && scope !== document.body) void this.rescan();
    }
  }
}
