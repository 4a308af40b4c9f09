// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../lib/dom/visible-text';

describe('visibleText', () => {
  it('keeps what a reader sees, one line per block', () => {
    document.body.innerHTML = `
      <h1>Jane <b>Doe</b></h1>
      <ul><li>Processed <b>HMO</b> claims</li><li>Led a team</li></ul>
      <p>Line one<br>Line two</p>`;
    expect(visibleText(document.body)).toBe('Jane Doe\nProcessed HMO claims\nLed a team\nLine one\nLine two');
  });

  it('drops scripts, styles, templates and hidden elements', () => {
    document.body.innerHTML = `
      <p>Seen</p><script>var HMO = 1</script><style>.PPO{}</style><noscript>IPA</noscript>
      <template><p>EPO</p></template><div hidden>capitation</div><span style="display: none">COB</span>
      <span style="visibility:hidden">NCQA</span>`;
    expect(visibleText(document.body)).toBe('Seen');
  });

  it('reads a page behind an open dialog, whose app root is aria-hidden but still on screen', () => {
    document.body.innerHTML = `
      <main aria-hidden="true"><h1>Pat Example</h1><p>Utilization Management Nurse at an HMO</p></main>
      <div role="dialog" aria-modal="true"><h2>Sign in to view more</h2></div>`;
    expect(visibleText(document.body)).toBe(
      'Pat Example\nUtilization Management Nurse at an HMO\nSign in to view more',
    );
  });

  it('reads text written twice for screen readers once, from its visible copy', () => {
    document.body.innerHTML = `
      <li><span aria-hidden="true">Claims Examiner</span><span class="visually-hidden">Claims Examiner</span></li>
      <li><span aria-hidden="true">CAQH</span><span class="t-14 sr-only">CAQH</span></li>
      <li><span class="visually-hidden-focusable">Skip to main content</span></li>`;
    expect(visibleText(document.body)).toBe('Claims Examiner\nCAQH\nSkip to main content');
  });

  it('keeps inline text together so split terms still read as one', () => {
    document.body.innerHTML = '<p><b>Health</b> Maintenance <i>Organization</i></p>';
    expect(visibleText(document.body)).toBe('Health Maintenance Organization');
  });
});

describe('visible text of a huge page', () => {
  it('stops reading after the limit, at a character', () => {
    const doc = new DOMParser().parseFromString(
      `<body><p>${'HMO claims. '.repeat(1000)}</p><p>PPO at the end</p></body>`,
      'text/html',
    );
    const text = visibleText(doc.body, 120);
    expect(text.length).toBeLessThanOrEqual(120);
    expect(text.startsWith('HMO claims. HMO claims.')).toBe(true);
    expect(text).not.toContain('PPO');
    expect(visibleText(doc.body)).toContain('PPO at the end');
  });
});

describe('visible text without the parts a style sheet hides', () => {
  it('leaves out elements matching the selector it is given', () => {
    document.body.innerHTML =
      '<h1>Dana Whitfield</h1><div class="modal"><h2>Sign in to view Dana’s full profile</h2></div><p>HMO</p>';
    expect(visibleText(document.body, Number.POSITIVE_INFINITY, '.modal')).toBe('Dana Whitfield\nHMO');
  });
});

describe('web components', () => {
  it('reads an open shadow root as it is shown: slotted children in their slots, closed ones not at all', () => {
    document.body.innerHTML =
      '<h1>Jordan Rivera</h1><x-role id="role"><span slot="title">Claims Examiner</span><span>Unslotted</span></x-role><x-secret id="secret"></x-secret>';
    const role = (document.getElementById('role') as Element).attachShadow({ mode: 'open' });
    role.innerHTML =
      '<div><b><slot name="title">No title</slot></b></div><p>HMO claims, 2019 – 2024</p><p><slot name="none">Fallback text</slot></p>';
    (document.getElementById('secret') as Element).attachShadow({ mode: 'closed' }).innerHTML =
      '<p>HEDIS</p>';
    expect(visibleText(document.body).split('\n')).toEqual([
      'Jordan Rivera',
      'Claims Examiner',
      'HMO claims, 2019 – 2024',
      'Fallback text',
    ]);
    document.body.innerHTML = '';
  });
});
