// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { locate, OWN_UI_ATTRIBUTE, textSegments } from '../../../lib/dom/text-segments';

const texts = (root: Node) => [...textSegments(root)].map((s) => s.text);

describe('textSegments', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins inline text and splits at blocks', () => {
    document.body.innerHTML =
      '<p>A <b>Health</b> Maintenance <i>Organization</i> plan</p><div>Second <span>block</span></div>';
    expect(texts(document.body)).toEqual(['A  Health  Maintenance  Organization  plan', 'Second  block']);
  });

  it('keeps adjacent elements apart (pills, duplicated spans)', () => {
    document.body.innerHTML = '<div><span>CAQH</span><span>HEDIS</span></div>';
    expect(texts(document.body)).toEqual(['CAQH HEDIS']);
  });

  it('keeps words apart at <br> and images', () => {
    document.body.innerHTML = '<p>HMO<br>PPO<img alt="">EPO</p>';
    expect(texts(document.body)).toEqual(['HMO PPO EPO']);
  });

  it('never enters scripts, form fields, editors, screen-reader copies or our own UI', () => {
    document.body.innerHTML = `
      <p>seen</p>
      <script>var HMO</script><style>.PPO{}</style><noscript>EPO</noscript>
      <textarea>IPA</textarea><input value="PCP"><select><option>COB</option></select>
      <div contenteditable="true">capitation <b>HMO</b></div>
      <div contenteditable="false">kept</div>
      <div contenteditable="FALSE" class="sr-only">PPO</div>
      <div role="textbox">EOB</div>
      <span class="visually-hidden">NCQA</span>
      <div ${OWN_UI_ATTRIBUTE}>HEDIS</div>`;
    expect(texts(document.body)).toEqual(['seen', 'kept']);
  });

  it('reads a text node given as the root, and nothing of a skipped root', () => {
    document.body.innerHTML = '<p>PPO <b>plans</b></p><svg><text>HMO</text></svg>';
    const p = document.querySelector('p') as HTMLElement;
    expect(texts(p.firstChild as Text)).toEqual(['PPO ']);
    expect(texts(document.querySelector('svg') as Element)).toEqual([]);
    expect(texts(document.body)).toEqual(['PPO  plans']);
  });

  it('maps offsets back to nodes, with boundaries going to the right side', () => {
    document.body.innerHTML = '<p><b>Health</b> Maintenance Organization</p>';
    const [segment] = [...textSegments(document.body)];
    if (!segment) throw new Error('no segment');
    const start = locate(segment, segment.text.indexOf('Health'));
    expect(start.node.data).toBe('Health');
    expect(start.offset).toBe(0);
    const end = locate(segment, segment.text.length, true);
    expect(end.node.data).toBe(' Maintenance Organization');
    expect(end.offset).toBe(end.node.length);
    // A match ending exactly where the first node ends stays in that node.
    const healthEnd = locate(segment, 'Health'.length, true);
    expect(healthEnd.node.data).toBe('Health');
    expect(healthEnd.offset).toBe(6);
  });
});
