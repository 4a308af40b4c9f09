// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { HighlightEntry } from '../../../lib/dom/highlight-layer';
import { entryForMatch, type RangeHome } from '../../../lib/dom/scanned-entry';
import { textSegments } from '../../../lib/dom/text-segments';

function firstSegment(html: string) {
  document.body.innerHTML = html;
  const segment = textSegments(document.body).next();
  if (!segment) throw new Error('no text');
  return segment;
}

describe('scanned entries', () => {
  it('makes an entry in one text node whose range exists only once read, and is found by it', () => {
    const segment = firstSegment('<p>Worked on HMO claims</p>');
    const home: RangeHome = { doc: document, byRange: new WeakMap<AbstractRange, HighlightEntry>() };
    const block = document.querySelector('p') as Element;
    const entry = entryForMatch(segment, 10, 13, 'hmo', block, home);
    expect(entry?.inOneNode).toBe(true);
    expect(entry?.parts).toEqual([{ node: segment.nodes[0], start: 10, end: 13 }]);
    const range = entry?.range as Range;
    expect(range.toString()).toBe('HMO');
    expect(entry?.range).toBe(range);
    expect(home.byRange.get(range)).toBe(entry);
  });

  it('gives a match across elements a part in each text node', () => {
    const segment = firstSegment('<p>a <b>Health</b> Maintenance Organization</p>');
    const home: RangeHome = { doc: document, byRange: new WeakMap() };
    const start = segment.text.indexOf('Health');
    const end = segment.text.indexOf('Organization') + 'Organization'.length;
    const entry = entryForMatch(segment, start, end, 'hmo', document.body, home);
    expect(entry?.inOneNode).toBe(false);
    expect(entry?.parts.map((p) => (p.node.data as string).slice(p.start, p.end))).toEqual([
      'Health',
      ' Maintenance Organization',
    ]);
    expect(entry?.range.toString()).toBe('Health Maintenance Organization');
  });

  it('makes no entry for text the page shortened while it was read', () => {
    const segment = firstSegment('<p>Worked on HMO claims</p>');
    (segment.nodes[0] as Text).data = 'Worked';
    const home: RangeHome = { doc: document, byRange: new WeakMap() };
    expect(entryForMatch(segment, 10, 13, 'hmo', document.body, home)).toBeNull();
  });
});
