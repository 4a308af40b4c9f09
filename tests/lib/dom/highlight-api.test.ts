import { describe, expect, it } from 'vitest';
import { highlightApi, highlightRegistry } from '../../../lib/dom/highlight-api';
import { supportsCustomHighlights } from '../../../lib/dom/highlight-layer';

/** A window-shaped object with only what the Highlight API lookup reads. */
const fakeWindow = (parts: object) => parts as unknown as Window;

describe('highlight API lookup', () => {
  it('finds the registry and the constructor of the window it is given', () => {
    const registry = new Map();
    class FakeHighlight extends Set {}
    const win = fakeWindow({ CSS: { highlights: registry }, Highlight: FakeHighlight });
    expect(highlightRegistry(win)).toBe(registry);
    expect(highlightApi(win)).toEqual({ registry, Highlight: FakeHighlight });
    expect(supportsCustomHighlights(win)).toBe(true);
  });

  it('gives the registry alone to hit-testing, and no API without a constructor or a registry', () => {
    const registry = new Map();
    expect(highlightRegistry(fakeWindow({ CSS: { highlights: registry } }))).toBe(registry);
    expect(highlightApi(fakeWindow({ CSS: { highlights: registry } }))).toBeNull();
    expect(highlightApi(fakeWindow({ CSS: {}, Highlight: class {} }))).toBeNull();
    expect(highlightRegistry(fakeWindow({}))).toBeUndefined();
    expect(supportsCustomHighlights(fakeWindow({}))).toBe(false);
  });
});
