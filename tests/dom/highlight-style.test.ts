import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE, highlightCss } from '../../lib/dom/highlight-style';

describe('highlightCss', () => {
  it('puts the rules on the root where the browser passes highlight styles down, on every element elsewhere', () => {
    const inherited = highlightCss(DEFAULT_STYLE, true);
    expect(inherited).toMatch(
      /^:root::highlight\(hmo-lens\) \{ background-color: rgba\(255, 193, 7, 0\.32\);/,
    );
    expect(inherited).toContain(':root::highlight(hmo-lens-focus) {');
    const everywhere = highlightCss(DEFAULT_STYLE);
    expect(everywhere).toMatch(/^::highlight\(hmo-lens\) \{/);
    expect(everywhere).not.toContain(':root');
  });

  it('draws only an underline when asked, in the chosen colour', () => {
    const css = highlightCss({ color: 'blue', underlineOnly: true }, true);
    expect(css).toContain('text-decoration: underline solid rgba(29, 78, 216, 0.9)');
    expect(css).not.toMatch(/::highlight\(hmo-lens\) \{[^}]*background-color/);
  });
});
