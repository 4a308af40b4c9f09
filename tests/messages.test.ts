import { describe, expect, it } from 'vitest';
import { ContentRequestSchema, parseMessage } from '../lib/messages';

describe('content script requests', () => {
  it('accepts the popup’s requests', () => {
    for (const message of [
      { type: 'hmo-lens/get-state' },
      { type: 'hmo-lens/rescan' },
      { type: 'hmo-lens/reveal-term', termId: 'hmo' },
    ]) {
      expect(parseMessage(ContentRequestSchema, message)).toEqual({ ok: true, message });
    }
  });

  it('rejects anything else with a reason', () => {
    expect(parseMessage(ContentRequestSchema, { type: 'hmo-lens/reveal-term' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('termId'),
    });
    expect(parseMessage(ContentRequestSchema, { type: 'hmo-lens/reveal-term', termId: '' }).ok).toBe(false);
    expect(parseMessage(ContentRequestSchema, { type: 'eval', code: 'alert(1)' }).ok).toBe(false);
    expect(parseMessage(ContentRequestSchema, undefined).ok).toBe(false);
  });
});
