/**
 * How highlights look: one style sheet with a rule for every look the options offer, and the names a layer
 * registers its highlights under for the look chosen. Changing the look only moves the highlights to other
 * names: the sheet never changes, and a change to a `::highlight()` rule would make the browser recalculate
 * the style of every element of the page.
 */

/** The names of the default look (amber fill), which the page and the tests see most. */
export const HIGHLIGHT_NAME = 'hmo-lens';
const FOCUS_NAME = 'hmo-lens-focus';

/** How highlights look: the options page's colour and underline-only switch. */
export interface HighlightStyle {
  color: 'amber' | 'blue' | 'green' | 'pink';
  underlineOnly: boolean;
}

export const DEFAULT_STYLE: HighlightStyle = { color: 'amber', underlineOnly: false };

/** Fill, underline and focus colours: legible on white and on dark pages, never changing the text colour. */
const PALETTE: Record<HighlightStyle['color'], { fill: string; line: string; focus: string }> = {
  amber: {
    fill: 'rgba(255, 193, 7, 0.32)',
    line: 'rgba(214, 137, 0, 0.95)',
    focus: 'rgba(255, 152, 0, 0.6)',
  },
  blue: {
    fill: 'rgba(59, 130, 246, 0.22)',
    line: 'rgba(29, 78, 216, 0.9)',
    focus: 'rgba(59, 130, 246, 0.5)',
  },
  green: {
    fill: 'rgba(34, 197, 94, 0.25)',
    line: 'rgba(21, 128, 61, 0.9)',
    focus: 'rgba(34, 197, 94, 0.55)',
  },
  pink: {
    fill: 'rgba(236, 72, 153, 0.22)',
    line: 'rgba(190, 24, 93, 0.9)',
    focus: 'rgba(236, 72, 153, 0.5)',
  },
};

/** The declarations of a highlight and of the focused one, for `::highlight()` rules and fallback marks. */
export function declarations(style: HighlightStyle): { mark: string; focus: string } {
  const { fill, line, focus } = PALETTE[style.color] ?? PALETTE.amber;
  const mark = style.underlineOnly
    ? `text-decoration: underline solid ${line}; text-decoration-thickness: 2px; text-underline-offset: 3px;`
    : `background-color: ${fill}; text-decoration: underline dotted ${line}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
  return { mark, focus: `background-color: ${focus};` };
}

/** The names a highlight and the focused one are registered under for a look. */
export function highlightNames(style: HighlightStyle): { mark: string; focus: string } {
  const color = style.color === DEFAULT_STYLE.color ? '' : `-${style.color}`;
  return {
    mark: `${HIGHLIGHT_NAME}${color}${style.underlineOnly ? '-underline' : ''}`,
    focus: `${FOCUS_NAME}${color}`,
  };
}

const COLORS = Object.keys(PALETTE) as Array<HighlightStyle['color']>;

/**
 * The style sheet of every look. With `inherited`, the rules match the root element only and every
 * element inherits them, as Chromium gives an element's `::highlight()` styles to its descendants: on the
 * 5 MB benchmark page a recalculation of every element's style then takes 1.4 times as long as with no
 * highlight rule at all, against 2.2 times for the rule on every element. Firefox 140 draws only text
 * directly in the root that way, so it gets the rules on every element.
 */
export function highlightCss(inherited = false): string {
  const on = inherited ? ':root' : '';
  const rules: string[] = [];
  for (const color of COLORS) {
    for (const underlineOnly of [false, true]) {
      const style = { color, underlineOnly };
      rules.push(`${on}::highlight(${highlightNames(style).mark}) { ${declarations(style).mark} }`);
    }
    const style = { color, underlineOnly: false };
    rules.push(`${on}::highlight(${highlightNames(style).focus}) { ${declarations(style).focus} }`);
  }
  return `${rules.join('\n')}\n`;
}
