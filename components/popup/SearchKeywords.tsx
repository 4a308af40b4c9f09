import { Card } from '../shared/Card';
import { Switch } from '../shared/Switch';
import { CopySearchButton } from './CopySearchButton';
import type { SearchState } from './use-search';

function Chip({
  label,
  included,
  onToggle,
  kind,
}: {
  label: string;
  included: boolean;
  onToggle: () => void;
  kind: string;
}) {
  return (
    <li>
      <button
        type="button"
        class={`chip${included ? '' : ' chip--dropped'}`}
        aria-pressed={included}
        aria-label={`${label}: ${included ? `in the search, press to drop this ${kind}` : `dropped, press to add this ${kind} back`}`}
        onClick={onToggle}
      >
        {label}
      </button>
    </li>
  );
}

/**
 * The search behind the Copy button: titles and keywords as chips the recruiter can drop (and add back),
 * the string they make, and the Google X-ray form behind a switch.
 */
export function SearchKeywords({
  search,
  onCopy,
}: {
  search: SearchState;
  onCopy: (text: string) => Promise<boolean>;
}) {
  return (
    <Card id="search-heading" title="Search for more people like this">
      <p class="muted" id="titles-note">
        Titles (press one to drop it from the search):
      </p>
      <ul class="chips" data-testid="search-titles" aria-describedby="titles-note">
        {search.titles.map((t) => (
          <Chip
            key={t.title}
            label={t.title}
            included={t.included}
            kind="title"
            onToggle={() => search.toggleTitle(t.title)}
          />
        ))}
      </ul>
      {search.keywords.length > 0 ? (
        <>
          <p class="muted">Keywords:</p>
          <ul class="chips" data-testid="search-keywords">
            {search.keywords.map((k) => (
              <Chip
                key={k.label}
                label={k.forms.join(' / ')}
                included={k.included}
                kind="keyword"
                onToggle={() => search.toggleKeyword(k.label)}
              />
            ))}
          </ul>
        </>
      ) : null}
      <div class="query">
        <div class="query__head">
          <span class="query__label">
            {search.xray ? 'Google X-ray search' : 'Boolean search (LinkedIn Recruiter)'}
          </span>
          <Switch checked={search.xray} onChange={search.setXray}>
            Google X-ray
          </Switch>
        </div>
        <code class="query__text" data-testid="search-string" aria-live="polite">
          {search.query}
        </code>
        <CopySearchButton
          query={search.query}
          xray={search.xray}
          onCopy={onCopy}
          testId="copy-search-below"
        />
      </div>
    </Card>
  );
}
