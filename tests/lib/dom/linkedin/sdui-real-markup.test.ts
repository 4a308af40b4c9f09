// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectLayout, linkedInScope, readProfile } from '../../../../lib/dom/linkedin/read-profile';
import { linkedInPage, NOT_THE_CANDIDATE, ROLES } from './fixture-pages';

const URL = 'https://www.linkedin.com/in/dana-whitfield/';
const HEADLINE = 'Utilization Management Manager at Evergreen Health Plan | RN, CCM';
const KEY = 'com.linkedin.sdui.profile.card.refACoAAFAKEPROFILE0000000000000000000000';

/** The real page, changed as a test needs before it is read. */
function realPage(change: (doc: Document) => void = () => {}): Document {
  const doc = linkedInPage('sdui-profile-real.html');
  change(doc);
  return doc;
}

/** The top card's line after the name (pronouns in the saved page). */
const pronounsLine = (doc: Document) => {
  const line = doc.querySelector('[id$="Topcard"] [componentkey^="ProfileVerificationTriggerRef"]')
    ?.parentElement?.parentElement?.nextElementSibling;
  if (line?.textContent !== 'She/Her') throw new Error('the fixture changed: no pronouns line');
  return line;
};

describe('the 2026 profile as LinkedIn really writes it (cards keyed on a div around a section)', () => {
  it('reads the name inside the verification link, and the headline past pronouns and before "Company · School"', () => {
    const profile = readProfile(realPage(), URL);
    expect(profile?.name).toBe('Dana Whitfield');
    expect(profile?.headline).toBe(HEADLINE);
  });

  it.each([
    ['pronouns of the member’s own', 'Ze/Zir'],
    ['no pronouns at all', null],
  ])('takes the same headline with %s', (_case, pronouns) => {
    const doc = realPage((d) => {
      const line = pronounsLine(d);
      if (pronouns) line.textContent = pronouns;
      else line.remove();
    });
    expect(readProfile(doc, URL)?.headline).toBe(HEADLINE);
  });

  it('keeps a headline of slashed credentials, which only looks like pronouns', () => {
    // The first line under the name, where pronouns would be, is taken when it is no pronouns.
    const doc = realPage((d) => {
      pronounsLine(d).textContent = 'RN/BSN';
    });
    expect(readProfile(doc, URL)?.headline).toBe('RN/BSN');
  });

  it('reads the About text, which has no expandable box there', () => {
    const about = readProfile(realPage(), URL)?.about ?? [];
    expect(about).toEqual([expect.stringContaining('fourteen years on the payer side')]);
  });

  it('finds the experience by its test id when no card key names it', () => {
    const doc = realPage((d) => {
      const card = d.getElementById(`${KEY}ExperienceTopLevelSection`);
      if (!card) throw new Error('the fixture changed: no experience card');
      card.removeAttribute('id');
      card.removeAttribute('componentkey');
    });
    expect(detectLayout(doc)).toBe('sdui');
    const profile = readProfile(doc, URL);
    expect(profile?.roles.map(({ title, employer, dates }) => ({ title, employer, dates }))).toEqual(ROLES);
    expect(profile?.gaps).toEqual([]);
  });

  it('highlights the profile column only: the aside shares <main> with it', () => {
    const doc = realPage();
    const scope = linkedInScope(doc, URL);
    expect(scope?.getAttribute('aria-label')).toBe('Primary content');
    expect(doc.querySelector('main aside')?.textContent).toContain('Morgan Reyes');
    for (const name of NOT_THE_CANDIDATE) expect(scope?.textContent).not.toContain(name);
  });
});

describe('the 2026 profile before its experience has loaded (skeleton cards in its place)', () => {
  const doc = linkedInPage('sdui-profile-real-unloaded.html');
  const profile = readProfile(doc, URL);

  it('is read as the 2026 design, with the candidate’s name and headline', () => {
    expect(detectLayout(doc)).toBe('sdui');
    expect(profile?.name).toBe('Dana Whitfield');
    expect(profile?.headline).toBe(HEADLINE);
  });

  it('says the experience has not loaded, and invents no roles', () => {
    expect(doc.querySelector('[componentkey^="profileCardsExperienceOnly"]')).not.toBeNull();
    expect(profile?.roles).toEqual([]);
    expect(profile?.gaps).toEqual([{ kind: 'experience-missing' }]);
  });
});
