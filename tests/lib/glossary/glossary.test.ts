import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../lib/glossary';
import { DEFINITIONS } from '../../../lib/glossary/definitions';
import { DefinitionSchema, GlossarySchema, type TermInput } from '../../../lib/glossary/schema';
import { TERMS } from '../../../lib/glossary/terms';
import { formKey, inflections, tokenize } from '../../../lib/matching/tokens';

/** The key a written form is matched by: its words as compared, the last one singular. */
function formSignature(form: string): string {
  const words = tokenize(form);
  const last = words.pop() as string;
  return [...words.map(formKey), formKey(inflections(last).at(-1) as string)].join(' ');
}

/** Problems that make a glossary unusable; the test below runs it on the real glossary and on broken ones. */
function glossaryProblems(
  terms: readonly TermInput[],
  definitions: Readonly<Record<string, string>> = Object.fromEntries(terms.map((t) => [t.id, DEFINITION])),
): string[] {
  const problems: string[] = [];
  const parsed = GlossarySchema.safeParse(terms);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
    return problems;
  }
  for (const term of parsed.data) {
    const definition = DefinitionSchema.safeParse(definitions[term.id]);
    if (!definition.success) problems.push(`definitions.${term.id}: ${definition.error.issues[0]?.message}`);
  }
  const known = new Set(parsed.data.map((t) => t.id));
  for (const id of Object.keys(definitions))
    if (!known.has(id)) problems.push(`definitions.${id}: defines no term`);
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const term of parsed.data) {
    if (ids.has(term.id)) problems.push(`duplicate id ${term.id}`);
    ids.add(term.id);
    const own = new Set<string>();
    for (const form of [term.term, ...term.aliases]) {
      const signature = formSignature(form);
      if (own.has(signature))
        problems.push(`${term.id}: alias "${form}" repeats another form of the same term`);
      own.add(signature);
      const other = owner.get(signature);
      if (other && other !== term.id) problems.push(`"${form}" is claimed by both ${other} and ${term.id}`);
      owner.set(signature, term.id);
    }
  }
  return problems;
}

const DEFINITION = 'A plan that covers care from its own network of providers only.';

const base: TermInput = {
  id: 'hmo',
  term: 'HMO',
  aliases: ['Health Maintenance Organization'],
  category: 'plan-type',
  specificity: 'high',
};

describe('the built-in glossary', () => {
  it('has at least 80 terms and no problems', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(80);
    expect(glossaryProblems(TERMS, DEFINITIONS)).toEqual([]);
  });

  it('fills in the same defaults at run time as the schema does', () => {
    expect(GLOSSARY).toEqual(GlossarySchema.parse(TERMS));
  });

  it('covers every concept of the seed documents', () => {
    const ids = new Set(GLOSSARY.map((t) => t.id));
    for (const id of [
      'hmo',
      'ppo',
      'epo',
      'pcp',
      'referral',
      'in-network',
      'out-of-network',
      'staff-model',
      'group-model',
      'network-model',
      'ipa',
      'closed-panel',
      'open-panel',
      'managed-care',
      'mco',
      'claim',
      'prior-authorization',
      'case-management',
      'member-services',
      'provider-network',
      'cob',
      'hipaa',
      'cms',
      'erisa',
      'aca',
      'ncqa',
      'hedis',
      'medicare-advantage',
      'medicaid-managed-care',
      'capitation',
      'credentialing',
      'utilization-management',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('keeps definitions plain and short', () => {
    for (const term of GLOSSARY) {
      const definition = DEFINITIONS[term.id] ?? '';
      expect(definition.length, term.id).toBeLessThanOrEqual(280);
      expect(definition.length, term.id).toBeGreaterThanOrEqual(20);
    }
  });

  it('spans every category', () => {
    const categories = new Set(GLOSSARY.map((t) => t.category));
    expect([...categories].sort()).toEqual(
      ['care-role', 'coverage', 'finance', 'hmo-model', 'operations', 'plan-type', 'regulation'].sort(),
    );
  });
});

describe('glossary checks catch broken data', () => {
  it('rejects a duplicate id', () => {
    expect(glossaryProblems([base, { ...base, term: 'HMO plan', aliases: [] }])).toContain(
      'duplicate id hmo',
    );
  });

  it('rejects an empty or missing definition, and a definition of no term', () => {
    expect(glossaryProblems([base], { hmo: '   ' }).join('\n')).toMatch(/^definitions\.hmo:/);
    expect(glossaryProblems([base], {})).toHaveLength(1);
    expect(glossaryProblems([base], { hmo: DEFINITION, gone: DEFINITION })).toEqual([
      'definitions.gone: defines no term',
    ]);
  });

  it('rejects an alias two terms claim, even written differently', () => {
    const problems = glossaryProblems([
      base,
      { ...base, id: 'other', term: 'Other', aliases: ['health maintenance organizations'] },
    ]);
    expect(problems).toEqual(['"health maintenance organizations" is claimed by both hmo and other']);
  });

  it('rejects an alias that repeats its own term', () => {
    expect(glossaryProblems([{ ...base, aliases: ['HMOs'] }])).toEqual([
      'hmo: alias "HMOs" repeats another form of the same term',
    ]);
  });

  it('rejects a bad id and an unknown category', () => {
    const problems = glossaryProblems([{ ...base, id: 'Not Kebab', category: 'nope' as never }]);
    expect(problems.some((p) => p.startsWith('0.id:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('0.category:'))).toBe(true);
  });
});
