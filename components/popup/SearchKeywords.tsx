import { useState } from 'preact/hooks';
import { Card } from '../shared/Card';
import { Switch } from '../shared/Switch';
import { ManualCopy, useCopy } from './CopyButton';

function TitleChip({ title, onCopy }: { title: string; onCopy: (text: string) => Promise<boolean> }) {
  const { status, copy } = useCopy({ text: title, onCopy });
  return (
    <li>
      <button
        type="button"
        class={`chip${status === 'copied' ? ' chip--done' : ''}`}
        onClick={copy}
        aria-label={`Copy job title ${title}`}
      >
        {status === 'copied' ? '✓ Copied' : title}
      </button>
      {status === 'manual' ? <ManualCopy text={title} /> : null}
    </li>
  );
}

export interface SearchKeywordsProps {
  titles: readonly string[];
  booleanString: string;
  xrayString: string;
  onCopy: (text: string) => Promise<boolean>;
}

/** Alternate titles to search for, and the boolean string (LinkedIn Recruiter, or Google X-ray). */
export function SearchKeywords({ titles, booleanString, xrayString, onCopy }: SearchKeywordsProps) {
  const [xray, setXray] = useState(false);
  const query = xray ? xrayString : booleanString;
  const { status, copy } = useCopy({ text: query, onCopy });
  return (
    <Card id="search-heading" title="Search keywords">
      <p class="muted">Also search for these titles (click to copy):</p>
      <ul class="chips" data-testid="search-titles">
        {titles.map((title) => (
          <TitleChip key={title} title={title} onCopy={onCopy} />
        ))}
      </ul>
      <div class="query">
        <div class="query__head">
          <span class="query__label">
            {xray ? 'Google X-ray search' : 'Boolean search (LinkedIn Recruiter)'}
          </span>
          <Switch checked={xray} onChange={setXray}>
            Google X-ray
          </Switch>
        </div>
        <code class="query__text" data-testid="search-string">
          {query}
        </code>
        <button type="button" class="button button--primary" onClick={copy} data-testid="copy-search">
          {status === 'copied' ? '✓ Copied' : 'Copy'}
        </button>
        <span class="visually-hidden" role="status">
          {status === 'copied' ? 'Search string copied to the clipboard' : ''}
        </span>
        {status === 'manual' ? <ManualCopy text={query} /> : null}
      </div>
    </Card>
  );
}
