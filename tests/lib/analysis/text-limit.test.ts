import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { summarize } from '../../../lib/analysis/summary';
import { limitText, MAX_ANALYSIS_TEXT, textReadNote } from '../../../lib/analysis/text-limit';

describe('limitText', () => {
  it('keeps a text within the limit whole', () => {
    expect(limitText('Claims Examiner\nJan 2020 - Present', 100)).toEqual({
      text: 'Claims Examiner\nJan 2020 - Present',
      cut: false,
    });
  });

  it('cuts a long text at its last line break within the limit', () => {
    const text = `${'a'.repeat(60)}\n${'b'.repeat(30)}\n${'c'.repeat(30)}`;
    expect(limitText(text, 100)).toEqual({ text: `${'a'.repeat(60)}\n${'b'.repeat(30)}`, cut: true });
  });

  it('cuts one long line at a space, and a text with neither at the limit', () => {
    expect(limitText('word '.repeat(40), 100)).toEqual({ text: 'word '.repeat(20).trimEnd(), cut: true });
    expect(limitText('x'.repeat(150), 100)).toEqual({ text: 'x'.repeat(100), cut: true });
  });
});

describe('what the recruiter is told', () => {
  it('says nothing when the whole text was read', () => {
    expect(textReadNote({ chars: 500, cut: false })).toBeNull();
  });

  it('says in plain words how much of a long page was read', () => {
    const text = 'Claims Examiner at Aetna, 2015 - 2020. Prior authorization and HMO claims.\n'.repeat(3_000);
    const analysis = analyze(text, { today: new Date('2026-11-25T00:00:00Z') });
    expect(analysis.textRead.cut).toBe(true);
    expect(analysis.textRead.chars).toBeLessThanOrEqual(MAX_ANALYSIS_TEXT);
    const note = textReadNote(analysis.textRead);
    expect(note).toMatch(/too long to read whole.*read its first 99,9\d\d characters/);
    expect(summarize('long.txt', analysis)).toContain(`Note: ${note}`);
  });
});
