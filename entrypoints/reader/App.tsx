import { useRef } from 'preact/hooks';
import { copyToClipboard } from '../../components/clipboard';
import { ReaderView } from '../../components/reader/ReaderView';
import { definedTerms } from '../../lib/analysis/defined-terms';
import { useDeferredAnalysis } from './use-deferred-analysis';
import { useDocumentHighlights } from './use-document-highlights';
import { useFileDrop } from './use-file-drop';
import { useHoverDefinitions } from './use-hover-definitions';
import { usePdfJsWarmUp } from './use-pdfjs-warm-up';
import { useReaderFiles } from './use-reader-files';
import { useReaderTerms } from './use-reader-terms';
import { useSourceFile } from './use-source-file';

/**
 * The reader page's wiring: reads the files the recruiter opens (or the one a tab showed), one after the
 * other, keeps them in memory only, and shows one at a time with highlights, hover card and analysis.
 */
export function App() {
  const reader = useReaderFiles();
  const dropping = useFileDrop(reader.open);
  // The file the popup sent starts reading first; pdf.js and the terms get ready beside it.
  useSourceFile(reader.add);
  usePdfJsWarmUp();
  const { terms, latestTerms } = useReaderTerms(reader.forgetAnalyses);
  const host = useRef<HTMLDivElement>(null);
  const page = useDocumentHighlights(host, reader.shown, terms);
  useHoverDefinitions(page.highlights, latestTerms);
  const analysis = useDeferredAnalysis(reader.currentFile, terms, page.drawn);

  return (
    <ReaderView
      files={reader.files}
      currentId={reader.currentId}
      analysis={reader.current?.state === 'ready' ? (analysis ?? null) : null}
      terms={definedTerms(analysis?.terms ?? [], (id) => terms?.define(id))}
      termPositions={page.positions}
      dropping={dropping}
      documentRef={host}
      onOpen={reader.open}
      onSelect={reader.select}
      onClose={reader.close}
      onPassword={reader.unlock}
      onRevealTerm={page.reveal}
      onCopy={copyToClipboard}
    />
  );
}
