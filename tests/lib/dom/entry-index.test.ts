// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntryIndex } from '../../../lib/dom/entry-index';
import type { HighlightEntry } from '../../../lib/dom/highlight-layer';
import { type RangeHome, ScannedEntry } from '../../../lib/dom/scanned-entry';

const home: RangeHome = { doc: document, byRange: new WeakMap() };
const block = document.createElement('p');

/** An entry in one node, or spanning `a` (from `start`) and `b` (its first character). */
function entry(termId: string, a: Text, start: number, b?: Text): ScannedEntry {
  if (!b) return new ScannedEntry(termId, block, home, a, start, start + 1, undefined);
  const parts = [
    { node: a, start, end: a.length },
    { node: b, start: 0, end: 1 },
  ];
  return new ScannedEntry(termId, block, home, a, start, a.length, parts);
}

/** How many list elements `Array.prototype.filter` visits while `run` runs. */
function filterVisits(run: () => void): number {
  let visits = 0;
  const filter = Array.prototype.filter;
  const spy = vi.spyOn(Array.prototype, 'filter').mockImplementation(function (
    this: unknown[],
    ...args: Parameters<typeof filter>
  ) {
    visits += this.length;
    return filter.apply(this, args);
  });
  run();
  spy.mockRestore();
  return visits;
}

afterEach(() => vi.restoreAllMocks());

describe('EntryIndex', () => {
  it('counts entries and terms, and forgets every entry of a node', () => {
    const a = document.createTextNode('HMO PPO HMO');
    const b = document.createTextNode('x');
    const index = new EntryIndex();
    index.add([entry('hmo', a, 0), entry('ppo', a, 4), entry('hmo', a, 8, b), entry('eob', b, 0)]);
    expect(index.size).toBe(4);
    expect(Object.fromEntries(index.counts)).toEqual({ hmo: 2, ppo: 1, eob: 1 });
    const dropped: HighlightEntry[] = [];
    index.forget(a, dropped);
    expect(dropped.map((e) => e.termId)).toEqual(['hmo', 'ppo', 'hmo']);
    expect(index.size).toBe(1);
    expect(Object.fromEntries(index.counts)).toEqual({ eob: 1 });
    // The entry that spanned both nodes is gone from the other one too.
    expect(index.byNode.get(b)?.map((e) => e.termId)).toEqual(['eob']);
    expect(index.byNode.has(a)).toBe(false);
    index.forget(a, dropped);
    expect(dropped).toHaveLength(3);
  });

  it('forgets the 20,000 entries of one node without going over its list for each', () => {
    const text = document.createTextNode('HMO '.repeat(20_000));
    const index = new EntryIndex();
    index.add(Array.from({ length: 20_000 }, (_, i) => entry('hmo', text, i * 4)));
    const dropped: HighlightEntry[] = [];
    expect(filterVisits(() => index.forget(text, dropped))).toBe(0);
    expect(dropped).toHaveLength(20_000);
    expect(index.size).toBe(0);
  });

  it('goes over the list of a node the forgotten entries span once, not once per entry', () => {
    const a = document.createTextNode('HMO '.repeat(5_000));
    const b = document.createTextNode('x');
    const index = new EntryIndex();
    const spanning = Array.from({ length: 5_000 }, (_, i) => entry('hmo', a, i * 4, b));
    const own = Array.from({ length: 5_000 }, () => entry('eob', b, 0));
    index.add([...spanning, ...own]);
    const visits = filterVisits(() => index.forget(a, []));
    expect(visits).toBe(10_000);
    expect(index.byNode.get(b)).toHaveLength(5_000);
  });
});
