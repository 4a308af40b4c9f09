import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { NotAProfile, NotScanned, reportState, TabError, tabFailure } from '../../../lib/popup/popup-status';
import type { PageReport } from '../../../lib/protocol/tab-description';

function report(status: PageReport['status'], analysis: PageReport['analysis']): PageReport {
  const terms = analysis?.terms ?? [];
  return {
    url: 'https://example.test/',
    status,
    active: true,
    highlighting: true,
    distinctTerms: terms.length,
    revision: 1,
    analysis,
    // The background defines every term but the last: that one must still be listed.
    definitions: Object.fromEntries(terms.slice(0, -1).map((t) => [t.id, `About ${t.term}.`])),
  };
}

describe('what the popup shows about a page', () => {
  const analysis = analyze(
    'Utilization management nurse at an HMO: prior authorization, HEDIS and capitation.',
  );

  it('waits for a page that is still being read', () => {
    expect(reportState(report('scanning', analysis))).toEqual({ kind: 'scanning' });
  });

  it('shows a read page with each term and its definition from the background', () => {
    expect(analysis.terms.length).toBeGreaterThan(1);
    const page = report('ready', analysis);
    const state = reportState(page);
    expect(state).toEqual({
      kind: 'ready',
      page,
      terms: analysis.terms.map((t, i) => ({
        ...t,
        definition: i < analysis.terms.length - 1 ? `About ${t.term}.` : '',
      })),
    });
  });

  it('shows a read page that was not analysed with no terms', () => {
    const page = report('ready', null);
    expect(reportState(page)).toEqual({ kind: 'ready', page, terms: [] });
  });
});

describe('why the popup could not describe its tab', () => {
  it('tells an unscanned page from a LinkedIn page that is not a profile', () => {
    expect(tabFailure(new NotScanned())).toEqual({ kind: 'not-scanned' });
    expect(tabFailure(new NotAProfile())).toEqual({ kind: 'not-a-profile' });
  });

  it('says why a tab cannot be described', () => {
    expect(tabFailure(new TabError('Tab 7 is closed or does not exist.'))).toEqual({
      kind: 'unsupported',
      reason: 'Tab 7 is closed or does not exist.',
    });
  });

  it('shows an unexpected error, or a general sentence when it has no message', () => {
    expect(tabFailure(new Error('HMO Lens could not describe this page. Try again.'))).toEqual({
      kind: 'error',
      message: 'HMO Lens could not describe this page. Try again.',
    });
    expect(tabFailure(new Error(''))).toEqual({ kind: 'error', message: 'Something went wrong.' });
  });
});
