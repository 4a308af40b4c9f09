export type ReaderFileState = 'opening' | 'ready' | 'failed' | 'password';

export interface ReaderFile {
  id: string;
  name: string;
  state: ReaderFileState;
  /** Why the file could not be read, in one line. */
  message?: string;
  /** How the file was read, when the recruiter should know (pages left out). */
  notice?: string;
}

export interface FileListProps {
  files: readonly ReaderFile[];
  currentId: string | null;
  onSelect: (id: string) => void;
  onClose: (id: string) => void;
}

const STATE_LABEL: Record<ReaderFileState, string> = {
  opening: 'opening…',
  ready: '',
  failed: 'cannot be read',
  password: 'needs a password',
};

/** The files open in the reader; one is shown at a time. */
export function FileList({ files, currentId, onSelect, onClose }: FileListProps) {
  if (files.length === 0) return null;
  return (
    <ul class="file-list" aria-label="Open files" data-testid="file-list">
      {files.map((f) => (
        <li key={f.id} class={`file-list__item file-list__item--${f.state}`}>
          <button
            type="button"
            class="file-list__name"
            aria-current={f.id === currentId ? 'true' : undefined}
            onClick={() => onSelect(f.id)}
          >
            {f.name}
            {STATE_LABEL[f.state] ? <span class="file-list__state"> ({STATE_LABEL[f.state]})</span> : null}
          </button>
          <button
            type="button"
            class="file-list__close"
            aria-label={`Close ${f.name}`}
            onClick={() => onClose(f.id)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
