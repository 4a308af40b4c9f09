// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adoptEarlySheet, takeEarlySheet } from '../../../lib/dom/early-sheet';
import { highlightCss } from '../../../lib/dom/highlight-style';

describe('the early highlight sheet', () => {
  it('is adopted once, before anything else, and handed over once', () => {
    const scope = {};
    adoptEarlySheet(window, true, scope);
    adoptEarlySheet(window, true, scope);
    const sheets = [...document.adoptedStyleSheets];
    expect(sheets).toHaveLength(1);
    const early = takeEarlySheet(scope);
    expect(early?.sheet).toBe(sheets[0]);
    expect(early?.css).toBe(highlightCss(true));
    expect(takeEarlySheet(scope)).toBeUndefined();
    document.adoptedStyleSheets = [];
  });
});
