import type { Analysis } from '../../lib/analysis/schema';
import { specialtyLine } from '../../lib/analysis/summary';
import { CopySearchButton } from './CopySearchButton';

const LEVEL_LABEL: Record<Analysis['level'], string> = {
  junior: 'Junior',
  mid: 'Mid',
  senior: 'Senior',
  unknown: 'Not enough information',
};

const LEVEL_RANGE: Record<Analysis['level'], string> = {
  junior: '0–2 years',
  mid: '2–5 years',
  senior: '5+ years',
  unknown: '',
};

export interface AtAGlanceProps {
  analysis: Analysis;
  /** The search string as adjusted below, and whether it is the X-ray form. */
  query: string;
  xray: boolean;
  onCopy: (text: string) => Promise<boolean>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What a recruiter needs before anything else, on the popup's first screen: the level and why, the
 * line of work, how many red flags, and the button that copies the search for more people like this.
 */
export function AtAGlance({ analysis, query, xray, onCopy }: AtAGlanceProps) {
  const { level, relevance, redFlags } = analysis;
  const reason = analysis.evidence.find((e) => e.kind === 'level')?.text;
  const weak = relevance !== 'strong';
  return (
    <section class="card glance" aria-labelledby="glance-heading">
      <h2 class="visually-hidden" id="glance-heading">
        At a glance
      </h2>
      <p class="level">
        <span class={`level__badge level__badge--${level}`} data-testid="level">
          {LEVEL_LABEL[level]}
        </span>
        {level !== 'unknown' ? <span class="level__range">{LEVEL_RANGE[level]}</span> : null}
      </p>
      {reason ? (
        <p class="glance__reason" data-testid="level-reason">
          {reason}
        </p>
      ) : null}
      {relevance === 'none' ? (
        <p class="notice notice--warn" role="status">
          This page shows little or no managed-care experience, so no level is suggested.
        </p>
      ) : weak ? (
        <p class="notice" role="status">
          Only some managed-care substance on this page: treat the level as a rough guide.
        </p>
      ) : null}
      <p class="glance__specialty" data-testid="specialty" title={analysis.specialties[0]?.reason}>
        {analysis.specialties.length > 0 ? specialtyLine(analysis) : 'Line of work not identified'}
      </p>
      <p class="glance__flags" data-testid="flag-count">
        {relevance === 'none' ? (
          'No red flags: nothing managed-care to judge'
        ) : redFlags.length === 0 ? (
          'No red flags'
        ) : (
          <a href="#flags-heading">{plural(redFlags.length, 'red flag')} to probe</a>
        )}
      </p>
      <CopySearchButton query={query} xray={xray} onCopy={onCopy} testId="copy-search" />
    </section>
  );
}
