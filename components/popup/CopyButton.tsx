import { useEffect, useRef, useState } from 'preact/hooks';

export interface CopyProps {
  text: string;
  /** Resolves true when the text reached the clipboard. */
  onCopy: (text: string) => Promise<boolean>;
}

/**
 * Copies on click and says so. When the clipboard is refused, the text is shown selected so the recruiter
 * can copy it by hand.
 */
export function useCopy({ text, onCopy }: CopyProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new text (the X-ray switch) resets the confirmation.
  useEffect(() => setStatus('idle'), [text]);
  const copy = async () => {
    const ok = await onCopy(text);
    setStatus(ok ? 'copied' : 'manual');
    clearTimeout(timer.current);
    if (ok) timer.current = setTimeout(() => setStatus('idle'), 2000);
  };
  return { status, copy };
}

export function ManualCopy({ text }: { text: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <div class="manual-copy">
      <label class="muted" for="manual-copy">
        The clipboard is not available here: the text is selected, press Ctrl+C (⌘C) to copy it.
      </label>
      <textarea id="manual-copy" ref={ref} readOnly rows={3} value={text} />
    </div>
  );
}
