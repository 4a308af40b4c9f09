import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderFile } from '../../components/reader/FileList';
import type { Analysis } from '../../lib/analysis/schema';
import { readFailure } from '../../lib/extract/read-failure';
import { type OpenedDocument, openDocument } from './open-document';
import { readChosenFile } from './open-source';

/** A file the reader holds in memory (and nowhere else), with what has been made of it so far. */
export interface HeldFile {
  name: string;
  bytes: Uint8Array;
  opened?: OpenedDocument;
  /** Kept with the file, so that going back to it shows its analysis at once. */
  analysis?: Analysis;
}

interface FileListState {
  files: ReaderFile[];
  currentId: string | null;
}

/**
 * The files the recruiter opened: the list the view shows, the one shown, and the held bytes and documents
 * behind them. Files are read and opened one after another, so that each gets the machine to itself.
 */
export function useReaderFiles() {
  // One state, so that each change sees the list and the shown file as they are, not as the last render had
  // them: two files closed in a row must not show the first again.
  const [{ files, currentId }, setList] = useState<FileListState>({ files: [], currentId: null });
  const held = useRef(new Map<string, HeldFile>());
  /** Files closed before their turn came: their bytes are never read, or are let go once read. */
  const closed = useRef(new Set<string>());
  const queue = useRef(Promise.resolve());

  const update = useCallback(
    (id: string, patch: Partial<ReaderFile>) =>
      setList((list) => ({ ...list, files: list.files.map((f) => (f.id === id ? { ...f, ...patch } : f)) })),
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
        // Closed while it opened: nothing will show it.
        if (!held.current.has(id)) return opened.close();
        entry.opened = opened;
        update(id, { state: 'ready', ...(opened.notice ? { notice: opened.notice } : {}) });
      } catch (error) {
        const failure = readFailure(error);
        update(id, { state: failure.locked ? 'password' : 'failed', message: failure.message });
      }
    },
    [update],
  );

  /** Lists the file at once (and shows it when none is shown); its bytes are read when its turn comes. */
  const add = useCallback(
    (name: string, bytes: () => Promise<Uint8Array>) => {
      const id = crypto.randomUUID();
      setList((list) => ({
        files: [...list.files, { id, name, state: 'opening' }],
        currentId: list.currentId ?? id,
      }));
      queue.current = queue.current.then(async () => {
        if (closed.current.has(id)) return;
        try {
          const read = await bytes();
          if (closed.current.has(id)) return;
          held.current.set(id, { name, bytes: read });
        } catch (error) {
          update(id, { state: 'failed', message: readFailure(error).message });
          return;
        }
        await openHeld(id);
      });
    },
    [openHeld, update],
  );

  /** Files the recruiter chose or dropped. */
  const open = useCallback(
    (list: File[]) => {
      for (const file of list) add(file.name, () => readChosenFile(file));
    },
    [add],
  );

  /** Forgets a file; when it was the one shown, the first other file is shown instead. */
  const close = useCallback((id: string) => {
    closed.current.add(id);
    held.current.get(id)?.opened?.close();
    held.current.delete(id);
    setList((list) => {
      const rest = list.files.filter((f) => f.id !== id);
      return { files: rest, currentId: list.currentId === id ? (rest[0]?.id ?? null) : list.currentId };
    });
  }, []);

  const unlock = useCallback((id: string, password: string) => void openHeld(id, password), [openHeld]);

  const select = useCallback((id: string) => setList((list) => ({ ...list, currentId: id })), []);

  /** New terms make every analysis out of date; each is worked out again when its file is shown. */
  const forgetAnalyses = useCallback(() => {
    for (const entry of held.current.values()) delete entry.analysis;
  }, []);

  useEffect(
    () => () => {
      for (const entry of held.current.values()) entry.opened?.close();
    },
    [],
  );

  const current = files.find((f) => f.id === currentId) ?? null;
  const currentFile = currentId ? held.current.get(currentId) : undefined;
  return {
    files,
    currentId,
    /** The shown file as the list has it (its state, its message). */
    current,
    /** The shown file's bytes, document and analysis. */
    currentFile,
    /** The document to place in the page: the shown file's, once it opened. */
    shown: current?.state === 'ready' ? currentFile?.opened : undefined,
    select,
    add,
    open,
    close,
    unlock,
    forgetAnalyses,
  };
}
