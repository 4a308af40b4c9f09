import type { HighlightEntry } from './highlight-layer';
import type { ScannedEntry } from './scanned-entry';

/**
 * The scanner's bookkeeping of its entries: each under every text node it touches (so a changed or removed
 * node finds its highlights), and how many there are of each term.
 */
export class EntryIndex {
  readonly byNode = new Map<Node, HighlightEntry[]>();
  readonly counts = new Map<string, number>();
  /** How many entries there are: each sits in `byNode` under every text node it touches. */
  size = 0;

  add(batch: readonly ScannedEntry[]): void {
    for (const entry of batch) {
      this.size++;
      if (entry.inOneNode) this.index(entry.node, entry);
      else for (const part of entry.parts) this.index(part.node, entry);
      this.counts.set(entry.termId, (this.counts.get(entry.termId) ?? 0) + 1);
    }
  }

  /** Removes the bookkeeping of every entry touching a text node; returns those entries. */
  forget(text: Node): HighlightEntry[] {
    const entries = this.byNode.get(text);
    if (!entries) return [];
    for (const entry of [...entries]) {
      this.size--;
      for (const part of entry.parts) {
        const list = this.byNode.get(part.node);
        if (!list) continue;
        const rest = list.filter((e) => e !== entry);
        if (rest.length) this.byNode.set(part.node, rest);
        else this.byNode.delete(part.node);
      }
      const count = (this.counts.get(entry.termId) ?? 1) - 1;
      if (count > 0) this.counts.set(entry.termId, count);
      else this.counts.delete(entry.termId);
    }
    return entries;
  }

  /** Every entry of a term, in document order. */
  entriesOf(termId: string): HighlightEntry[] {
    const found = new Set<HighlightEntry>();
    for (const list of this.byNode.values()) for (const e of list) if (e.termId === termId) found.add(e);
    const list = [...found];
    return list.sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
  }

  clear(): void {
    this.byNode.clear();
    this.counts.clear();
    this.size = 0;
  }

  private index(node: Text, entry: HighlightEntry): void {
    const list = this.byNode.get(node);
    if (list) list.push(entry);
    else this.byNode.set(node, [entry]);
  }
}
