import type { Analysis } from '../../lib/analysis/schema';
import { textReadNote } from '../../lib/analysis/text-limit';
import { stoppedNote } from '../../lib/analysis/time-budget';
import type { PopupStatus } from '../../lib/popup/popup-status';
import { Switch } from '../shared/Switch';
import { CareerTimeline } from '../timeline/CareerTimeline';
import { AtAGlance } from './AtAGlance';
import { InterviewQuestions } from './InterviewQuestions';
import { LevelCard } from './LevelCard';
import { RedFlagList } from './RedFlagList';
import { ResumeFiles } from './ResumeFiles';
import { SearchKeywords } from './SearchKeywords';
import { type TermItem, TermList } from './TermList';
import { useSearch } from './use-search';

export interface PopupViewProps {
  status: PopupStatus;
  highlighting: boolean;
  termPositions: Readonly<Record<string, string>>;
  onScan: () => void;
  onRescan: () => void;
  onRetry: () => void;
  onToggleHighlighting: (on: boolean) => void;
  onCopy: (text: string) => Promise<boolean>;
  onRevealTerm: (termId: string) => void;
  optionsUrl?: string;
  /** Shown in the popup only: moves the analysis into the side panel, which stays open. */
  onOpenPanel?: () => void;
  onUsePopup?: (() => void) | undefined;
  /** The side panel has room for the career timeline; the popup keeps its first screen for the essentials. */
  showTimeline?: boolean;
  /** The reader page, for resume files on disk. */
  readerUrl?: string;
  /** The reader page opening a resume file the page embeds or links. */
  readerUrlOf?: (fileUrl: string) => string;
}

/** The whole popup for one tab, in every state it can be in. Renders data; does no browser work. */
export function PopupView(props: PopupViewProps) {
  const { status } = props;
  return (
    <div class="popup">
      <header class="app-header popup__header">
        <h1 class="app-header__title popup__title">
          <span class="logo" aria-hidden="true">
            ◎
          </span>{' '}
          HMO Lens
        </h1>
        <div class="popup__controls">
          <Switch
            title="Alt+Shift+H"
            checked={props.highlighting}
            onChange={props.onToggleHighlighting}
            testId="toggle-highlighting"
          >
            Highlight terms
          </Switch>
          {status.kind === 'ready' ? (
            <button type="button" class="button" onClick={props.onRescan} data-testid="rescan">
              Rescan
            </button>
          ) : null}
          {props.onOpenPanel ? (
            <button type="button" class="button" onClick={props.onOpenPanel} data-testid="open-panel">
              Open in side panel
            </button>
          ) : null}
          {props.onUsePopup ? (
            <button type="button" class="button" onClick={props.onUsePopup} data-testid="use-popup">
              Use the popup instead
            </button>
          ) : null}
          {props.optionsUrl ? (
            <a class="button" href={props.optionsUrl} target="_blank" rel="noreferrer">
              Options
            </a>
          ) : null}
        </div>
        {/* A header item of its own, so the header wraps it onto a line of its own in a narrow popup. */}
        {props.readerUrl ? (
          <a class="button" href={props.readerUrl} target="_blank" rel="noreferrer">
            Open a resume file…
          </a>
        ) : null}
      </header>
      <main class="popup__body">
        <Body {...props} />
      </main>
    </div>
  );
}

const NOT_A_PROFILE = 'This LinkedIn page is not a profile. Open a profile to see its summary.';

function Body(props: PopupViewProps) {
  const { status } = props;
  switch (status.kind) {
    case 'loading':
      return <Message role="status" text="Looking at this tab…" busy />;
    case 'scanning':
      return <Message role="status" text="Reading the page…" busy />;
    case 'unsupported':
      return <Message role="alert" text={status.reason} />;
    case 'pdf':
      return (
        <div class="message">
          <p>This tab shows a PDF. HMO Lens reads it in its own reader, on this computer.</p>
          <a class="button button--primary" href={status.readerUrl} target="_blank" rel="noreferrer">
            Open in HMO Lens reader
          </a>
        </div>
      );
    case 'error':
      return (
        <div class="message" role="alert">
          <p>{status.message}</p>
          <button type="button" class="button button--primary" onClick={props.onRetry}>
            Try again
          </button>
        </div>
      );
    case 'not-a-profile':
      return <Message role="status" text={NOT_A_PROFILE} />;
    case 'not-scanned':
      return (
        <div class="message">
          <p>HMO Lens reads LinkedIn profiles by itself. Other pages are read only when you ask.</p>
          <button type="button" class="button button--primary" onClick={props.onScan} data-testid="scan">
            Scan this page
          </button>
        </div>
      );
    case 'ready': {
      const { analysis, stopped } = status.page;
      // An ATS page's resume is in the file it frames or links, more than in the page around it.
      const files =
        props.readerUrlOf && status.page.resumeFiles ? (
          <ResumeFiles files={status.page.resumeFiles} readerUrlOf={props.readerUrlOf} />
        ) : null;
      if (stopped) {
        return (
          <>
            {files}
            <div class="message" role="alert" data-testid="analysis-stopped">
              <p>{stoppedNote(stopped)}</p>
              <p>Highlights on the page still work.</p>
            </div>
          </>
        );
      }
      if (!analysis) {
        return <Message role="status" text={NOT_A_PROFILE} />;
      }
      const cut = textReadNote(analysis.textRead);
      return (
        <>
          {files}
          {cut ? (
            <p class="notice notice--warn" role="status" data-testid="text-cut">
              {cut}
            </p>
          ) : null}
          <PageNotes notes={status.page.notes ?? []} />
          <Analysed analysis={analysis} terms={status.terms} {...props} />
        </>
      );
    }
  }
}

/**
 * The analysis, most useful first: the first screen answers "what level, what line of work, anything
 * to worry about" and copies the search; the search to adjust, the flags, the reasons, the terms and
 * the questions follow.
 */
function Analysed(props: PopupViewProps & { analysis: Analysis; terms: readonly TermItem[] }) {
  const { analysis } = props;
  const search = useSearch(analysis);
  return (
    <>
      <AtAGlance analysis={analysis} query={search.query} xray={search.xray} onCopy={props.onCopy} />
      <SearchKeywords search={search} onCopy={props.onCopy} />
      <RedFlagList flags={analysis.redFlags} />
      <LevelCard analysis={analysis} />
      {props.showTimeline ? <CareerTimeline analysis={analysis} /> : null}
      <TermList terms={props.terms} positions={props.termPositions} onReveal={props.onRevealTerm} />
      <InterviewQuestions level={analysis.level} questions={analysis.interviewQuestions} />
    </>
  );
}

/** What the page left out of the analysis (a masked profile, a partial list of experiences), said first. */
function PageNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <div class="message message--note" role="note" data-testid="page-notes">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

function Message({ text, role, busy }: { text: string; role: 'status' | 'alert'; busy?: boolean }) {
  return (
    <div class="message" role={role} aria-busy={busy ? 'true' : undefined}>
      {busy ? <span class="spinner" aria-hidden="true" /> : null}
      <p>{text}</p>
    </div>
  );
}
