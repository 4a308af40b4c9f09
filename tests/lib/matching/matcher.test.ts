import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../lib/glossary';
import { compileMatcher, countMatches } from '../../../lib/matching/matcher';

const matcher = compileMatcher(GLOSSARY);

/** What a reader would see highlighted: [matched text, term id]. */
function hits(text: string): Array<[string, string]> {
  return matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.termId]);
}

describe('matcher', () => {
  it('matches acronyms by case only', () => {
    expect(hits('Worked on HMO claims')).toContainEqual(['HMO', 'hmo']);
    expect(hits('see https://example.com/plans/hmo-basics and Hmo')).toEqual([]);
  });

  it('matches plurals and possessives', () => {
    expect(hits("HMOs, HMO's rules, the HMO\u2019s network, PCPs and referrals")).toEqual([
      ['HMOs', 'hmo'],
      ["HMO's", 'hmo'],
      ['HMO\u2019s', 'hmo'],
      ['PCPs', 'pcp'],
      ['referrals', 'referral'],
    ]);
  });

  it('matches hyphen, space and line-break variants of one form', () => {
    expect(hits('in-network, in network, out of network, out-of-network')).toEqual([
      ['in-network', 'in-network'],
      ['in network', 'in-network'],
      ['out of network', 'out-of-network'],
      ['out-of-network', 'out-of-network'],
    ]);
    expect(hits('Health Maintenance\nOrganization')).toEqual([['Health Maintenance\nOrganization', 'hmo']]);
  });

  it('lets the longest form win', () => {
    expect(hits('a Health Maintenance Organization')).toEqual([['Health Maintenance Organization', 'hmo']]);
    expect(hits('Medicare Advantage plans and Medicare')).toEqual([
      ['Medicare Advantage plans', 'medicare-advantage'],
      ['Medicare', 'medicare'],
    ]);
    expect(hits('out-of-network providers')).toEqual([
      ['out-of-network providers', 'non-participating-provider'],
    ]);
    expect(hits('Medicaid managed care')).toEqual([['Medicaid managed care', 'medicaid-managed-care']]);
  });

  it('never matches inside another word', () => {
    expect(hits('support opportunity supported IPAddress HMOplus EPOch hipaaa')).toEqual([]);
    expect(hits('my_HMO_notes')).toEqual([]);
  });

  it('is case-insensitive for ordinary words, even in capitals', () => {
    expect(hits('CLAIMS PROCESSING and Prior Authorization')).toEqual([
      ['CLAIMS PROCESSING', 'claims-processing'],
      ['Prior Authorization', 'prior-authorization'],
    ]);
  });

  it('keeps ambiguous acronyms out (PA, MA, UM)', () => {
    expect(hits('Pittsburgh, PA. MA in Economics. UM alumni.')).toEqual([]);
  });

  it('skips forms that mean something else next to certain words', () => {
    expect(hits('experience in network security and in network administration')).toEqual([]);
    expect(hits('trained a neural network model')).toEqual([]);
    expect(hits('tax-deductible donations')).toEqual([]);
    expect(hits('employee referral program')).toEqual([]);
    expect(hits('student enrollment')).toEqual([]);
  });

  it('handles punctuation inside forms', () => {
    expect(hits('usual, customary and reasonable fees')).toEqual([
      ['usual, customary and reasonable', 'ucr'],
    ]);
    expect(hits('Centers for Medicare & Medicaid Services')).toEqual([
      ['Centers for Medicare & Medicaid Services', 'cms'],
    ]);
    expect(hits("Children's Health Insurance Program")).toEqual([
      ["Children's Health Insurance Program", 'chip'],
    ]);
    expect(hits('ICD-10 and CMS-1500 and UB-04')).toEqual([
      ['ICD-10', 'icd-10'],
      ['CMS-1500', 'cms-1500'],
      ['UB-04', 'ub-04'],
    ]);
  });

  it('matches a phrase whose first word has a curly apostrophe', () => {
    expect(
      hits('Children\u2019s Health Insurance Program and CHILDREN\u2019S HEALTH INSURANCE PROGRAM'),
    ).toEqual([
      ['Children\u2019s Health Insurance Program', 'chip'],
      ['CHILDREN\u2019S HEALTH INSURANCE PROGRAM', 'chip'],
    ]);
    // Still no plural or possessive of a phrase's first word.
    expect(hits('Childrens\u2019s Health Insurance Program')).toEqual([]);
  });

  it('does not join words across sentences or with other punctuation', () => {
    expect(hits('prior. authorization')).toEqual([]);
    expect(hits('in/network')).toEqual([]);
  });

  it('reports offsets into the original text', () => {
    const text = '\u00a0\u00a0Reviewed PPO claims';
    expect(matcher.findAll(text).map((m) => [m.start, m.end])).toEqual([
      [11, 14],
      [15, 21],
    ]);
    expect(hits(text)).toEqual([
      ['PPO', 'ppo'],
      ['claims', 'claim'],
    ]);
  });

  it('counts occurrences per term', () => {
    const counts = countMatches(matcher.findAll('HMO, HMOs, PPO and Health Maintenance Organization'));
    expect(Object.fromEntries(counts)).toEqual({ hmo: 3, ppo: 1 });
  });

  it('finds nothing in empty or term-free text', () => {
    expect(hits('')).toEqual([]);
    expect(hits('Drove forklifts and stocked shelves.')).toEqual([]);
  });

  it('matches a window at a time exactly as the whole text', () => {
    const text = Array.from({ length: 400 }, (_, i) =>
      i % 3 === 0
        ? 'the Health Maintenance Organization and PPO'
        : 'employee referral and in network security, prior auth',
    ).join('\n');
    const whole = matcher.findAll(text);
    const windowed = [];
    let from = 0;
    while (from < text.length) {
      // Window ends land anywhere, even inside a multi-word term; the next window starts after the last match.
      let to = Math.min(text.length, from + 997);
      while (to < text.length && /\S/.test(text[to] as string)) to++;
      const found = matcher.findAll(text, from, to);
      windowed.push(...found);
      from = Math.max(to, found.at(-1)?.end ?? 0);
    }
    expect(windowed).toEqual(whole);
    expect(whole.length).toBeGreaterThan(500);
  });

  it('reads words outside ASCII as words, so no term matches inside one', () => {
    // Accented letters, letters outside the BMP and non-Latin scripts all continue a word.
    expect(hits('\u00e9HMO HMO\u00e9 HMO\u{1d400} \u0416HMO \u00c9quipe HMO')).toEqual([['HMO', 'hmo']]);
    expect(hits('Caf\u00e9 PPO, na\u00efve capitation')).toEqual([
      ['PPO', 'ppo'],
      ['capitation', 'capitation'],
    ]);
    // Digits and "_" too: "HMO2" and "HMO_x" are other words.
    expect(hits('HMO2 HMO_x 2HMO')).toEqual([]);
    // A term after a word in another script, and a non-ASCII spelling of a first word.
    expect(hits('\u65e5\u672c HMO\u2019s')).toEqual([['HMO\u2019s', 'hmo']]);
    // An apostrophe ends the word unless a word character follows it.
    expect(hits("HMOs' rules and 'HMO' quoted")).toEqual([
      ['HMOs', 'hmo'],
      ['HMO', 'hmo'],
    ]);
  });

  it('reads a possessive plural back to its term', () => {
    expect(hits("the Claims\u2019s status, PCPs's panels and copayments's")).toEqual([
      ['Claims\u2019s', 'claim'],
      ["PCPs's", 'pcp'],
      ["copayments's", 'copay'],
    ]);
  });

  it('matches a word that starts phrases only where its phrase goes on', () => {
    // "closed", "annual" and "staff" start phrases only; "claims" also is the plural of a term.
    expect(hits('closed cases, annual reviews, staff meetings and claims')).toEqual([['claims', 'claim']]);
    expect(hits('a closed panel, a Closed-panel HMO, the annual\nenrollment period, a staff model')).toEqual([
      ['closed panel', 'closed-panel'],
      ['Closed-panel HMO', 'closed-panel'],
      ['annual\nenrollment period', 'open-enrollment'],
      ['staff model', 'staff-model'],
    ]);
    expect(hits('Fraud, waste and abuse; usual, customary and reasonable')).toEqual([
      ['Fraud, waste and abuse', 'fwa'],
      ['usual, customary and reasonable', 'ucr'],
    ]);
  });

  it('works with a custom glossary', () => {
    const custom = compileMatcher([
      { id: 'dhmo', term: 'DHMO', aliases: ['dental HMO'], notAfter: [], notBefore: [] },
    ]);
    expect(custom.findAll('Sold dental HMO and DHMO plans').map((m) => m.termId)).toEqual(['dhmo', 'dhmo']);
    const accented = compileMatcher([
      { id: 'cafe', term: 'caf\u00e9 plan', aliases: ['Q & A'], notAfter: [], notBefore: [] },
    ]);
    expect(accented.findAll('A Caf\u00e9 Plan and Q & A').map((m) => m.termId)).toEqual(['cafe', 'cafe']);
  });
});
