// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOwnElement, rootsToRescan } from '../../../lib/dom/changed-roots';
import { OWN_UI_ATTRIBUTE } from '../../../lib/dom/text-segments';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('roots to rescan', () => {
  it('keeps the outermost connected nodes that are ours to scan, in the order they came', () => {
    document.body.innerHTML =
      '<section id="s"><p id="p"><b id="b">x</b></p></section><div id="d">y</div><textarea id="t">z</textarea>';
    const $ = (id: string) => document.getElementById(id) as Element;
    const detached = document.createElement('p');
    const text = $('d').firstChild as Text;
    expect(rootsToRescan([$('b'), $('d'), $('s'), text, $('p'), detached, $('t')], document.body)).toEqual([
      $('d'),
      $('s'),
    ]);
    expect(rootsToRescan([$('b'), document.body], document.body)).toEqual([document.body]);
  });

  it('looks each node up among its ancestors, not among all the other nodes', () => {
    const nodes = Array.from({ length: 5_000 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = `paragraph ${i}`;
      return p;
    });
    document.body.append(...nodes);
    const contains = vi.spyOn(Node.prototype, 'contains');
    const roots = rootsToRescan([...nodes, ...nodes.map((p) => p.firstChild as Node)], document.body);
    expect(roots).toEqual(nodes);
    // One call per node, to check it is inside the scanned root.
    expect(contains.mock.calls.length).toBe(10_000);
  });

  it('tells HMO Lens’s own elements from the page’s', () => {
    const ui = document.createElement('div');
    ui.setAttribute(OWN_UI_ATTRIBUTE, '');
    expect(isOwnElement(ui)).toBe(true);
    expect(isOwnElement(document.createElement('hmo-lens-mark'))).toBe(true);
    expect(isOwnElement(document.createElement('div'))).toBe(false);
    expect(isOwnElement(document.createTextNode('x'))).toBe(false);
  });
});
