// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { HighlightEntry } from '../../../lib/dom/highlight-layer';
import { HIGHLIGHT_NAME } from '../../../lib/dom/highlight-style';
import { entryAtPoint } from '../../../lib/dom/hit-test';

function entryFor(text: Text, start: number, end: number, rect: DOMRect): HighlightEntry {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  range.getClientRects = () => [rect] as unknown as DOMRectList;
  return { termId: 'hmo', range, parts: [{ node: text, start, end }], block: document.body };
}

afterEach(() => {
  Reflect.deleteProperty(document, 'caretPositionFromPoint');
  Object.defineProperty(window, 'CSS', { value: {}, configurable: true, writable: true });
});

describe('entryAtPoint', () => {
  document.body.innerHTML = '<p>We run an HMO plan</p>';
  const text = document.querySelector('p')?.firstChild as Text;
  const entry = entryFor(text, 10, 13, new DOMRect(100, 10, 30, 16));
  const byNode = new Map<Node, HighlightEntry[]>([[text, [entry]]]);
  const byRange = new Map([[entry.range, entry]]);

  it('maps the caret under the pointer onto a highlighted range', () => {
    Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: text, offset: 11 }) });
    expect(entryAtPoint(window, 110, 15, byNode, byRange)).toBe(entry);
  });

  it('ignores a caret position beside the text (blank space at the end of a line)', () => {
    Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: text, offset: 13 }) });
    expect(entryAtPoint(window, 400, 15, byNode, byRange)).toBeNull();
  });

  it('ignores text that is not highlighted', () => {
    Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: text, offset: 2 }) });
    expect(entryAtPoint(window, 105, 15, byNode, byRange)).toBeNull();
  });

  it('uses highlightsFromPoint when the browser has it, and stops early on a miss', () => {
    const ours = new Set([entry.range]);
    let caretCalls = 0;
    Object.assign(document, {
      caretPositionFromPoint: () => {
        caretCalls++;
        return null;
      },
    });
    let hits: unknown[] = [{ highlight: ours, ranges: [entry.range] }];
    const highlights = {
      get: (name: string) => (name === HIGHLIGHT_NAME ? ours : undefined),
      highlightsFromPoint: () => hits,
    };
    Object.defineProperty(window, 'CSS', { value: { highlights }, configurable: true, writable: true });
    expect(entryAtPoint(window, 110, 15, byNode, byRange)).toBe(entry);
    hits = [];
    expect(entryAtPoint(window, 110, 15, byNode, byRange)).toBeNull();
    expect(caretCalls).toBe(0);
  });
});
