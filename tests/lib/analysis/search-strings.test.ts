import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import type { Level } from '../../../lib/analysis/schema';
import {
  allOf,
  anyOf,
  booleanSearch,
  GOOGLE_WORD_LIMIT,
  googleWordCount,
  quoteTerm,
  rankSearchTitles,
  SEARCH_TITLES,
  xraySearch,
} from '../../../lib/analysis/search-strings';
import { EXPECTED, TODAY } from '../../fixtures/resumes/expected';
import { resumeText } from '../../support/resume-text';

/** Problems with a boolean string: unbalanced quotes or brackets, lowercase operators, empty groups. */
function syntaxProblems(query: string): string[] {
  const problems: string[] = [];
  if ((query.match(/"/g) ?? []).length % 2 !== 0) problems.push('unbalanced quotes');
  // Brackets are checked outside quoted phrases.
  const bare = query.replace(/"[^"]*"/g, 'PHRASE');
  let depth = 0;
  for (const ch of bare) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) problems.push('closing bracket before opening');
  }
  if (depth !== 0) problems.push('unbalanced brackets');
  if (/\(\s*\)/.test(bare)) problems.push('empty group');
  if (/""/.test(query)) problems.push('empty phrase');
  if (/\b(?:and|or|not)\b/.test(bare.replace(/PHRASE/g, ''))) problems.push('lowercase operator');
  if (/\b(?:AND|OR)\s*(?:\)|$)|(?:^|\()\s*(?:AND|OR)\b|\b(?:AND|OR)\s+(?:AND|OR)\b/.test(bare))
    problems.push('dangling operator');
  return problems;
}

const LEVELS: Level[] = ['junior', 'mid', 'senior', 'unknown'];

describe('search string building blocks', () => {
  it('quotes phrases and leaves single words bare', () => {
    expect(quoteTerm('HMO')).toBe('HMO');
    expect(quoteTerm('HMO Coordinator')).toBe('"HMO Coordinator"');
    expect(quoteTerm('say "hi" (now)')).toBe('"say hi now"');
    expect(quoteTerm('OR')).toBe('"OR"');
    expect(quoteTerm('  ')).toBe('');
  });

  it('never builds empty groups', () => {
    expect(anyOf([])).toBe('');
    expect(anyOf(['', '  '])).toBe('');
    expect(anyOf(['HMO'])).toBe('HMO');
    expect(anyOf(['HMO', 'HMO'])).toBe('HMO');
    expect(allOf(['', anyOf(['a b', 'c']), ''])).toBe('("a b" OR c)');
  });

  it('builds the LinkedIn Recruiter form', () => {
    expect(booleanSearch(['HMO Coordinator', 'Managed Care Specialist'])).toBe(
      '("HMO Coordinator" OR "Managed Care Specialist") AND (HMO OR "Health Maintenance Organization" OR "managed care")',
    );
  });

  it('counts words as Google does', () => {
    expect(googleWordCount('site:linkedin.com/in ("HMO Coordinator" OR HMO)')).toBe(5);
  });
});

describe('every search string the analysis can produce', () => {
  const pageTitles = [
    [],
    ['Member Services Representative'],
    ['Director, HMO Operations', 'Claims "Examiner"'],
  ];
  const orders = new Set<string>();
  for (const level of LEVELS) {
    for (const titles of pageTitles) {
      const ranked = rankSearchTitles(level, titles);
      orders.add(ranked.join('|'));
      for (const n of [1, 2, 5, ranked.length]) {
        const subset = ranked.slice(0, n);
        it(`is well-formed for ${level}, ${titles.length} page titles, ${n} search titles`, () => {
          expect(syntaxProblems(booleanSearch(subset))).toEqual([]);
          const xray = xraySearch(subset);
          expect(syntaxProblems(xray)).toEqual([]);
          expect(xray.startsWith('site:linkedin.com/in ')).toBe(true);
          expect(googleWordCount(xray)).toBeLessThanOrEqual(GOOGLE_WORD_LIMIT);
        });
      }
    }
  }

  it('is well-formed for every fixture resume', () => {
    for (const name of Object.keys(EXPECTED)) {
      const a = analyze(resumeText(name), { today: TODAY });
      expect(syntaxProblems(a.searchString), name).toEqual([]);
      expect(syntaxProblems(a.xraySearchString), name).toEqual([]);
      expect(googleWordCount(a.xraySearchString), name).toBeLessThanOrEqual(GOOGLE_WORD_LIMIT);
      expect(a.searchTitles.sort()).toEqual(SEARCH_TITLES.map((t) => t.title).sort());
    }
  });

  it('drops titles from the X-ray form to stay within the word limit', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Title Number ${i}`);
    const xray = xraySearch(many);
    expect(googleWordCount(xray)).toBeLessThanOrEqual(GOOGLE_WORD_LIMIT);
    expect(xray).toContain('"Title Number 0"');
    expect(xray).not.toContain('"Title Number 11"');
  });

  it('catches malformed strings (the checker itself can fail)', () => {
    expect(syntaxProblems('("a" OR b')).toContain('unbalanced brackets');
    expect(syntaxProblems('"a OR b')).toContain('unbalanced quotes');
    expect(syntaxProblems('() AND a')).toContain('empty group');
    expect(syntaxProblems('a or b')).toContain('lowercase operator');
    expect(syntaxProblems('(a OR ) AND b')).toContain('dangling operator');
    expect(orders.size).toBeGreaterThan(1);
  });
});
