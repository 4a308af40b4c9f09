import { describe, expect, it, vi } from 'vitest';
import { badgeUpdate } from '../../entrypoints/background/badge';

const self = { id: 'our-extension', tab: { id: 7 } };

describe('badge updates from content scripts', () => {
  it('shows the number of distinct terms for the sender’s tab', () => {
    expect(badgeUpdate({ type: 'hmo-lens/page-scanned', distinctTerms: 12 }, self, 'our-extension')).toEqual({
      tabId: 7,
      text: '12',
    });
    expect(badgeUpdate({ type: 'hmo-lens/page-scanned', distinctTerms: 0 }, self, 'our-extension')).toEqual({
      tabId: 7,
      text: '',
    });
  });

  it('rejects malformed, unknown and foreign messages without effect, and logs the malformed ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const raw of [
      null,
      'hmo-lens/page-scanned',
      { type: 'hmo-lens/page-scanned' },
      { type: 'hmo-lens/page-scanned', distinctTerms: -1 },
      { type: 'hmo-lens/page-scanned', distinctTerms: 1.5 },
      { type: 'hmo-lens/page-scanned', distinctTerms: '3' },
      { type: 'hmo-lens/delete-everything' },
    ]) {
      expect(badgeUpdate(raw, self, 'our-extension'), JSON.stringify(raw)).toBeNull();
    }
    expect(warn).toHaveBeenCalledTimes(7);
    warn.mockRestore();
    const valid = { type: 'hmo-lens/page-scanned', distinctTerms: 3 };
    expect(badgeUpdate(valid, { id: 'another-extension', tab: { id: 7 } }, 'our-extension')).toBeNull();
    expect(badgeUpdate(valid, { id: 'our-extension' }, 'our-extension')).toBeNull();
  });
});
