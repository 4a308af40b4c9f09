import { describe, expect, it } from 'vitest';
import {
  afterPhraseGap,
  gapAllowed,
  nextWordStart,
  plainAfter,
  plainBefore,
  wordBefore,
  wordEnd,
  wordStartBefore,
} from '../../../lib/matching/word-bounds';

describe('word bounds', () => {
  it('reads a word to its end, keeping inner apostrophes of either kind', () => {
    const text = "the HMO's and Children\u2019s 'quoted' caf\u00e9 \u{1d400}x & more";
    const ends = (at: number) => text.slice(at, wordEnd(text, at));
    expect(ends(4)).toBe("HMO's");
    expect(ends(14)).toBe('Children\u2019s');
    expect(ends(26)).toBe('quoted');
    expect(ends(text.indexOf('caf'))).toBe('caf\u00e9');
    expect(ends(text.indexOf('\u{1d400}'))).toBe('\u{1d400}x');
    expect(ends(text.indexOf('&'))).toBe('&');
  });

  it('reads a word back to its start from anywhere in it', () => {
    const text = "x HMO's caf\u00e9HMO \u{1d400}HMO a&";
    expect(wordStartBefore(text, 7)).toBe(2);
    expect(wordStartBefore(text, text.indexOf('caf') + 7)).toBe(text.indexOf('caf'));
    expect(wordStartBefore(text, text.indexOf('\u{1d400}') + 5)).toBe(text.indexOf('\u{1d400}'));
    expect(wordStartBefore(text, text.length)).toBe(text.length - 1);
  });

  it('finds the next word, or none', () => {
    expect(nextWordStart('  , - HMO', 0)).toBe(6);
    expect(nextWordStart(' & x', 0)).toBe(1);
    expect(nextWordStart(' ... ', 0)).toBe(-1);
  });

  it('tells which neighbours cannot continue a word without reading further', () => {
    expect(plainBefore(' HMO', 1)).toBe(true);
    expect(plainBefore("'HMO", 1)).toBe(false);
    expect(plainBefore('&HMO', 1)).toBe(false);
    expect(plainBefore('\u00e9HMO', 1)).toBe(false);
    expect(plainAfter('HMO ', 3)).toBe(true);
    expect(plainAfter("HMO's", 3)).toBe(false);
    expect(plainAfter('HMO', 3)).toBe(true);
  });

  it('gives the word before a point, or the match just made as one word', () => {
    const text = 'neural network model';
    expect(wordBefore(text, 7, -1, -1)).toEqual({ start: 0, end: 6 });
    expect(wordBefore(text, 7, 0, 6)).toEqual({ start: 0, end: 6 });
    expect(wordBefore('Medicare Advantage plans', 19, 0, 18)).toEqual({ start: 0, end: 18 });
    expect(wordBefore('... network', 4, -1, -1)).toBeNull();
  });

  it('allows the gaps a phrase may have, commas only where the form has one', () => {
    for (const gap of [' ', '  ', '-', ' - ', '\n', '\r\n', ' \n\n ', '\u2013', '\u00a0'])
      expect(gapAllowed(gap, false)).toBe(true);
    for (const gap of ['', '. ', '/', ' -- ', '\n\n\n']) expect(gapAllowed(gap, false)).toBe(false);
    expect(gapAllowed(', ', false)).toBe(false);
    expect(gapAllowed(', ', true)).toBe(true);
  });

  it('finds the word after a gap that may join a phrase', () => {
    expect(afterPhraseGap('closed panel', 6)).toBe(7);
    expect(afterPhraseGap('closed,\n panel', 6)).toBe(9);
    expect(afterPhraseGap('closed. panel', 6)).toBe(-1);
  });
});
