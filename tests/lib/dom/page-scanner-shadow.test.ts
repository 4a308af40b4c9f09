// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlightLayer } from '../../../lib/dom/highlight-layer';
import { PageScanner } from '../../../lib/dom/page-scanner';
import { GLOSSARY } from '../../../lib/glossary';
import { compileMatcher } from '../../../lib/matching/matcher';
import { installHighlightApi, removeHighlightApi } from '../../support/highlight-api';

const matcher = compileMatcher(GLOSSARY);
let controller = new AbortController();

afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.innerHTML = '';
  removeHighlightApi();
});

function scanner(options: { shadowRoots?: boolean } = {}) {
  return new PageScanner({
    win: window,
    root: document.body,
    matcher,
    layer: createHighlightLayer(window),
    signal: controller.signal,
    mutationDelayMs: 0,
    ...options,
  });
}

describe('open shadow roots', () => {
  function componentPage(): { open: ShadowRoot; nested: ShadowRoot } {
    document.body.innerHTML = '<p>Light: PPO.</p><x-card id="open"></x-card><x-card id="closed"></x-card>';
    const open = (document.getElementById('open') as Element).attachShadow({ mode: 'open' });
    open.innerHTML = '<p>Managed <b>HMO</b> claims</p><x-inner></x-inner>';
    const nested = (open.querySelector('x-inner') as Element).attachShadow({ mode: 'open' });
    nested.innerHTML = '<span>capitation</span>';
    (document.getElementById('closed') as Element).attachShadow({ mode: 'closed' }).innerHTML =
      '<p>HEDIS</p>';
    return { open, nested };
  }
  const texts = (registry: Map<string, Set<Range>>) =>
    [...(registry.get('hmo-lens') ?? [])].map((r) => r.toString()).sort();

  it('scans the text of open ones, nested ones included, and never closed ones', async () => {
    const registry = installHighlightApi();
    componentPage();
    const s = scanner({ shadowRoots: true });
    await s.start();
    expect(texts(registry)).toEqual(['HMO', 'PPO', 'capitation', 'claims']);
  });

  it('follows what changes inside them, and lets them go on a rescan', async () => {
    const registry = installHighlightApi();
    const { open, nested } = componentPage();
    const s = scanner({ shadowRoots: true });
    await s.start();
    (open.querySelector('p') as Element).append(' and NCQA');
    nested.querySelector('span')?.remove();
    await expect.poll(() => texts(registry)).toEqual(['HMO', 'NCQA', 'PPO', 'claims']);
    await s.rescan();
    expect(texts(registry)).toEqual(['HMO', 'NCQA', 'PPO', 'claims']);
  });

  it('leaves them alone unless asked', async () => {
    const registry = installHighlightApi();
    componentPage();
    await scanner().start();
    expect(texts(registry)).toEqual(['PPO']);
  });
});
