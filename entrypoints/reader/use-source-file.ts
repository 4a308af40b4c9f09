import { useEffect, useRef } from 'preact/hooks';
import { fileNameOf, sourceTab, sourceUrl } from '../../lib/reader/source-url';
import { fetchSource } from './open-source';

/**
 * Opens the document the popup sent the reader to (`?src=`, read through the tab `?tab=` it came from),
 * before any file the recruiter chooses here.
 */
export function useSourceFile(add: (name: string, bytes: () => Promise<Uint8Array>) => void): void {
  // Once per page, whatever `add` becomes: the popup sends one file, and a second read would list it twice.
  const addOnce = useRef(add);
  useEffect(() => {
    const src = sourceUrl(location.search);
    if (src) addOnce.current(fileNameOf(src), () => fetchSource(src, sourceTab(location.search)));
  }, []);
}
