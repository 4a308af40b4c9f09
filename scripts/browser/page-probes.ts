import type { Page } from 'playwright-core';

/**
 * What HMO Lens highlighted, read from the page's main world: the Custom Highlight registry is shared with
 * the content script's isolated world, so this sees exactly what the user sees. The name follows the look
 * chosen ("hmo-lens", "hmo-lens-blue-underline", ...); the focused highlight is not counted.
 */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const ours = [...(registry ?? new Map<string, Set<Range>>())].filter(
      ([name]) => /^hmo-lens(?:-|$)/.test(name) && !name.startsWith('hmo-lens-focus'),
    );
    return ours.flatMap(([, highlight]) => [...highlight].map((range) => range.toString()));
  });
}

/** The viewport centre of the first highlighted range whose text is `text`. */
export function highlightCenter(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const ours = [...(registry ?? new Map<string, Set<Range>>())].filter(
      ([name]) => /^hmo-lens(?:-|$)/.test(name) && !name.startsWith('hmo-lens-focus'),
    );
    const range = ours.flatMap(([, highlight]) => [...highlight]).find((r) => r.toString() === wanted);
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, text);
}

/**
 * Run in a page (`page.evaluate(ourHighlightRules)`): the style rules of HMO Lens's default look in the
 * document's adopted sheets. Self-contained, so its source can also go into an init script.
 */
export function ourHighlightRules(): string[] {
  return [...document.adoptedStyleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .filter((rule) => rule.includes('::highlight(hmo-lens)'));
}
