// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readProfile } from '../../../../lib/dom/linkedin/read-profile';

const URL = 'https://www.linkedin.com/talent/hire/4242/discover/recruiterSearch/profile/AEMAA123';
const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** A search result row: another person, named and described the way the profile's own top card is. */
const row = (name: string, headline: string) =>
  `<li><article class="lockup"><span data-test-row-lockup-full-name>${name}</span>
    <div data-test-row-lockup-headline>${headline}</div></article></li>`;

describe('a LinkedIn Recruiter profile opened in the panel over search results', () => {
  const doc = page(`<main>
    <ol class="search-results">${row('Morgan Reyes', 'HEDIS Analyst at a Medicaid MCO')}${row('Luis Ortega', 'TPA claims lead')}</ol>
    <div class="profile-panel" role="dialog">
      <section class="lockup"><span data-test-row-lockup-full-name>Dana Whitfield</span>
        <div data-test-row-lockup-headline>Utilization Management Manager</div></section>
      <section class="experience-card"><ul>
        <li><h3 data-test-position-entity-title>Claims Examiner</h3>
          <dl><dt class="visually-hidden">Company Name</dt><dd data-test-position-entity-company-name>Summit Health · Full-time</dd>
          <dd><span data-test-position-entity-date-range>Jan 2012 – May 2015</span> <span>3 yrs 5 mos</span></dd></dl></li>
      </ul></section>
    </div></main>`);
  const profile = readProfile(doc, URL);

  it('reads the candidate in the panel, not the people in the results beside it', () => {
    expect(profile?.layout).toBe('recruiter');
    expect(profile?.name).toBe('Dana Whitfield');
    expect(profile?.headline).toBe('Utilization Management Manager');
    expect(profile?.roles).toEqual([
      { title: 'Claims Examiner', employer: 'Summit Health', dates: 'Jan 2012 – May 2015', description: [] },
    ]);
  });

  it('highlights the panel only', () => {
    expect(profile?.scope?.className).toBe('profile-panel');
  });
});

describe('a Recruiter profile whose positions have not loaded', () => {
  it('says so, and invents no roles', () => {
    const doc = page(`<div id="profile-container"><span data-test-row-lockup-full-name>Dana Whitfield</span>
      <section class="experience-card"></section></div>`);
    const profile = readProfile(doc, URL);
    expect(profile?.roles).toEqual([]);
    expect(profile?.gaps).toEqual([{ kind: 'experience-missing' }]);
  });
});
