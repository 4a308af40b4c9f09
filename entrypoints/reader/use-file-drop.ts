import { useEffect, useState } from 'preact/hooks';

/**
 * Files dropped anywhere on the page open like chosen ones, and the browser must not navigate to them.
 * Answers whether a file is being dragged over the page, for the view to show where to drop it.
 */
export function useFileDrop(open: (files: File[]) => void): boolean {
  const [dropping, setDropping] = useState(false);
  useEffect(() => {
    const over = (e: DragEvent) => {
      e.preventDefault();
      setDropping(true);
    };
    // Leaving a child for another element also fires dragleave; only leaving the window has no target.
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
  return dropping;
}
