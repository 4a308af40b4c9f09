import type { HighlightEntry, TextPart } from './highlight-layer';
import { nodeIndexAt, type TextSegment } from './text-segments';

/** Where an entry makes its Range, and where it records it so hit-testing can find the entry again. */
export interface RangeHome {
  doc: Document;
  byRange: WeakMap<AbstractRange, HighlightEntry>;
}

/**
 * One match. Creating a Range costs about as much as finding the match, and most are never drawn (far
 * below the fold), so each entry makes its Range the first time something reads it. Most matches lie in
 * one text node: those keep the node and offsets as fields and make their list of parts on demand too, so
 * an entry is one object for as long as it lives.
 */
export class ScannedEntry implements HighlightEntry {
  private made: Range | undefined;

  constructor(
    readonly termId: string,
    readonly block: Element,
    private readonly home: RangeHome,
    /** The first text node of the match, and its offsets there. */
    readonly node: Text,
    private readonly start: number,
    private readonly end: number,
    /** The parts of a match that spans several nodes. */
    private spans: TextPart[] | undefined,
  ) {}

  get inOneNode(): boolean {
    return this.spans === undefined || this.spans.length === 1;
  }

  get parts(): TextPart[] {
    this.spans ??= [{ node: this.node, start: this.start, end: this.end }];
    return this.spans;
  }

  get range(): Range {
    if (!this.made) {
      const range = this.home.doc.createRange();
      const last = this.spans?.[this.spans.length - 1];
      try {
        range.setStart(this.node, this.start);
        if (last) range.setEnd(last.node, last.end);
        else range.setEnd(this.node, this.end);
      } catch {
        // Text changed since: a collapsed range draws nothing, and the mutation rescans it.
      }
      this.home.byRange.set(range, this);
      this.made = range;
    }
    return this.made;
  }
}

/**
 * The entry of a match at `start`..`end` of a segment's text, or null when the page changed that text while
 * it was read (its mutation brings the scanner back).
 */
export function entryForMatch(
  segment: TextSegment,
  start: number,
  end: number,
  termId: string,
  block: Element,
  home: RangeHome,
): ScannedEntry | null {
  const { nodes, starts } = segment;
  if (nodes.length === 1) {
    const node = nodes[0] as Text;
    if (end > node.length) return null;
    return new ScannedEntry(termId, block, home, node, start, end, undefined);
  }
  const first = nodeIndexAt(segment, start);
  const last = nodeIndexAt(segment, end, true);
  const parts: TextPart[] = [];
  for (let i = first; i <= last; i++) {
    const node = nodes[i] as Text;
    const from = i === first ? start - (starts[i] as number) : 0;
    const to = i === last ? end - (starts[i] as number) : node.length;
    if (to > node.length || from > to) return null;
    parts.push({ node, start: from, end: to });
  }
  const one = parts[0] as TextPart;
  return new ScannedEntry(termId, block, home, one.node, one.start, one.end, parts);
}
