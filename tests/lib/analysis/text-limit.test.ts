import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { summarize } from '../../../lib/analysis/summary';
import {
  limitText,
  MAX_ANALYSIS_TEXT,
  MAX_SYMBOL_RUN,
  shortenSymbolRuns,
  textReadNote,
} from '../../../lib/analysis/text-limit';

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

  it('says a text was cut when even its shortened start is all that was read', () => {
    const text = `Claims Analyst${' '.repeat(500)}\n`.repeat(1_000);
    expect(limitText(text, 100)).toMatchObject({ cut: true });
    expect(limitText(`HMO${' '.repeat(300)}PPO`, 100)).toEqual({
      text: `HMO${' '.repeat(16)}PPO`,
      cut: false,
    });
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

describe('runs of symbols', () => {
  it('shortens long runs of spaces and punctuation, keeping words, lines and short runs as written', () => {
    const rule = '='.repeat(40);
    const text = `EXPERIENCE\n${rule}\nClaims Analyst    Blue Plan HMO\n  Jan 2018 \u2013 Present\n\n\n\nNext`;
    expect(shortenSymbolRuns(text)).toBe(text.replace(rule, '='.repeat(MAX_SYMBOL_RUN)));
    expect(shortenSymbolRuns(`a${', '.repeat(1_000)}b`)).toBe(`a${', '.repeat(8)}b`);
    expect(shortenSymbolRuns(`a${'\u2003'.repeat(1_000)}b`)).toBe(`a${'\u2003'.repeat(MAX_SYMBOL_RUN)}b`);
  });

  it('reads a title line padded with 20,000 commas, dashes or em spaces like the plain title', () => {
    const today = new Date('2026-11-25T00:00:00Z');
    const plain = analyze('Experience\nClaims Analyst, Blue Plan HMO\nJan 2018 - Present\n', { today });
    for (const pad of [',', '-', '\u2003']) {
      const padded = analyze(
        `Experience\nClaims Analyst, Blue Plan HMO${pad.repeat(20_000)}\nJan 2018 - Present\n`,
        { today },
      );
      expect(padded.yearsOfExperience).toBe(plain.yearsOfExperience);
      expect(padded.roles.length).toBe(plain.roles.length);
    }
  });
});
