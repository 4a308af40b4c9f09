import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { safeFragment } from '../../../lib/extract/safe-html';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function clean(html: string): string {
  const window = new Window();
  windows.push(window);
  const parse = (source: string) =>
    new window.DOMParser().parseFromString(source, 'text/html') as unknown as Document;
  const target = window.document as unknown as Document;
  const host = target.createElement('div');
  host.appendChild(safeFragment(html, parse, target));
  return host.innerHTML;
}

describe('safeFragment', () => {
  it('keeps the document structure and its text', () => {
    expect(
      clean(
        '<h1>Casey</h1><ul><li><strong>HMO</strong> claims</li></ul><table><tr><td colspan="2">x</td></tr></table>',
      ),
    ).toBe(
      '<h1>Casey</h1><ul><li><strong>HMO</strong> claims</li></ul><table><tbody><tr><td colspan="2">x</td></tr></tbody></table>',
    );
  });

  it('drops scripts, styles, frames and forms with their content, and every event handler', () => {
    const html =
      '<p onclick="steal()" style="color:red" class="x">Hi<script>steal()</script><style>p{}</style></p>' +
      '<iframe src="https://evil.example"></iframe><form><input value="x"></form><svg><a href="#">s</a></svg>';
    expect(clean(html)).toBe('<p>Hi</p>');
  });

  it('keeps web and mail links, opening in a new tab without referrer, and drops script links', () => {
    expect(clean('<a href="https://example.org/cv">site</a>')).toBe(
      '<a href="https://example.org/cv" target="_blank" rel="noopener noreferrer">site</a>',
    );
    expect(clean('<a href=" javascript:alert(1)">x</a><a href="data:text/html,hi">y</a>')).toBe(
      '<a>x</a><a>y</a>',
    );
  });

  it('keeps inline raster images only: no remote image, no SVG', () => {
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=" alt="photo" onerror="x()">')).toBe(
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="photo">',
    );
    expect(
      clean('<img src="https://tracker.example/pixel.gif"><img src="data:image/svg+xml;base64,PHN2Zz4=">'),
    ).toBe('');
  });

  it('unwraps unknown elements, keeping their text', () => {
    expect(clean('<custom-el><font>Capitation</font></custom-el>')).toBe('Capitation');
  });
});
