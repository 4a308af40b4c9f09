import type { HighlightEntry } from './highlight-layer';
import type { ScannedEntry } from './scanned-entry';

/**
 * The scanner's bookkeeping of its entries: each under every text node it touches (so a changed or removed
 * node finds its highlights), and how many there are of each term.
 */
export class EntryIndex {
  readonly byNode = new Map<Node, ScannedEntry[]>();
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

  /**
   * Removes the bookkeeping of every entry touching a text node and adds those entries to `into`. Linear in
   * the entries of the nodes involved: a node holding tens of thousands of matches is edited in one go, and
   * each other node an entry spans is filtered once, not once per entry.
   */
  forget(text: Node, into: HighlightEntry[]): void {
    const entries = this.byNode.get(text);
    if (!entries) return;
    this.byNode.delete(text);
    const spanned = new Set<Node>();
    for (const entry of entries) {
      this.size--;
      const count = (this.counts.get(entry.termId) ?? 1) - 1;
      if (count > 0) this.counts.set(entry.termId, count);
      else this.counts.delete(entry.termId);
      into.push(entry);
      if (entry.inOneNode) continue;
      for (const part of entry.parts) if (part.node !== text) spanned.add(part.node);
    }
    if (spanned.size === 0) return;
    const gone = new Set<HighlightEntry>(entries);
    for (const node of spanned) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((e) => !gone.has(e));
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
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

  private index(node: Text, entry: ScannedEntry): void {
    const list = this.byNode.get(node);
    if (list) list.push(entry);
    else this.byNode.set(node, [entry]);
  }
}
