import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { visibleText } from '../../lib/dom/visible-text';

export const RESUMES_DIR = join(import.meta.dirname, '..', 'fixtures', 'resumes');

/** A fixture resume's text as the analysis sees it (visible text for HTML). */
export function resumeText(name: string): string {
  const raw = readFileSync(join(RESUMES_DIR, name), 'utf8');
  if (!name.endsWith('.html')) return raw;
  const window = new Window();
  window.document.write(raw);
  const text = visibleText(window.document as unknown as Node);
  void window.happyDOM.close();
  return text;
}
