import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE, highlightCss, highlightNames } from '../../../lib/dom/highlight-style';

describe('highlight looks', () => {
  it('has one name per look, the default one plain', () => {
    expect(highlightNames(DEFAULT_STYLE)).toEqual({ mark: 'hmo-lens', focus: 'hmo-lens-focus' });
    expect(highlightNames({ color: 'amber', underlineOnly: true })).toEqual({
      mark: 'hmo-lens-underline',
      focus: 'hmo-lens-focus',
    });
    expect(highlightNames({ color: 'blue', underlineOnly: true })).toEqual({
      mark: 'hmo-lens-blue-underline',
      focus: 'hmo-lens-focus-blue',
    });
  });

  it('styles every look in one sheet, on the root where the browser passes highlight styles down', () => {
    const inherited = highlightCss(true).trim().split('\n');
    // Four colours, each with a fill, an underline and a focus look.
    expect(inherited).toHaveLength(12);
    expect(inherited.every((rule) => rule.startsWith(':root::highlight('))).toBe(true);
    expect(inherited).toContain(
      ':root::highlight(hmo-lens) { background-color: rgba(255, 193, 7, 0.32); text-decoration: underline dotted rgba(214, 137, 0, 0.95); text-decoration-thickness: 2px; text-underline-offset: 3px; }',
    );
    const blueUnderline = inherited.find((rule) =>
      rule.startsWith(':root::highlight(hmo-lens-blue-underline)'),
    );
    expect(blueUnderline).toContain('text-decoration: underline solid rgba(29, 78, 216, 0.9)');
    expect(blueUnderline).not.toContain('background-color');
    const everywhere = highlightCss().trim().split('\n');
    expect(everywhere.every((rule) => rule.startsWith('::highlight('))).toBe(true);
  });
});
