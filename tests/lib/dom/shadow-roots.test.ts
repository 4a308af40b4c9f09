// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { openShadowRoots, shadowRootOf } from '../../../lib/dom/shadow-roots';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('openShadowRoots', () => {
  it('finds open shadow roots in document order, not closed ones nor those in editors or own UI', () => {
    document.body.innerHTML = `
      <x-a id="a"></x-a><div contenteditable><x-b id="b"></x-b></div>
      <x-c id="c"></x-c><x-d id="d" data-hmo-lens-ui></x-d><x-e id="e"></x-e>`;
    const host = (id: string) => document.getElementById(id) as Element;
    const a = host('a').attachShadow({ mode: 'open' });
    host('b').attachShadow({ mode: 'open' });
    host('c').attachShadow({ mode: 'closed' });
    host('d').attachShadow({ mode: 'open' });
    const e = host('e').attachShadow({ mode: 'open' });
    expect([...openShadowRoots(document.body)].filter(Boolean)).toEqual([a, e]);
    expect(shadowRootOf(a.appendChild(document.createElement('p')))).toBe(a);
    expect(shadowRootOf(host('a'))).toBeNull();
  });

  it('reports progress every few hundred elements, so a long walk can pause', () => {
    document.body.innerHTML = '<i></i>'.repeat(1_500);
    const found = [...openShadowRoots(document.body)];
    expect(found).toEqual([null, null]);
  });
});
