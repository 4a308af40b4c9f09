import { describe, expect, it } from 'vitest';
import { MAX_RESUME_FILES, PageStatusSchema, TO_CONTENT_SCRIPT } from '../../../lib/protocol/messages';
import { parseMessage } from '../../../lib/protocol/protocol';
import { TO_BACKGROUND } from '../../../lib/protocol/tab-description';

const contentScriptRequests = TO_CONTENT_SCRIPT.requests;
const backgroundRequests = TO_BACKGROUND.requests;

describe('content script requests', () => {
  it('accepts the popup’s requests', () => {
    for (const message of [
      { type: 'hmo-lens/get-state' },
      { type: 'hmo-lens/get-text' },
      { type: 'hmo-lens/rescan' },
      { type: 'hmo-lens/reveal-term', termId: 'hmo' },
    ]) {
      expect(parseMessage(contentScriptRequests, message)).toEqual({ ok: true, message });
    }
  });

  it('rejects anything else with a reason', () => {
    expect(parseMessage(contentScriptRequests, { type: 'hmo-lens/reveal-term' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('termId'),
    });
    expect(parseMessage(contentScriptRequests, { type: 'hmo-lens/reveal-term', termId: '' }).ok).toBe(false);
    expect(parseMessage(contentScriptRequests, { type: 'eval', code: 'alert(1)' }).ok).toBe(false);
    expect(parseMessage(contentScriptRequests, undefined).ok).toBe(false);
  });
});

describe('background requests', () => {
  it('accepts reports, definition requests and tab descriptions', () => {
    for (const message of [
      { type: 'hmo-lens/page-scanned', distinctTerms: 4 },
      { type: 'hmo-lens/define', termIds: ['hmo', 'ppo'] },
      { type: 'hmo-lens/describe-tab', tabId: 12 },
    ]) {
      expect(parseMessage(backgroundRequests, message)).toEqual({ ok: true, message });
    }
  });

  it('rejects oversized and malformed ones', () => {
    const tooMany = Array.from({ length: 2001 }, (_, i) => `t${i}`);
    expect(parseMessage(backgroundRequests, { type: 'hmo-lens/define', termIds: tooMany }).ok).toBe(false);
    expect(parseMessage(backgroundRequests, { type: 'hmo-lens/describe-tab', tabId: 1.5 }).ok).toBe(false);
    expect(parseMessage(backgroundRequests, { type: 'hmo-lens/describe-tab' }).ok).toBe(false);
  });
});

describe("a page's resume files in its status", () => {
  const status = {
    url: 'https://ats.example/candidates/1',
    status: 'ready',
    active: true,
    highlighting: true,
    distinctTerms: 2,
    revision: 4,
  };
  const file = (i: number) => ({ url: `https://ats.example/f/${i}.pdf`, name: `${i}.pdf`, how: 'linked' });

  it('are optional, and checked when given', () => {
    expect(PageStatusSchema.safeParse(status).success).toBe(true);
    expect(PageStatusSchema.safeParse({ ...status, resumeFiles: [file(1)] }).success).toBe(true);
    for (const bad of [
      { ...file(1), how: 'downloaded' },
      { ...file(1), name: '' },
      { ...file(1), url: `https://ats.example/${'x'.repeat(5_000)}.pdf` },
    ])
      expect(PageStatusSchema.safeParse({ ...status, resumeFiles: [bad] }).success).toBe(false);
  });

  it('are a handful at most', () => {
    const many = Array.from({ length: MAX_RESUME_FILES + 1 }, (_, i) => file(i));
    expect(PageStatusSchema.safeParse({ ...status, resumeFiles: many }).success).toBe(false);
  });
});
