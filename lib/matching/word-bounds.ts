/**
 * Where words begin and end in page text, read a character at a time around a point, and which gaps may
 * stand between the words of one phrase. A word is what TOKEN_SOURCE (see tokens.ts) calls a token: letters,
 * digits and "_" in any script, inner apostrophes kept, or a lone "&".
 */

/** Whitespace (a line break or two, as in PDF text) and at most one hyphen or dash between two words. */
const GAP =
  /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*){0,2}(?:[-\u2010\u2011\u2013][ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?)?$/;
const GAP_WITH_COMMA = /^,?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;
/** What may stand between a form and the word that vetoes it (`notAfter`, `notBefore`). */
export const PLAIN_GAP = /^[\s-]+$/;

/** Whether `gap` may join two words of a phrase; `comma` when the form itself has a comma there. */
export function gapAllowed(gap: string, comma: boolean): boolean {
  if (gap === ' ') return true;
  if (gap.length === 0) return false;
  return GAP.test(gap) || (comma && GAP_WITH_COMMA.test(gap));
}

/** The characters a gap between two words of a phrase may hold (see GAP and GAP_WITH_COMMA). */
const GAP_RUN = /[\s,\-\u2010\u2011\u2013]+/y;

/** ASCII letters, digits and "_": the word characters of nearly all resume text. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;
const UNICODE_WORD = /^[\p{L}\p{N}_]$/u;
const unicodeWordCache = new Map<number, boolean>();

const AMPERSAND = 38;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * How many UTF-16 units the word character at `i` takes (2 for one outside the BMP), or 0 when the
 * character there is no word character: the same characters TOKEN_SOURCE's `[\p{L}\p{N}_]` accepts.
 */
function wordCharWidth(text: string, i: number, c: number): number {
  if (c < 128) return ASCII_WORD[c] as number;
  const wide = c >= 0xd800 && c <= 0xdbff;
  const point = wide ? (text.codePointAt(i) as number) : c;
  let word = unicodeWordCache.get(point);
  if (word === undefined) {
    word = UNICODE_WORD.test(String.fromCodePoint(point));
    unicodeWordCache.set(point, word);
  }
  return word ? (point > 0xffff ? 2 : 1) : 0;
}

/** The width (1, or 2 for a surrogate pair) of the word character ending just before `at`, or 0. */
function wordWidthBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const pair = wordCharWidth(text, at - 2, text.charCodeAt(at - 2));
    if (pair === 2) return 2;
  }
  return wordCharWidth(text, at - 1, c) > 0 ? 1 : 0;
}

/** Whether the character before `at` cannot continue a word backwards (ASCII, no apostrophe or "&"). */
export function plainBefore(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return c < 128 && c !== APOSTROPHE && c !== AMPERSAND;
}

/** Whether the character at `at` cannot continue a word that ends there (ASCII, no apostrophe). */
export function plainAfter(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c < 128 && c !== APOSTROPHE;
}

/** The start of the word that ends at or runs through `end`: back over word characters and inner apostrophes. */
export function wordStartBefore(text: string, end: number): number {
  if (text.charCodeAt(end - 1) === AMPERSAND) return end - 1;
  let i = end;
  for (;;) {
    const width = wordWidthBefore(text, i);
    if (width > 0) {
      i -= width;
      continue;
    }
    const c = text.charCodeAt(i - 1);
    if ((c === APOSTROPHE || c === RIGHT_QUOTE) && i < end && wordWidthBefore(text, i - 1) > 0) {
      i--;
      continue;
    }
    return i;
  }
}

/** Where the next word (or "&") starts at or after `from`, or -1. */
export function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === AMPERSAND || wordCharWidth(text, i, c) > 0) return i;
  }
  return -1;
}

/** The end of the word that starts at `start`: inner apostrophes stay in it. */
export function wordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start;
  if (text.charCodeAt(i) === AMPERSAND) return i + 1;
  while (i < length) {
    const width = wordCharWidth(text, i, text.charCodeAt(i));
    if (width > 0) {
      i += width;
      continue;
    }
    const c = text.charCodeAt(i);
    if (
      (c === APOSTROPHE || c === RIGHT_QUOTE) &&
      i + 1 < length &&
      wordCharWidth(text, i + 1, text.charCodeAt(i + 1)) > 0
    ) {
      i++;
      continue;
    }
    return i;
  }
  return i;
}

/**
 * The word before `start`, for `notAfter` (a phrase when it is the match just made, as "Medicare Advantage"
 * is one word to what follows it). Read backwards from `start`, a character at a time.
 */
export function wordBefore(
  text: string,
  start: number,
  lastMatchStart: number,
  lastMatchEnd: number,
): { start: number; end: number } | null {
  let i = start;
  const limit = Math.max(0, start - 80);
  while (i > limit && wordWidthBefore(text, i) === 0) i--;
  if (wordWidthBefore(text, i) === 0) return null;
  const end = i;
  if (end === lastMatchEnd) return { start: lastMatchStart, end };
  return { start: wordStartBefore(text, end), end };
}

/**
 * Where the word after the gap that starts at `end` begins, when that gap may join two words of a phrase;
 * otherwise -1. Nearly always one space: the regex is for the other gaps.
 */
export function afterPhraseGap(text: string, end: number): number {
  if (text.charCodeAt(end) === 32 && ASCII_WORD[text.charCodeAt(end + 1)] === 1) return end + 1;
  GAP_RUN.lastIndex = end;
  return GAP_RUN.test(text) ? GAP_RUN.lastIndex : -1;
}
