import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Analysis } from '../../lib/analysis/schema';
import { AtAGlance } from '../popup/AtAGlance';
import { InterviewQuestions } from '../popup/InterviewQuestions';
import { LevelCard } from '../popup/LevelCard';
import { RedFlagList } from '../popup/RedFlagList';
import { SearchKeywords } from '../popup/SearchKeywords';
import { type TermItem, TermList } from '../popup/TermList';
import { useSearch } from '../popup/use-search';
import { CareerTimeline } from '../timeline/CareerTimeline';
import { FileList, type ReaderFile } from './FileList';

/** What the file input takes; the reader judges each file by its bytes anyway. */
const ACCEPTED_FILES = '.pdf,.docx,.txt,.md,.markdown,.html,.htm';

export interface ReaderViewProps {
  files: readonly ReaderFile[];
  currentId: string | null;
  analysis: Analysis | null;
  terms: readonly TermItem[];
  termPositions: Readonly<Record<string, string>>;
  /** A file is being dragged over the page. */
  dropping: boolean;
  /** The element the shown document is placed in (by the page, not by this view). */
  documentRef: Ref<HTMLDivElement>;
  onOpen: (files: File[]) => void;
  onSelect: (id: string) => void;
  onClose: (id: string) => void;
  onPassword: (id: string, password: string) => void;
  onRevealTerm: (termId: string) => void;
  onCopy: (text: string) => Promise<boolean>;
}

/** The reader page: open files, the shown document, and its analysis with the popup's components. */
export function ReaderView(props: ReaderViewProps) {
  const current = props.files.find((f) => f.id === props.currentId) ?? null;
  return (
    <div class={`reader${props.dropping ? ' reader--dropping' : ''}`}>
      <header class="app-header reader__header">
        <h1 class="app-header__title reader__title">
          <span class="logo" aria-hidden="true">
            ◎
          </span>{' '}
          HMO Lens reader
        </h1>
        <label class="button button--primary reader__open">
          Open a resume file
          <input
            type="file"
            accept={ACCEPTED_FILES}
            multiple
            class="visually-hidden"
            data-testid="open-file"
            onChange={(e) => {
              const input = e.currentTarget;
              props.onOpen(Array.from(input.files ?? []));
              input.value = '';
            }}
          />
        </label>
        <FileList
          files={props.files}
          currentId={props.currentId}
          onSelect={props.onSelect}
          onClose={props.onClose}
        />
      </header>
      <div class="reader__body">
        <main class="reader__document">
          <FileStatus file={current} onPassword={props.onPassword} />
          <div ref={props.documentRef} class="reader__page-host" />
        </main>
        {props.analysis && current?.state === 'ready' ? (
          <aside class="reader__analysis" aria-label="Analysis" data-testid="analysis">
            <ReaderSearch analysis={props.analysis} onCopy={props.onCopy} />
            <RedFlagList flags={props.analysis.redFlags} />
            <LevelCard analysis={props.analysis} />
            <CareerTimeline analysis={props.analysis} />
            <TermList terms={props.terms} positions={props.termPositions} onReveal={props.onRevealTerm} />
            <InterviewQuestions level={props.analysis.level} questions={props.analysis.interviewQuestions} />
          </aside>
        ) : null}
      </div>
    </div>
  );
}

/** The popup's first screen and search section, with their own chips state for the document shown. */
function ReaderSearch({
  analysis,
  onCopy,
}: {
  analysis: Analysis;
  onCopy: (text: string) => Promise<boolean>;
}) {
  const search = useSearch(analysis);
  return (
    <>
      <AtAGlance analysis={analysis} query={search.query} xray={search.xray} onCopy={onCopy} />
      <SearchKeywords search={search} onCopy={onCopy} />
    </>
  );
}

function FileStatus({
  file,
  onPassword,
}: {
  file: ReaderFile | null;
  onPassword: ReaderViewProps['onPassword'];
}) {
  if (!file)
    return (
      <div class="message reader__empty">
        <p>Open a PDF, Word (.docx), text, Markdown or HTML resume, or drop one anywhere on this page.</p>
        <p class="muted">
          The file is read on this computer only: nothing is sent anywhere, nothing is kept.
        </p>
      </div>
    );
  if (file.state === 'opening')
    return (
      <div class="message" role="status" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
        <p>Opening {file.name}…</p>
      </div>
    );
  if (file.state === 'failed')
    return (
      <p class="notice notice--warn" role="alert" data-testid="file-error">
        {file.name}: {file.message}
      </p>
    );
  if (file.state === 'password') return <PasswordForm file={file} onPassword={onPassword} />;
  return file.notice ? (
    <p class="notice" role="status" data-testid="file-notice">
      {file.notice}
    </p>
  ) : null;
}

function PasswordForm({ file, onPassword }: { file: ReaderFile; onPassword: ReaderViewProps['onPassword'] }) {
  const [password, setPassword] = useState('');
  return (
    <form
      class="message"
      onSubmit={(e) => {
        e.preventDefault();
        onPassword(file.id, password);
      }}
    >
      <p role="alert" data-testid="file-error">
        {file.name}: {file.message}
      </p>
      <label>
        Password{' '}
        <input
          type="password"
          value={password}
          autocomplete="off"
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>{' '}
      <button type="submit" class="button button--primary">
        Open
      </button>
    </form>
  );
}
