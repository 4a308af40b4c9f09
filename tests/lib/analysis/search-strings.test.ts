import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import {
  allOf,
  anyOf,
  anyOfGroups,
  booleanSearch,
  GOOGLE_WORD_LIMIT,
  googleWordCount,
  LINKEDIN_CHAR_LIMIT,
  quoteTerm,
  type SearchParts,
  xraySearch,
} from '../../../lib/analysis/search-strings';
import { EXPECTED, TODAY } from '../../fixtures/resumes/expected';
import { resumeText } from '../../support/resume-text';
import { syntaxProblems } from '../../support/search-syntax';

const parts = (p: Partial<SearchParts>): SearchParts => ({ titles: [], keywords: [], contexts: [], ...p });

describe('search string building blocks', () => {
  it('quotes phrases in straight quotes and leaves single words bare', () => {
    expect(quoteTerm('HMO')).toBe('HMO');
    expect(quoteTerm('HMO Coordinator')).toBe('"HMO Coordinator"');
    expect(quoteTerm('say "hi" (now)')).toBe('"say hi now"');
    expect(quoteTerm('\u201cClaims\u201d Examiner')).toBe('"Claims Examiner"');
    expect(quoteTerm('Children\u2019s Health')).toBe('"Children\'s Health"');
    expect(quoteTerm('OR')).toBe('"OR"');
    expect(quoteTerm('and')).toBe('"and"');
    expect(quoteTerm('  ')).toBe('');
    expect(quoteTerm('one two three four five six seven eight nine')).toBe(
      '"one two three four five six seven"',
    );
  });

  it('never builds empty groups, and brackets every OR', () => {
    expect(anyOf([])).toBe('');
    expect(anyOf(['', '  '])).toBe('');
    expect(anyOf(['HMO'])).toBe('HMO');
    expect(anyOf(['HMO', 'HMO'])).toBe('HMO');
    expect(allOf(['', anyOf(['a b', 'c']), ''])).toBe('("a b" OR c)');
    expect(anyOfGroups([['coordination of benefits', 'COB'], ['CPT'], ['COB']])).toBe(
      '(("coordination of benefits" OR COB) OR CPT)',
    );
    expect(anyOfGroups([['coordination of benefits', 'COB']])).toBe('("coordination of benefits" OR COB)');
  });

  it('builds the LinkedIn Recruiter form: titles AND keywords AND the candidate\u2019s lines of business', () => {
    const query = booleanSearch(
      parts({
        titles: ['Claims Examiner', 'Claims Adjudicator'],
        keywords: [
          { label: 'COB', forms: ['coordination of benefits', 'COB'] },
          { label: 'Coding', forms: ['CPT'] },
        ],
        contexts: [{ label: 'Medicare Advantage', forms: ['Medicare Advantage', 'MAPD'] }],
      }),
    );
    expect(query).toBe(
      '("Claims Examiner" OR "Claims Adjudicator") AND (("coordination of benefits" OR COB) OR CPT) AND ("Medicare Advantage" OR MAPD)',
    );
  });

  it('searches managed care in general when no line of business is named', () => {
    expect(booleanSearch(parts({ titles: ['HMO Coordinator'] }))).toBe(
      '"HMO Coordinator" AND (HMO OR "Health Maintenance Organization" OR "managed care")',
    );
  });

  it('counts words as Google does, site: included', () => {
    expect(googleWordCount('site:linkedin.com/in ("HMO Coordinator" OR HMO)')).toBe(5);
  });

  it('drops titles and keywords from the end to stay within the word limit', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Title Number ${i}`);
    const xray = xraySearch(
      parts({ titles: many, keywords: [{ label: 'k', forms: ['prior authorization'] }] }),
    );
    expect(googleWordCount(xray)).toBeLessThanOrEqual(GOOGLE_WORD_LIMIT);
    expect(xray).toContain('"Title Number 0"');
    expect(xray).toContain('"prior authorization"');
    expect(xray).not.toContain('"Title Number 11"');
  });

  it('catches malformed strings (the checker itself can fail)', () => {
    expect(syntaxProblems('("a" OR b')).toContain('unbalanced brackets');
    expect(syntaxProblems('"a OR b')).toContain('unbalanced quotes');
    expect(syntaxProblems('() AND a')).toContain('empty group');
    expect(syntaxProblems('a or b')).toContain('lowercase operator');
    expect(syntaxProblems('(a OR ) AND b')).toContain('dangling operator');
    expect(syntaxProblems('a OR b AND c')).toContain('OR outside brackets');
    expect(syntaxProblems('\u201ca b\u201d AND c')).toContain('curly quotes');
    expect(syntaxProblems('("a b" OR c) AND d')).toEqual([]);
  });
});

// Anything a resume or the recruiter's own term list could put into a title or keyword.
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    'AND',
    'or',
    'NOT',
    '"',
    '\u201cQuoted\u201d',
    '(',
    ')',
    '  ',
    'Claims (II)',
    'A&G',
    'x'.repeat(200),
  ),
  fc
    .array(fc.constantFrom('word', 'OR', '"', '(', 'Claims', 'and', ')', '\u2019s'), { maxLength: 40 })
    .map((w) => w.join(' ')),
);
const group = fc.record({
  label: fc.string({ minLength: 1, maxLength: 10 }),
  forms: fc.array(nasty, { minLength: 1, maxLength: 5 }),
});
const anyParts = fc.record({
  titles: fc.array(nasty, { maxLength: 20 }),
  keywords: fc.array(group, { maxLength: 8 }),
  contexts: fc.array(group, { maxLength: 6 }),
});

describe('every search string (property tests)', () => {
  it('the LinkedIn form is well-formed and within its length', () => {
    fc.assert(
      fc.property(anyParts, (p) => {
        const query = booleanSearch(p);
        expect(syntaxProblems(query)).toEqual([]);
        expect(query.length).toBeLessThanOrEqual(LINKEDIN_CHAR_LIMIT);
        // Never empty: the context falls back to managed care in general.
        expect(query.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('the X-ray form is well-formed, starts with site: and is within Google\u2019s 32 words', () => {
    fc.assert(
      fc.property(anyParts, (p) => {
        const query = xraySearch(p);
        expect(syntaxProblems(query)).toEqual([]);
        expect(query.startsWith('site:linkedin.com/in ')).toBe(true);
        expect(googleWordCount(query)).toBeLessThanOrEqual(GOOGLE_WORD_LIMIT);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the first title whatever has to go', () => {
    fc.assert(
      fc.property(anyParts, (p) => {
        const title = p.titles.map(quoteTerm).find((t) => t.length > 0);
        const query = xraySearch(p);
        if (title) expect(query).toContain(title);
      }),
      { numRuns: 200 },
    );
  });

  it('is well-formed for every fixture resume', () => {
    for (const name of Object.keys(EXPECTED)) {
      const a = analyze(resumeText(name), { today: TODAY });
      expect(syntaxProblems(a.searchString), name).toEqual([]);
      expect(syntaxProblems(a.xraySearchString), name).toEqual([]);
      expect(googleWordCount(a.xraySearchString), name).toBeLessThanOrEqual(GOOGLE_WORD_LIMIT);
    }
  });
});
