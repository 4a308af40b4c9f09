import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { analyze } from '../../../lib/analysis/analyze';
import { GLOSSARY } from '../../../lib/glossary';
import { definitionOf } from '../../../lib/glossary/definitions';
import { compileMatcher } from '../../../lib/matching/matcher';
import {
  builtInTermFor,
  type CustomTerm,
  customTermId,
  customTermProblems,
  customTermsStore,
  definitionWith,
  mergeGlossary,
  readCustomTerms,
  saveCustomTerm,
} from '../../../lib/storage/custom-terms';
import { UNREADABLE_KEY } from '../../../lib/storage/settings';

const dhmo: CustomTerm = {
  id: 'custom-dhmo',
  term: 'DHMO',
  aliases: ['dental HMO'],
  definition: 'A dental plan that works like an HMO: members use a network of dentists.',
  category: 'plan-type',
};
const hmoOverride: CustomTerm = {
  id: 'hmo',
  term: 'HMO',
  aliases: ['managed care HMO plan'],
  definition: 'Our own wording for HMO.',
  category: 'plan-type',
};

describe('custom terms', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are highlighted, defined and counted like built-in ones', () => {
    const glossary = mergeGlossary(GLOSSARY, [dhmo, hmoOverride]);
    const matcher = compileMatcher(glossary);
    const text = 'Sold dental HMO plans, then DHMOs, in a managed care HMO plan and an HMO.';
    expect(matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.termId])).toEqual([
      ['dental HMO', 'custom-dhmo'],
      ['DHMOs', 'custom-dhmo'],
      ['managed care HMO plan', 'hmo'],
      ['HMO', 'hmo'],
    ]);
    const define = definitionWith([dhmo, hmoOverride], definitionOf);
    expect(define('custom-dhmo')).toBe(dhmo.definition);
    expect(define('hmo')).toBe('Our own wording for HMO.');
    expect(define('ppo')).toBe(definitionOf('ppo'));
    const analysis = analyze('Dental HMO enrollment specialist. DHMO claims.', { glossary });
    expect(analysis.terms.find((t) => t.id === 'custom-dhmo')).toMatchObject({ term: 'DHMO', count: 2 });
  });

  it('leaves the built-in glossary as it is when there are none', () => {
    expect(mergeGlossary(GLOSSARY, [])).toEqual(GLOSSARY);
  });

  it('reads a stored list entry by entry, keeping the good ones', () => {
    expect(readCustomTerms(undefined)).toEqual({ terms: [] });
    expect(readCustomTerms('nope').problem).toMatch(/not a list/);
    const read = readCustomTerms([dhmo, { ...dhmo, id: 'custom-x', definition: '' }, { term: 'X' }, dhmo]);
    expect(read.terms).toEqual([dhmo]);
    expect(read.problem).toContain('terms[1].definition: must not be empty');
    expect(read.problem).toContain('terms[2].id: required');
    expect(read.problem).toContain('terms[3].id: repeats custom-dhmo');
  });

  it('finds the built-in term a name belongs to, and makes unique ids for new ones', () => {
    expect(builtInTermFor('hmos', GLOSSARY)).toBeUndefined();
    expect(builtInTermFor('HMOs', GLOSSARY)?.id).toBe('hmo');
    expect(builtInTermFor('health maintenance organization', GLOSSARY)?.id).toBe('hmo');
    expect(builtInTermFor('DHMO', GLOSSARY)).toBeUndefined();
    expect(customTermId('Dental HMO', new Set())).toBe('custom-dental-hmo');
    expect(customTermId('Dental HMO', new Set(['custom-dental-hmo']))).toBe('custom-dental-hmo-2');
    expect(customTermId('Équipe ★', new Set())).toBe('custom-equipe');
  });

  it('reports forms that belong to another term', () => {
    expect(customTermProblems([dhmo, hmoOverride], GLOSSARY)).toEqual([]);
    expect(
      customTermProblems(
        [
          { ...dhmo, aliases: ['dental HMO', 'PPO'] },
          { ...dhmo, id: 'custom-other', term: 'Dental HMOs', aliases: [] },
          { ...dhmo, id: 'mine', term: 'Mine', aliases: [] },
        ],
        GLOSSARY,
      ),
    ).toEqual([
      'terms[0].aliases[1]: "PPO" is the built-in term ppo; use its id to replace its definition',
      'terms[1].term: "Dental HMOs" is also a form of custom-dhmo',
      'terms[2].id: must start with "custom-" or be a built-in term\'s id',
    ]);
  });

  it('are stored and kept apart from corrupt values, which are saved for export', async () => {
    const store = customTermsStore(storage);
    await store.set([dhmo]);
    expect(await store.get()).toEqual([dhmo]);
    await expect(store.set([{ ...dhmo, definition: '' }])).rejects.toThrow();
    expect(await store.get()).toEqual([dhmo]);
    await fakeBrowser.storage.local.set({ customTerms: { not: 'a list' } });
    expect(await store.get()).toEqual([]);
    await store.set([hmoOverride]);
    expect(await storage.getItem(UNREADABLE_KEY)).toEqual({ customTerms: { not: 'a list' } });
  });
});

describe('saving a term from the options page', () => {
  const draft = {
    term: 'Dental HMO',
    aliases: ['DHMO', ' '],
    definition: 'A dental plan.',
    category: 'plan-type' as const,
  };

  it('gives a new name a custom id and a built-in name the built-in id', () => {
    const added = saveCustomTerm([], draft, GLOSSARY);
    expect(added).toMatchObject({ ok: true, saved: { id: 'custom-dental-hmo', aliases: ['DHMO'] } });
    const override = saveCustomTerm([], { ...draft, term: 'HMOs', aliases: [] }, GLOSSARY);
    expect(override).toMatchObject({ ok: true, saved: { id: 'hmo' } });
  });

  it('edits in place and reports problems by field', () => {
    const first = saveCustomTerm(
      [dhmo, hmoOverride],
      { ...draft, definition: 'Changed.' },
      GLOSSARY,
      'custom-dhmo',
    );
    expect(first.ok && first.terms.map((t) => [t.id, t.definition])).toEqual([
      ['custom-dhmo', 'Changed.'],
      ['hmo', 'Our own wording for HMO.'],
    ]);
    expect(saveCustomTerm([], { ...draft, definition: ' ' }, GLOSSARY)).toEqual({
      ok: false,
      problems: ['definition: must not be empty'],
    });
    expect(saveCustomTerm([dhmo], { ...draft, term: 'Dental plan', aliases: ['DHMO'] }, GLOSSARY)).toEqual({
      ok: false,
      problems: ['aliases[0]: "DHMO" is also a form of custom-dhmo'],
    });
    expect(saveCustomTerm([hmoOverride], { ...draft, term: 'HMO' }, GLOSSARY)).toEqual({
      ok: false,
      problems: ['term: your terms already replace the built-in HMO; edit that one'],
    });
  });
});
