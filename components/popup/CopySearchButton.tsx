import { ManualCopy, useCopy } from './CopyButton';

export interface CopySearchButtonProps {
  query: string;
  xray: boolean;
  onCopy: (text: string) => Promise<boolean>;
  testId: string;
}

/** Copies the search string as it stands; its text, and so its accessible name, says which form it copies. */
export function CopySearchButton({ query, xray, onCopy, testId }: CopySearchButtonProps) {
  const { status, copy } = useCopy({ text: query, onCopy });
  const what = xray ? 'Google X-ray search string' : 'search string';
  return (
    <div class="copy-search">
      <button type="button" class="button button--primary" onClick={copy} data-testid={testId}>
        {status === 'copied' ? '✓ Copied' : `Copy ${what}`}
      </button>
      <span class="visually-hidden" role="status">
        {status === 'copied' ? `The ${what} is on the clipboard` : ''}
      </span>
      {status === 'manual' ? <ManualCopy text={query} /> : null}
    </div>
  );
}
