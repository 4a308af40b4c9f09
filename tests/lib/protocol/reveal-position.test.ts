import { describe, expect, it } from 'vitest';
import { revealPosition } from '../../../lib/protocol/reveal-position';

describe('where a revealed term is, in the popup', () => {
  it('counts the occurrence shown among those highlighted', () => {
    expect(revealPosition({ termId: 'hedis', index: 2, total: 5 })).toBe('2 of 5');
    expect(revealPosition({ termId: 'hedis', index: 1, total: 1 })).toBe('1 of 1');
  });

  it('says so when no occurrence is highlighted', () => {
    expect(revealPosition({ termId: 'hedis', index: 0, total: 0 })).toBe('not in view');
  });
});
