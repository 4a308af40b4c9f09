import { describe, expect, it } from 'vitest';
import { cleanLines, stripEmphasis, trimChars } from '../../../lib/analysis/resume-lines';
import { headingKind } from '../../../lib/analysis/resume-sections';
import { extractRoles } from '../../../lib/analysis/roles';

describe('stripEmphasis', () => {
  it('removes paired markers and keeps the text between them', () => {
    expect(stripEmphasis('**Claims Examiner** | *Aetna*')).toBe('Claims Examiner | Aetna');
    expect(stripEmphasis('___Lead___ and __Senior__ _Analyst_')).toBe('Lead and Senior Analyst');
  });

  it('leaves unpaired markers, arithmetic and underscores inside words alone', () => {
    expect(stripEmphasis('5 * 3 = 15')).toBe('5 * 3 = 15');
    expect(stripEmphasis('jane_doe_smith@example.com')).toBe('jane_doe_smith@example.com');
    expect(stripEmphasis('*a *a *a')).toBe('*a *a *a');
    expect(stripEmphasis('* bullet item')).toBe('* bullet item');
  });

  // The old /(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1/g took about 99 s on this line; a linear scan takes about a
  // second even on a busy machine, so the test only finishes within its deadline when the scan is linear.
  it('handles a 500,000-character line of unpaired markers', { timeout: 30_000 }, () => {
    const line = '*a '.repeat(166_667);
    expect(stripEmphasis(line)).toBe(line);
    const paired = '**a** '.repeat(100_000);
    expect(stripEmphasis(paired)).toBe('a '.repeat(100_000));
  });
});

describe('trimChars', () => {
  it('trims only the given characters at both ends', () => {
    expect(trimChars(' - Aetna, ', ' ,-')).toBe('Aetna');
    expect(trimChars('---', '-')).toBe('');
  });
});

describe('long lines through the role reader', () => {
  // Shapes that reach the reader's trimming and heading patterns, which must stay linear on them.
  it('reads long separator, marker and space runs without stalling', { timeout: 30_000 }, () => {
    const dashes = `${'-'.repeat(300_000)}x`;
    const commas = `Claims Examiner ${', '.repeat(150_000)}x 2019 - 2021`;
    const stars = `Experience\n${'*a '.repeat(166_667)}\nClaims Examiner, Aetna 2019 - 2021`;
    expect(extractRoles(`Experience\n${dashes}\nClaims Examiner, Aetna 2019 - 2021`)).toHaveLength(1);
    expect(extractRoles(`Experience\n${commas}`).length).toBeLessThanOrEqual(1);
    expect(extractRoles(stars)).toHaveLength(1);
    expect(headingKind(`Experience${' '.repeat(300_000)}x`)).toBeNull();
  });

  it('cleans Markdown headings and emphasis line by line', () => {
    expect(cleanLines('## Experience\r\n**Biller**\u00a0\u00a0Mercy')).toEqual([
      'Experience',
      'Biller Mercy',
    ]);
  });
});
