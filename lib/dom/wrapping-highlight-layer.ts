import type { HighlightEntry, HighlightLayer, LayerOptions } from './highlight-layer';
import { DEFAULT_STYLE, declarations } from './highlight-style';

const MARK_TAG = 'hmo-lens-mark';

interface Wrap {
  entry: HighlightEntry;
  original: Text;
  mark: HTMLElement;
  after: Text;
}

/**
 * Fallback for browsers without the Highlight API. Entries always describe the unwrapped page; the marks
 * are drawn for all entries at once, each text node cut from its end backwards, and undone in reverse
 * order, so the page gets back the very same text nodes with the very same data. Callers bracket DOM reads
 * with `suspend()` / `resume()` so offsets are never taken from a wrapped page.
 */
export function wrappingLayer(win: Window, options: LayerOptions): HighlightLayer {
  let look = declarations(options.style ?? DEFAULT_STYLE);
  const doc = win.document;
  const entries = new Set<HighlightEntry>();
  let wraps: Wrap[] = [];
  let visible = true;
  let suspended = 0;
  let focusedEntry: HighlightEntry | null = null;

  function unwrapAll(): void {
    for (const { original, mark, after } of wraps.reverse()) {
      if (!mark.isConnected) continue;
      original.appendData((mark.textContent ?? '') + (after.isConnected ? after.data : ''));
      mark.remove();
      if (after.isConnected) after.remove();
    }
    wraps = [];
  }

  function styleFor(entry: HighlightEntry): string {
    const base = `${look.mark} color: inherit; font: inherit;`;
    return entry === focusedEntry ? base + look.focus : base;
  }

  function wrapAll(): void {
    const parts = [...entries].flatMap((entry) => entry.parts.map((part) => ({ entry, ...part })));
    const byNode = new Map<Text, typeof parts>();
    for (const part of parts) {
      const list = byNode.get(part.node);
      if (list) list.push(part);
      else byNode.set(part.node, [part]);
    }
    for (const [node, list] of byNode) {
      let limit = node.length;
      for (const { entry, start, end } of list.sort((a, b) => b.start - a.start)) {
        if (!node.isConnected || end > limit || start >= end) continue;
        const middle = node.splitText(start);
        const after = middle.splitText(end - start);
        const mark = doc.createElement(MARK_TAG);
        mark.setAttribute('style', styleFor(entry));
        middle.replaceWith(mark);
        mark.append(middle);
        wraps.push({ entry, original: node, mark, after });
        limit = start;
      }
    }
  }

  function render(): void {
    if (suspended > 0) return;
    unwrapAll();
    if (visible) wrapAll();
  }

  return {
    native: false,
    highlightName: null,
    add(added) {
      for (const entry of added) entries.add(entry);
      render();
    },
    remove(removed) {
      for (const entry of removed) entries.delete(entry);
      render();
    },
    clear() {
      entries.clear();
      render();
    },
    setVisible(on) {
      visible = on;
      render();
    },
    setStyle(style) {
      look = declarations(style);
      for (const wrap of wraps) wrap.mark.setAttribute('style', styleFor(wrap.entry));
    },
    focus(entry) {
      focusedEntry = entry;
      for (const wrap of wraps) wrap.mark.setAttribute('style', styleFor(wrap.entry));
    },
    entryForElement(element) {
      const mark = element.closest(MARK_TAG);
      return wraps.find((w) => w.mark === mark)?.entry;
    },
    settle() {},
    suspend() {
      if (suspended++ === 0) unwrapAll();
    },
    resume() {
      if (--suspended === 0) render();
    },
    destroy() {
      entries.clear();
      unwrapAll();
    },
  };
}
