import { describe, expect, it } from 'vitest';
import {
  formSignature,
  matchesInner,
  matchesLast,
  nextWordMayStart,
  spellingsOfTerms,
} from '../../../lib/matching/spellings';

const term = (id: string, term: string, aliases: string[] = []) => ({
  id,
  term,
  aliases,
  notAfter: [],
  notBefore: [],
});

describe('spellings', () => {
  it('signs forms that match the same text alike', () => {
    expect(formSignature('HMOs')).toBe(formSignature('HMO'));
    expect(formSignature('Prior Authorizations')).toBe('prior authorization');
    expect(formSignature('in-network')).toBe(formSignature('In Network'));
    expect(formSignature('HMO')).not.toBe(formSignature('hmo'));
    expect(formSignature(' - ')).toBe('');
  });

  it('compares a last word inflected and an inner word only as written', () => {
    expect(matchesLast('Policies', 'policy', false)).toBe(true);
    expect(matchesLast('HMO\u2019s', 'HMO', true)).toBe(true);
    expect(matchesLast('hmos', 'HMO', true)).toBe(false);
    expect(matchesInner('Children\u2019s', "children's", false)).toBe(true);
    expect(matchesInner('policies', 'policy', false)).toBe(false);
  });

  it('indexes patterns by first word, with the spellings a first word may take', () => {
    const s = spellingsOfTerms([
      term('hmo', 'HMO', ['Health Maintenance Organization']),
      term('chip', "Children's Health Insurance Program"),
      term('claim', 'claim'),
      term('claims-examiner', 'claims examiner'),
    ]);
    expect([...s.index.keys()].sort()).toEqual(['HMO', "children's", 'claim', 'claims', 'health']);
    expect(s.index.get('health')?.[0]?.keys).toEqual(['health', 'maintenance', 'organization']);
    expect(s.index.get('HMO')?.[0]?.acronym).toEqual([true]);
    // One-word terms take plurals and possessives; phrase starts only both apostrophes.
    for (const w of ['hmo', 'hmos', "hmo's", 'hmo\u2019s', 'claims', "children's", 'children\u2019s'])
      expect(s.maybeFirst.has(w)).toBe(true);
    expect(s.maybeFirst.has('healths')).toBe(false);
    // A phrase-only first word is checked against how its next word begins; "claims" is also a plural.
    expect(s.phraseStarts.get('health')).toEqual(['mai']);
    expect(s.phraseStarts.has('claims')).toBe(false);
    expect('x HMOs health children\u2019s'.match(s.prefilter as RegExp)).toEqual([
      'HMOs',
      'health',
      'children\u2019s',
    ]);
  });

  it('records where a form allows a comma between its words', () => {
    const s = spellingsOfTerms([term('ucr', 'usual, customary and reasonable')]);
    expect(s.index.get('usual')?.[0]?.commaBefore).toEqual([false, true, false, false]);
  });

  it('has no prefilter for a glossary without forms', () => {
    expect(spellingsOfTerms([]).prefilter).toBeNull();
  });

  it('checks the start of the next word of a phrase, in any case', () => {
    expect(nextWordMayStart('health Maintenance', 6, ['mai'])).toBe(true);
    expect(nextWordMayStart('health plan', 6, ['mai'])).toBe(false);
    expect(nextWordMayStart('health. maintenance', 6, ['mai'])).toBe(false);
  });
});
