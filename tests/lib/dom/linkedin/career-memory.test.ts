// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CareerMemory, profileId } from '../../../../lib/dom/linkedin/career-memory';
import { readProfile } from '../../../../lib/dom/linkedin/read-profile';
import { linkedInPage, ROLES } from './fixture-pages';

const PROFILE = 'https://www.linkedin.com/in/dana-whitfield/';
const DETAILS = 'https://www.linkedin.com/in/dana-whitfield/details/experience/';
const read = (file: string, url: string) =>
  readProfile(linkedInPage(file), url) as NonNullable<ReturnType<typeof readProfile>>;
const titles = (profile: { roles: Array<{ title: string }> }) => profile.roles.map((r) => r.title);

describe.each([
  ['2026', 'sdui-profile-partial.html', 'sdui-experience-details.html'],
  ['classic', 'classic-profile-partial.html', 'classic-experience-details.html'],
])('what each page of a %s profile showed, in one tab', (_design, partialFile, detailsFile) => {
  const partial = read(partialFile, PROFILE);
  const details = read(detailsFile, DETAILS);

  it('on its own, the profile page says it lists 3 of 5 experiences', () => {
    const memory = new CareerMemory();
    const profile = memory.complete(PROFILE, partial);
    expect(titles(profile)).toHaveLength(3);
    expect(profile.gaps).toEqual([{ kind: 'partial-experience', shown: 3, total: 5 }]);
  });

  it('the "all experiences" page then reads with the name and headline the profile page showed', () => {
    const memory = new CareerMemory();
    memory.complete(PROFILE, partial);
    const whole = memory.complete(DETAILS, details);
    expect(whole.name).toBe('Dana Whitfield');
    expect(whole.headline).toMatch(/^Utilization Management Manager/);
    expect(titles(whole)).toEqual(ROLES.map((r) => r.title));
    expect(whole.gaps).toEqual([]);
  });

  it('back on the profile page, the whole career counts and nothing is said missing', () => {
    const memory = new CareerMemory();
    memory.complete(DETAILS, details);
    const profile = memory.complete(PROFILE, partial);
    expect(titles(profile)).toEqual(ROLES.map((r) => r.title));
    expect(profile.gaps).toEqual([]);
  });

  it('never lends one profile’s career to another', () => {
    const memory = new CareerMemory();
    memory.complete(DETAILS, details);
    const other = memory.complete('https://www.linkedin.com/in/someone-else/', partial);
    expect(other.gaps).toEqual([{ kind: 'partial-experience', shown: 3, total: 5 }]);
  });
});

it('knows a profile by the id in its address', () => {
  expect(profileId('https://uk.linkedin.com/in/Dana-Whitfield/details/experience/')).toBe('dana-whitfield');
  expect(profileId('https://www.linkedin.com/feed/')).toBeNull();
  expect(profileId('nonsense')).toBeNull();
});
