import type { ResumeFile } from '../../lib/protocol/messages';
import { Card } from '../shared/Card';

export interface ResumeFilesProps {
  files: readonly ResumeFile[];
  /** The reader page opening one file. */
  readerUrlOf: (fileUrl: string) => string;
}

/** The resume files the page shows in a frame or links to, each to be opened in the reader. */
export function ResumeFiles({ files, readerUrlOf }: ResumeFilesProps) {
  if (files.length === 0) return null;
  return (
    <Card id="resume-files-heading" title="Resume files on this page">
      <ul class="resume-files" data-testid="resume-files">
        {files.map((file) => (
          <li key={file.url} class="resume-file">
            <span class="resume-file__name" title={file.url}>
              {file.name}
            </span>
            <span class="muted"> {file.how === 'embedded' ? 'shown on the page' : 'linked'}</span>
            <a
              class="button button--primary"
              href={readerUrlOf(file.url)}
              target="_blank"
              rel="noreferrer"
              aria-label={`Open resume in HMO Lens reader: ${file.name}`}
            >
              Open resume in HMO Lens reader
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
