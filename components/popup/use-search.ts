import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '../../lib/analysis/schema';
import { booleanSearch, xraySearch } from '../../lib/analysis/search-strings';

export interface SearchState {
  /** The analysis's titles and keywords, each with whether it is still in the search. */
  titles: { title: string; included: boolean }[];
  keywords: { label: string; forms: readonly string[]; included: boolean }[];
  toggleTitle: (title: string) => void;
  toggleKeyword: (label: string) => void;
  xray: boolean;
  setXray: (on: boolean) => void;
  /** The string the Copy button copies: rebuilt from what is left, by the same code as the analysis. */
  query: string;
}

const toggled = (set: ReadonlySet<string>, item: string) => {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
};

/** The search string as the recruiter adjusts it: titles and keywords dropped with their chips, X-ray or not. */
export function useSearch(analysis: Analysis): SearchState {
  const [droppedTitles, setDroppedTitles] = useState<ReadonlySet<string>>(new Set());
  const [droppedKeywords, setDroppedKeywords] = useState<ReadonlySet<string>>(new Set());
  const [xray, setXray] = useState(false);
  // A rescan or another profile brings a new search: what was dropped from the old one no longer applies.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the string stands for the whole search.
  useEffect(() => {
    setDroppedTitles(new Set());
    setDroppedKeywords(new Set());
  }, [analysis.searchString]);
  const parts = {
    titles: analysis.searchTitles.filter((t) => !droppedTitles.has(t)),
    keywords: analysis.searchKeywords.filter((k) => !droppedKeywords.has(k.label)),
    contexts: analysis.planContexts,
  };
  const untouched = droppedTitles.size === 0 && droppedKeywords.size === 0;
  const query = untouched
    ? xray
      ? analysis.xraySearchString
      : analysis.searchString
    : xray
      ? xraySearch(parts)
      : booleanSearch(parts);
  return {
    titles: analysis.searchTitles.map((title) => ({ title, included: !droppedTitles.has(title) })),
    keywords: analysis.searchKeywords.map((k) => ({ ...k, included: !droppedKeywords.has(k.label) })),
    toggleTitle: (title) => setDroppedTitles((d) => toggled(d, title)),
    toggleKeyword: (label) => setDroppedKeywords((d) => toggled(d, label)),
    xray,
    setXray,
    query,
  };
}
