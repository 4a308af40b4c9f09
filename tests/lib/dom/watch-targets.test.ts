// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WatchTargets } from '../../../lib/dom/watch-targets';

/** An IntersectionObserver stand-in that records what is watched. */
function recorder() {
  const watched = new Set<Element>();
  const observer = {
    observe: (e: Element) => watched.add(e),
    unobserve: (e: Element) => watched.delete(e),
    disconnect: () => watched.clear(),
  } as unknown as IntersectionObserver;
  return { watched, observer };
}

function list(items: number): HTMLElement[] {
  document.body.innerHTML = `<main><ul>${'<li>x</li>'.repeat(items)}</ul></main>`;
  return [...document.querySelectorAll('li')];
}

describe('WatchTargets', () => {
  it('watches one ancestor for a few sibling blocks, and each block of a long list itself', () => {
    const { watched, observer } = recorder();
    const targets = new WatchTargets(document, observer);
    targets.watch(list(5), () => {});
    expect([...watched].map((e) => e.tagName)).toEqual(['MAIN']);
    // More than 32 under one parent: sharing would make one target stand for too much of the page.
    const { watched: spread, observer: other } = recorder();
    new WatchTargets(document, other).watch(list(40), () => {});
    expect(spread.size).toBe(40);
    expect([...spread].every((e) => e.tagName === 'LI')).toBe(true);
  });

  it('reports the blocks of a target that came near, and stops watching a target left empty', () => {
    const { watched, observer } = recorder();
    const targets = new WatchTargets(document, observer);
    const blocks = list(3);
    targets.watch(blocks, () => {});
    const main = document.querySelector('main') as Element;
    expect([...targets.setNear(main, true)]).toEqual(blocks);
    expect(targets.isNear(blocks[0] as Element)).toBe(true);
    // A block added under a near target is shown at once.
    const more = document.createElement('li');
    main.querySelector('ul')?.append(more);
    const shown: Element[] = [];
    targets.watch([more], (b) => shown.push(b));
    expect(shown).toEqual([more]);
    for (const block of [...blocks, more]) targets.forget(block);
    expect(watched.size).toBe(0);
    expect(targets.isNear(more)).toBe(false);
  });

  it('watches a great many new blocks 250 at a time, letting the page run between', async () => {
    const { watched, observer } = recorder();
    const targets = new WatchTargets(document, observer);
    const blocks = list(1_000);
    const gone = blocks[600] as Element;
    targets.watchSoon(
      window,
      blocks,
      (block) => block !== gone,
      () => {},
    );
    expect(watched.size).toBe(250);
    await expect.poll(() => watched.size).toBe(999);
    expect(targets.has(gone)).toBe(false);
    // Cleared while blocks wait: those are dropped.
    const later = list(1_000);
    targets.clear();
    targets.watchSoon(
      window,
      later,
      () => true,
      () => {},
    );
    targets.clear();
    // The three chunks left would each wait one task: let more than that many run.
    for (let i = 0; i < 6; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(watched.size).toBe(0);
  });
});
