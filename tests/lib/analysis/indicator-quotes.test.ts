import { describe, expect, it } from 'vitest';
import { findIndicators, phraseAround } from '../../../lib/analysis/level-indicators';

describe('indicator quotes are whole phrases', () => {
  it('quote the line without its bullet mark', () => {
    const line = '\u2022 Apply coordination of benefits and subrogation rules; release clean claims';
    expect(phraseAround(line, line.indexOf('coordination'), 12)).toBe(
      'Apply coordination of benefits and subrogation rules; release clean claims',
    );
  });

  it('quote the sentence that holds the match on a long line, cut at a word with an ellipsis', () => {
    const line =
      'Responsible for reporting and analysis at the plan. Led a team of 12 claims examiners across three sites and two lines of business, while also owning the vendor relationship with the print and mail provider. More follows.';
    const quote = phraseAround(line, line.indexOf('Led a team'), 10);
    expect(quote.startsWith('Led a team of 12 claims examiners')).toBe(true);
    expect(quote.endsWith('\u2026')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(141);
    // Never half a word.
    const lastWord = quote.slice(0, -1).split(' ').at(-1) as string;
    expect(line).toMatch(new RegExp(`\\b${lastWord}\\b`));
  });

  it('are what the evidence shows', () => {
    const [found] = findIndicators('EXPERIENCE\n- Supervised a team of 6 utilization review nurses');
    expect(found?.quote).toBe('Supervised a team of 6 utilization review nurses');
  });
});
