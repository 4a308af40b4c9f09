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
      <span aria-hidden="true">HEDIS</span><span style="visibility:hidden">NCQA</span>`;
    expect(visibleText(document.body)).toBe('Seen');
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
