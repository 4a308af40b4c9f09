import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TermItem } from '../../components/popup/TermList';
import type { ReaderFile } from '../../components/reader/FileList';
import { ReaderView } from '../../components/reader/ReaderView';
import { analyze } from '../../lib/analysis/analyze';
import type { Analysis } from '../../lib/analysis/schema';
import { ExtractError } from '../../lib/extract/extract-error';
import { compiledMatcher } from '../../lib/matching/compiled-matcher';
import { DocumentHighlights, followTerms, type ReaderTerms } from './highlights';
import { showDefinitionsOnHover } from './hover';
import { type OpenedDocument, openDocument } from './open-document';
import { fetchSource, fileNameOf, readChosenFile, sourceTab, sourceUrl } from './open-source';
import { loadPdfJs } from './pdfjs';
import { stepToTerm } from './reveal';

interface Held {
  name: string;
  bytes: Uint8Array;
  opened?: OpenedDocument;
  analysis?: Analysis;
}

const messageOf = (error: unknown) =>
  error instanceof ExtractError
    ? error.message
    : `This file could not be read (${(error as Error)?.message ?? error}).`;

/**
 * The reader page's wiring: reads the files the recruiter opens (or the one a tab showed), one after the
 * other, keeps them in memory only, and shows one at a time with highlights, hover card and analysis.
 */
export function App() {
  const [files, setFiles] = useState<ReaderFile[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [terms, setTerms] = useState<ReaderTerms | null>(null);
  const [positions, setPositions] = useState<Record<string, string>>({});
  const [dropping, setDropping] = useState(false);
  const [, setRevision] = useState(0);
  const held = useRef(new Map<string, Held>());
  const host = useRef<HTMLDivElement>(null);
  const highlights = useRef<DocumentHighlights | null>(null);
  /** The document whose highlights are drawn: its analysis may run. */
  const scanned = useRef<OpenedDocument | null>(null);
  const termsRef = useRef<ReaderTerms | null>(null);
  const queue = useRef(Promise.resolve());

  const update = useCallback(
    (id: string, patch: Partial<ReaderFile>) =>
      setFiles((list) => list.map((f) => (f.id === id ? { ...f, ...patch } : f))),
    [],
  );

  /** Opens a held file (again, with a password); its message replaces the last one. */
  const openHeld = useCallback(
    async (id: string, password?: string) => {
      const entry = held.current.get(id);
      if (!entry) return;
      update(id, { state: 'opening' });
      try {
        const opened = await openDocument(entry.bytes, entry.name, password);
        if (!held.current.has(id)) return opened.close();
        entry.opened = opened;
        update(id, { state: 'ready', ...(opened.notice ? { notice: opened.notice } : {}) });
      } catch (error) {
        const locked =
          error instanceof ExtractError && (error.code === 'password' || error.code === 'wrong-password');
        update(id, { state: locked ? 'password' : 'failed', message: messageOf(error) });
      }
    },
    [update],
  );

  /** Files open one after another, so that each gets the machine to itself. */
  const add = useCallback(
    (name: string, bytes: () => Promise<Uint8Array>) => {
      const id = crypto.randomUUID();
      setFiles((list) => [...list, { id, name, state: 'opening' }]);
      setCurrentId((current) => current ?? id);
      queue.current = queue.current.then(async () => {
        try {
          held.current.set(id, { name, bytes: await bytes() });
        } catch (error) {
          update(id, { state: 'failed', message: messageOf(error) });
          return;
        }
        await openHeld(id);
      });
    },
    [openHeld, update],
  );

  const open = useCallback(
    (list: File[]) => {
      for (const file of list) add(file.name, () => readChosenFile(file));
    },
    [add],
  );

  // Files dropped anywhere on the page open like chosen ones; the browser must not navigate to them.
  useEffect(() => {
    const over = (e: DragEvent) => {
      e.preventDefault();
      setDropping(true);
    };
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDropping(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDropping(false);
      open(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [open]);

  useEffect(() => {
    const src = sourceUrl(location.search);
    if (src) add(fileNameOf(src), () => fetchSource(src, sourceTab(location.search)));
    let stop: (() => void) | undefined;
    // The page exists to read files: pdf.js, its worker and the matcher get ready while the recruiter
    // picks one, instead of after.
    const warmPdf = requestIdleCallback(() => void loadPdfJs().catch(() => undefined));
    let warmMatcher = 0;
    void followTerms((next, change) => {
      cancelIdleCallback(warmMatcher);
      warmMatcher = requestIdleCallback(() => {
        compiledMatcher(next.glossary);
        compiledMatcher(next.highlighted);
      });
      termsRef.current = next;
      setTerms(next);
      if (change === 'terms') for (const entry of held.current.values()) delete entry.analysis;
    }).then((unwatch) => {
      stop = unwatch;
    });
    const hover = new AbortController();
    showDefinitionsOnHover(() => {
      const now = highlights.current;
      return now && termsRef.current ? { highlights: now, terms: termsRef.current } : null;
    }, hover.signal);
    return () => {
      cancelIdleCallback(warmPdf);
      cancelIdleCallback(warmMatcher);
      stop?.();
      hover.abort();
      highlights.current?.destroy();
      for (const entry of held.current.values()) entry.opened?.close();
    };
  }, [add]);

  const current = files.find((f) => f.id === currentId) ?? null;
  const entry = currentId ? held.current.get(currentId) : undefined;
  const analysable = entry?.opened && terms && !entry.analysis && scanned.current === entry.opened;

  // The analysis takes longer than drawing the document and its highlights, so it waits until they are on
  // screen: a frame, then a task after its paint.
  useEffect(() => {
    if (!analysable || !entry?.opened || !terms) return;
    const opened = entry.opened;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        entry.analysis = analyze(opened.text, { glossary: terms.glossary });
        setRevision((r) => r + 1);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [analysable, entry, terms]);

  // Shows the current document and highlights it; runs again when it changes or the terms or their look do.
  const shown = current?.state === 'ready' ? entry?.opened : undefined;
  useEffect(() => {
    const slot = host.current;
    if (!slot) return;
    highlights.current?.destroy();
    highlights.current = null;
    setPositions({});
    if (!shown || !terms) {
      slot.replaceChildren();
      return;
    }
    slot.replaceChildren(shown.element);
    let live = true;
    void shown.textReady.then(() => {
      if (!live) return;
      highlights.current = new DocumentHighlights(shown.element, terms);
      void highlights.current.done.then(() => {
        if (!live) return;
        scanned.current = shown;
        setRevision((r) => r + 1);
      });
    });
    return () => {
      live = false;
    };
  }, [shown, terms]);

  const termItems: TermItem[] = (entry?.analysis?.terms ?? []).map((t) => ({
    ...t,
    definition: terms?.define(t.id) ?? '',
  }));

  return (
    <ReaderView
      files={files}
      currentId={currentId}
      analysis={current?.state === 'ready' ? (entry?.analysis ?? null) : null}
      terms={termItems}
      termPositions={positions}
      dropping={dropping}
      documentRef={host}
      onOpen={open}
      onSelect={setCurrentId}
      onClose={(id) => {
        held.current.get(id)?.opened?.close();
        held.current.delete(id);
        setFiles((list) => list.filter((f) => f.id !== id));
        setCurrentId((now) => (now === id ? (files.find((f) => f.id !== id)?.id ?? null) : now));
      }}
      onPassword={(id, password) => void openHeld(id, password)}
      onRevealTerm={(termId) => {
        const now = highlights.current;
        if (!now) return;
        const position = stepToTerm(now, termId, positions[termId]);
        setPositions((p) => ({ ...p, [termId]: position }));
      }}
      onCopy={async (text) => {
        try {
          await navigator.clipboard.writeText(text);
          return true;
        } catch {
          return false;
        }
      }}
    />
  );
}
