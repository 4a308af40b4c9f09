// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis/analyze';
import { findDateRanges } from '../../../../lib/analysis/experience-dates';
import { profileText } from '../../../../lib/dom/linkedin/profile';
import {
  detectLayout,
  isExperienceDetails,
  isLinkedInProfile,
  readProfile,
} from '../../../../lib/dom/linkedin/read-profile';
import { linkedInPage, NOT_THE_CANDIDATE, RESUME, ROLES } from './fixture-pages';

/** The months a date range spans, however it is written. */
const months = (dates: string) => findDateRanges(dates).map(({ start, end }) => ({ start, end }));

const TODAY = new Date('2026-12-02T12:00:00Z');
const URL = 'https://www.linkedin.com/in/dana-whitfield/';

describe.each([
  ['public-profile.html', 'public', true],
  ['classic-profile.html', 'classic', true],
  ['sdui-profile.html', 'sdui', true],
  // Real markup (top card, About, page frame) around hand-written experience, education and sidebars.
  ['sdui-profile-real.html', 'sdui', true],
  ['mobile-profile.html', 'mobile', true],
  // No saved Recruiter Lite page shows its licences, so that reader reads none.
  ['recruiter-lite-profile.html', 'recruiter', false],
  ['recruiter-talent-profile.html', 'recruiter', true],
] as const)('the %s layout', (file, layout, licences) => {
  const doc = linkedInPage(file);
  const profile = readProfile(doc, URL);

  it(`is recognised as ${layout}`, () => {
    expect(detectLayout(doc)).toBe(layout);
    expect(profile?.layout).toBe(layout);
  });

  it('reads the candidate: name, headline, every role with title and employer apart, education, licences', () => {
    expect(profile?.name).toBe('Dana Whitfield');
    expect(profile?.headline).toBe('Utilization Management Manager at Evergreen Health Plan | RN, CCM');
    expect(profile?.about.join(' ')).toContain('fourteen years on the payer side');
    // Dates as each design writes them ("Mar 2021 - Present", "March 2021 – Present"), for the same months.
    expect(
      profile?.roles.map(({ title, employer, dates }) => ({ title, employer, dates: months(dates) })),
    ).toEqual(ROLES.map(({ title, employer, dates }) => ({ title, employer, dates: months(dates) })));
    expect(profile?.roles[0]?.description.join(' ')).toContain(
      'Lead a team of nine utilization review nurses',
    );
    expect(profile?.education.join(' ')).toContain('Linfield University');
    expect(profile?.licenses.some((line) => line.includes('Certified Case Manager (CCM)'))).toBe(licences);
    expect(profile?.gaps).toEqual([]);
  });

  it('reads nobody else: neither the viewer in the nav bar nor the people in the sidebars', () => {
    const text = profileText(profile as NonNullable<typeof profile>);
    for (const name of NOT_THE_CANDIDATE) expect(text).not.toContain(name);
    const scope = profile?.scope?.textContent ?? '';
    expect(scope).toContain('Dana Whitfield');
    for (const name of NOT_THE_CANDIDATE) expect(scope).not.toContain(name);
  });

  it('gives the analysis what the same career written as a plain resume gives', () => {
    const fromPage = analyze(profileText(profile as NonNullable<typeof profile>), { today: TODAY });
    const fromResume = analyze(RESUME, { today: TODAY });
    expect(fromPage.level).toBe(fromResume.level);
    expect(fromPage.yearsOfExperience).toBe(fromResume.yearsOfExperience);
    expect(fromPage.relevantYears).toBe(fromResume.relevantYears);
    expect(fromPage.roles).toEqual(fromResume.roles);
    expect(fromResume.level).toBe('senior');
  });
});

describe('what a profile page leaves out', () => {
  it('a masked signed-out profile: says so, and never reads ***** as a title or a date', () => {
    const profile = readProfile(linkedInPage('public-profile-masked.html'), URL);
    expect(profile?.gaps).toEqual([{ kind: 'masked' }]);
    expect(profile?.roles).toEqual([]);
    const text = profileText(profile as NonNullable<typeof profile>);
    expect(text).not.toContain('*');
    expect(analyze(text, { today: TODAY }).roles).toEqual([]);
  });

  it('a profile that does not exist: says so, with nothing to read', () => {
    const profile = readProfile(
      linkedInPage('public-not-found.html'),
      'https://www.linkedin.com/in/dana-whitfield-0/',
    );
    expect(profile?.gaps).toEqual([{ kind: 'not-found' }]);
    expect(profileText(profile as NonNullable<typeof profile>)).toBe('');
  });

  it('experience cards that never loaded: says so, and invents no roles', () => {
    const profile = readProfile(linkedInPage('sdui-profile-unloaded.html'), URL);
    expect(profile?.name).toBe('Dana Whitfield');
    expect(profile?.roles).toEqual([]);
    expect(profile?.gaps).toEqual([{ kind: 'experience-missing' }]);
  });

  it.each([
    ['2026', 'sdui-profile-partial.html'],
    ['classic', 'classic-profile-partial.html'],
  ])('a %s profile listing some of its experiences: says how many of how many', (_design, file) => {
    const profile = readProfile(linkedInPage(file), URL);
    expect(profile?.roles.map((r) => r.title)).toEqual(ROLES.slice(0, 3).map((r) => r.title));
    expect(profile?.gaps).toEqual([{ kind: 'partial-experience', shown: 3, total: 5 }]);
  });

  it.each([
    ['2026', 'sdui-experience-details.html', 'sdui'],
    ['classic', 'classic-experience-details.html', 'classic'],
  ] as const)(
    'the %s "all experiences" page: reads every position, and no one else’s',
    (_design, file, layout) => {
      const url = 'https://www.linkedin.com/in/dana-whitfield/details/experience/';
      const doc = linkedInPage(file);
      const profile = readProfile(doc, url);
      expect(detectLayout(doc)).toBe(layout);
      expect(profile?.roles.map(({ title, employer, dates }) => ({ title, employer, dates }))).toEqual(ROLES);
      expect(profile?.gaps).toEqual([]);
      const read = profile ? profileText(profile) : '';
      for (const name of NOT_THE_CANDIDATE) expect(read).not.toContain(name);
    },
  );

  it('an unknown design is no profile at all (the caller falls back to the main content)', () => {
    const doc = new DOMParser().parseFromString('<main><p>Loading…</p></main>', 'text/html');
    expect(detectLayout(doc)).toBeNull();
    expect(readProfile(doc, URL)).toBeNull();
  });
});

describe('LinkedIn profile addresses', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', true],
    ['https://uk.linkedin.com/in/jane-doe', true],
    ['https://se.linkedin.com/in/jane-doe/', true],
    ['https://linkedin.com/in/jane-doe/', true],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', true],
    ['https://www.linkedin.com/talent/profile/AEMAA123', true],
    ['https://www.linkedin.com/talent/hire/4242/discover/recruiterSearch/profile/AEMAA123', true],
    ['https://www.linkedin.com/recruiter/profile/474681259,Shbu,CAP', true],
    ['https://www.linkedin.com/talent/hire/4242/discover/recruiterSearch', false],
    ['https://www.linkedin.com/feed/', false],
    ['https://linkedin.com.evil.example/in/x/', false],
    ['not a url', false],
  ])('%s is a profile: %s', (url, expected) => {
    expect(isLinkedInProfile(url)).toBe(expected);
  });

  it('knows the "all experiences" page', () => {
    expect(isExperienceDetails('https://www.linkedin.com/in/jane-doe/details/experience/')).toBe(true);
    expect(isExperienceDetails('https://uk.linkedin.com/in/jane-doe/details/experience')).toBe(true);
    expect(isExperienceDetails('https://www.linkedin.com/in/jane-doe/details/skills/')).toBe(false);
    expect(isExperienceDetails('https://www.linkedin.com/in/jane-doe/')).toBe(false);
  });
});
