/** The benchmark's generated pages: deterministic resume-like text, dense with glossary terms or sparse. */
import { GLOSSARY } from '../../lib/glossary';
import { compileMatcher } from '../../lib/matching/matcher';

function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const matcher = compileMatcher(GLOSSARY);
/** The display names: what mark.js searches for, and what the pages contain. */
export const TERMS = GLOSSARY.map((t) => t.term);
/** Ordinary resume words that are no term and start none. */
const FILLER = `accurate achieved across actively addressed analysis annual applied approved assigned assisted
  audited balanced board budget built calls cases checked clients closed coached collaborated completed
  consistently created daily data deadlines delivered department designed detailed developed directed documents
  during efficiency ensured entered established exceeded files followed forms goals guided handled helped
  identified improved included increased initiated inquiries internal issues kept launched led maintained
  measured meetings mentored metrics monitored monthly new office operated organized oversaw partnered
  prepared presented priorities processed procedures produced projects quarterly questions reduced reports
  requests researched resolved responded reviewed scheduled served shared solved staff streamlined supported
  systems teams tracked trained updated using verified weekly worked written years`
  .split(/\s+/)
  .filter((w) => w && matcher.findAll(w).length === 0);

function sentence(random: () => number, density: number): string {
  const words: string[] = [];
  const length = 12 + Math.floor(random() * 9);
  for (let i = 0; i < length; i++) {
    words.push(
      random() < density
        ? (TERMS[Math.floor(random() * TERMS.length)] as string)
        : (FILLER[Math.floor(random() * FILLER.length)] as string),
    );
  }
  return `${words.join(' ')}.`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** About `bytes` of text in many nodes: entries with a title, dates and bullets, some words in <b>. */
export function manyNodesPage(bytes: number, density: number, seed: number): string {
  const random = prng(seed);
  const parts: string[] = [];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const bullets = Array.from({ length: 4 }, () => sentence(random, density));
    const title = `Position ${n++} ${FILLER[n % FILLER.length]}`;
    size += title.length + bullets.reduce((a, b) => a + b.length, 0) + 20;
    parts.push(
      `<section><h3>${escapeHtml(title)}</h3><div class="dates">Jan 2018 – Present</div><ul>${bullets
        .map((b) => `<li>${escapeHtml(b)}</li>`)
        .join('')}</ul></section>`,
    );
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body>${parts.join('\n')}</body></html>`;
}

/** One text node of about `bytes`: a whole resume pasted into a single element. */
export function singleNodePage(bytes: number, density: number, seed: number): string {
  const random = prng(seed);
  const sentences: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = sentence(random, density);
    sentences.push(s);
    size += s.length + 1;
  }
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><div>${escapeHtml(sentences.join(' '))}</div></body></html>`;
}

export function paragraphs(count: number, seed: number): string[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => sentence(random, 1 / 16));
}

/** One text node holding `matches` glossary terms, a short sentence of two at a time. */
export function bigNodePage(matches: number): string {
  const text = 'Reviewed HMO claims daily. '.repeat(Math.ceil(matches / 2));
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><div>${text}</div></body></html>`;
}
