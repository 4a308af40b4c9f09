import { useEffect, useState } from 'preact/hooks';
import { analyze } from '../../lib/analysis/analyze';
import type { Analysis } from '../../lib/analysis/schema';
import type { ReaderTerms } from './highlights';
import type { OpenedDocument } from './open-document';
import type { HeldFile } from './use-reader-files';

/**
 * The shown file's analysis. It takes longer than drawing the document and its highlights, so it waits
 * until they are on screen (`drawn` is the file's document): a frame, then a task after its paint. It is
 * kept with the file, so it is worked out once per file and set of terms.
 */
export function useDeferredAnalysis(
  file: HeldFile | undefined,
  terms: ReaderTerms | null,
  drawn: OpenedDocument | null,
): Analysis | undefined {
  // The analysis is stored on the file, not in state: this only tells the page to render it.
  const [, setRevision] = useState(0);
  const analysable = file?.opened && terms && !file.analysis && drawn === file.opened;

  useEffect(() => {
    if (!analysable || !file?.opened || !terms) return;
    const opened = file.opened;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        file.analysis = analyze(opened.text, { glossary: terms.glossary, layout: opened.layout });
        setRevision((r) => r + 1);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [analysable, file, terms]);

  return file?.analysis;
}
