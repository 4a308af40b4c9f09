// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { MAX_ANALYSIS_TEXT } from '../../../lib/analysis/text-limit';
import { isLinkedInProfile, MAX_PAGE_TEXT, pageText, readPage } from '../../../lib/dom/page-text';
import { linkedInPage } from './linkedin/fixture-pages';

describe('isLinkedInProfile', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', true],
    ['https://in.linkedin.com/in/jane-doe/', true],
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

describe('readPage', () => {
  it('on a LinkedIn profile, reads the candidate by the reader for its design, with the profile as scope', () => {
    const doc = linkedInPage('classic-profile.html');
    const reading = readPage(doc, 'https://www.linkedin.com/in/dana-whitfield/');
    expect(reading.text.split('\n').slice(0, 2)).toEqual([
      'Dana Whitfield',
      'Utilization Management Manager at Evergreen Health Plan | RN, CCM',
    ]);
    expect(reading.text).not.toContain('Jordan Blake');
    expect(reading.notes).toEqual([]);
    expect(reading.scope).toBe(doc.querySelector('main'));
  });

  it('says what a profile leaves out', () => {
    const reading = readPage(
      linkedInPage('public-profile-masked.html'),
      'https://uk.linkedin.com/in/dana-whitfield',
    );
    expect(reading.notes).toHaveLength(1);
    expect(reading.notes[0]).toMatch(/hides this profile’s titles and dates/);
  });

  it('falls back to the main content without asides for a design no reader knows', () => {
    document.body.innerHTML = '<main><p>Profile HMO</p><aside>Ad PPO</aside></main><aside>Other</aside>';
    expect(pageText(document, 'https://www.linkedin.com/in/x/')).toBe('Profile HMO');
  });

  it('reads the whole visible page elsewhere, with the whole page in scope', () => {
    document.body.innerHTML = '<h1>Resume</h1><p>HMO</p><script>PPO</script>';
    expect(readPage(document, 'http://127.0.0.1:8080/resume.html')).toEqual({
      text: 'Resume\nHMO',
      notes: [],
      scope: null,
    });
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

  it('counts the breaks between blocks too: a page of many small cells stays within the limit', () => {
    // Two characters of text per cell, one line break between cells: the breaks alone are a third of it.
    const row = Array.from({ length: 100 }, (_, i) => `<td>a${i % 10}</td>`).join('');
    document.body.innerHTML = `<table>${`<tr>${row}</tr>`.repeat(600)}</table>`;
    expect(pageText(document, 'https://ats.example/candidate/1').length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
  });

  it('sends enough that the analysis knows the page was cut', () => {
    document.body.innerHTML = `<p>${long(300_000)}</p>`;
    const analysis = analyze(pageText(document, 'https://ats.example/candidate/1'));
    expect(analysis.textRead.cut).toBe(true);
    expect(analysis.textRead.chars).toBeLessThanOrEqual(MAX_ANALYSIS_TEXT);
  });
});

describe('readPage on a page with frames', () => {
  it("reads a same-origin frame's text where the frame is, and skips a frame of another site", () => {
    document.body.innerHTML =
      '<h1>Jordan Rivera</h1><iframe id="app"></iframe><iframe id="ad"></iframe><p>Notes</p>';
    // happy-dom loads no frames: each frame's document is what the browser would give the content script.
    const app = document.implementation.createHTMLDocument('application');
    app.body.innerHTML = '<p>Application: Claims Examiner, Example HMO, 2019 – 2024</p>';
    Object.defineProperty(document.getElementById('app'), 'contentDocument', { value: app });
    Object.defineProperty(document.getElementById('ad'), 'contentDocument', { value: null });
    expect(readPage(document, 'https://ats.example/candidates/1').text.split('\n')).toEqual([
      'Jordan Rivera',
      'Application: Claims Examiner, Example HMO, 2019 – 2024',
      'Notes',
    ]);
    document.body.innerHTML = '';
  });
});
