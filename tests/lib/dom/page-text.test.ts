// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { MAX_ANALYSIS_TEXT } from '../../../lib/analysis/text-limit';
import { isLinkedInProfile, MAX_PAGE_TEXT, pageText } from '../../../lib/dom/page-text';

describe('isLinkedInProfile', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', true],
    ['https://www.linkedin.com/talent/profile/AEMAA123', true],
    ['https://www.linkedin.com/talent/hire/123/discover/profile/AEMAA', true],
    ['https://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com/jobs/view/1', false],
    ['https://linkedin.com.evil.example/in/x/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isLinkedInProfile(url)).toBe(expected);
  });
});

describe('pageText', () => {
  it('reads a LinkedIn profile by its section anchors, skipping sidebars and hidden duplicates', () => {
    document.body.innerHTML = `
      <main>
        <section><h1>Jane Doe</h1><div class="text-body-medium">Claims Examiner at Aetna</div></section>
        <section><div id="experience"></div><h2><span aria-hidden="true">Experience</span><span class="visually-hidden">Experience</span></h2>
          <ul><li><span aria-hidden="true">Claims Examiner</span><span class="visually-hidden">Claims Examiner</span>
          <span aria-hidden="true">Jan 2020 - Present</span><span class="visually-hidden">Jan 2020 - Present</span></li></ul></section>
        <section><h2>Activity</h2><p>Liked a post about PPO plans</p></section>
      </main>
      <aside><h2>People also viewed</h2><p>John Roe · HMO Administrator</p></aside>`;
    const text = pageText(document, 'https://www.linkedin.com/in/jane-doe/');
    expect(text).toBe('Jane Doe\nClaims Examiner at Aetna\nExperience\nClaims Examiner Jan 2020 - Present');
  });

  it('falls back to the main content without sidebars when the anchors are gone', () => {
    document.body.innerHTML = '<main><p>Profile HMO</p><aside>Ad PPO</aside></main><aside>Other</aside>';
    expect(pageText(document, 'https://www.linkedin.com/in/x/')).toBe('Profile HMO');
  });

  it('reads the whole visible page elsewhere', () => {
    document.body.innerHTML = '<h1>Resume</h1><p>HMO</p><script>PPO</script>';
    expect(pageText(document, 'http://127.0.0.1:8080/resume.html')).toBe('Resume\nHMO');
  });
});

describe('how much of a page is read', () => {
  const long = (n: number) => 'Claims HMO work '.repeat(Math.ceil(n / 16)).slice(0, n);

  it('reads no more of a profile than the whole allows, name and headline included', () => {
    // Each part alone is over the limit: the name, the headline and every section.
    document.body.innerHTML = `<main>
      <section><h1>${long(2_000_000)}</h1><div class="text-body-medium">${long(2_000_000)}</div></section>
      ${['about', 'experience', 'education', 'skills']
        .map((id) => `<section><div id="${id}"></div><p>${long(600_000)}</p></section>`)
        .join('')}
    </main>`;
    const text = pageText(document, 'https://www.linkedin.com/in/jane-doe/');
    expect(text.length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
    expect(text.length).toBeGreaterThan(MAX_ANALYSIS_TEXT);
  });

  it('reads no more of another page than the whole allows', () => {
    document.body.innerHTML = `<p>${long(300_000)}</p><p>${long(300_000)}</p>`;
    expect(pageText(document, 'https://ats.example/candidate/1').length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
  });

  it('sends enough that the analysis knows the page was cut', () => {
    document.body.innerHTML = `<p>${long(300_000)}</p>`;
    const analysis = analyze(pageText(document, 'https://ats.example/candidate/1'));
    expect(analysis.textRead.cut).toBe(true);
    expect(analysis.textRead.chars).toBeLessThanOrEqual(MAX_ANALYSIS_TEXT);
  });
});
