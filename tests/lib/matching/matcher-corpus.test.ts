/**
 * A differential check of the matcher: its matches over the fixtures and over a generated text that writes
 * every glossary form in the ways pages do (cases, plurals, possessives with either apostrophe, hyphens, line
 * breaks, the words that veto a form) are compared with a recorded file, which the matcher as it was before
 * its split into modules produced to the line. A change to what is matched shows up as a readable diff, one
 * line a match.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../lib/glossary';
import { compileMatcher } from '../../../lib/matching/matcher';

const matcher = compileMatcher(GLOSSARY);
const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** Named, not globbed: fixtures other work adds must not change this record. */
const FILES = [
  'pages/hostile.html',
  'pages/linkedin-profile.html',
  'pages/resume.html',
  'resumes/borderline-junior-claims-entry.txt',
  'resumes/borderline-mid-enrollment.txt',
  'resumes/borderline-senior-um-supervisor.txt',
  'resumes/icu-nurse.txt',
  'resumes/junior-claims-processor.txt',
  'resumes/linkedin-profile-mid.html',
  'resumes/long-career-outside-health.txt',
  'resumes/mid-member-services.md',
  'resumes/no-dates-managed-care.txt',
  'resumes/overlapping-jobs.txt',
  'resumes/pc-claims-adjuster.txt',
  'resumes/pdf-text-dates-after-bullets.txt',
  'resumes/pdf-text-dates-first.txt',
  'resumes/pension-member-services.txt',
  'resumes/senior-hmo-director.txt',
  'resumes/social-services-case-manager.txt',
  'resumes/software-engineer.txt',
];

/** A fixed-seed linear congruential generator, so the generated text is the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

/** Every form of every term, written a few ways each, between filler words and vetoing neighbours. */
function generatedText(): string {
  const random = prng(11);
  const cases = [
    (f: string) => f,
    (f: string) => f.toLowerCase(),
    (f: string) => f.toUpperCase(),
    (f: string) => f.replace(/\b\w/g, (c) => c.toUpperCase()),
  ];
  const endings = ['', 's', 'es', "'s", '\u2019s', "s'", '2', '-', '\u00e9'];
  const gaps = [' ', '  ', '-', ' - ', '\n', ' \n ', ', ', '\u00a0', '\u2013', '/', '. '];
  const before = ['the', 'a', 'in', '(', '"', "'", '\u00e9', 'x', '&', ''];
  const after = ['.', ',', ' and', ')', '"', "'", '', ' work', ' model', ' program'];
  const pieces: string[] = [];
  for (const term of GLOSSARY) {
    const vetoes = [...term.notAfter, ...term.notBefore];
    for (const form of [term.term, ...term.aliases]) {
      for (let k = 0; k < 6; k++) {
        const cased = pick(random, cases)(form);
        const spaced = random() < 0.3 ? cased.replace(/ /g, () => pick(random, gaps)) : cased;
        const curly = random() < 0.3 ? spaced.replace(/'/g, '\u2019') : spaced;
        const word = curly + (random() < 0.4 ? pick(random, endings) : '');
        const veto = vetoes.length > 0 && random() < 0.5 ? pick(random, vetoes) : '';
        const lead = veto && term.notAfter.includes(veto) ? veto : pick(random, before);
        const tail = veto && term.notBefore.includes(veto) ? ` ${veto}` : pick(random, after);
        pieces.push(`${lead} ${word}${tail}`);
      }
    }
  }
  return pieces.join(' ');
}

/** One line a match: where it is, what it covers, and the term. */
function record(text: string): string[] {
  return matcher
    .findAll(text)
    .map((m) => `${m.start}-${m.end} ${m.termId} ${JSON.stringify(text.slice(m.start, m.end))}`);
}

describe('matcher over a corpus', () => {
  it('finds the recorded matches in every fixture and in every written form of the glossary', async () => {
    const lines: string[] = [];
    for (const file of FILES) lines.push(`# ${file}`, ...record(readFileSync(join(FIXTURES, file), 'utf8')));
    const generated = record(generatedText());
    expect(generated.length).toBeGreaterThan(1_000);
    lines.push('# generated', ...generated);
    // Plain text, not JSON: the formatter leaves it as written.
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/matcher-corpus.txt');
  });
});
