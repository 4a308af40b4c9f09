import { describe, expect, it, vi } from 'vitest';
import { type BackgroundServices, messageRouter } from '../../../entrypoints/background/router';
import { definitionsOf } from '../../../entrypoints/background/tab-descriptions';
import { definitionOf } from '../../../lib/glossary/definitions';

const EXTENSION = 'our-extension';
const ORIGIN = 'chrome-extension://our-extension/';
const contentScript = { id: EXTENSION, url: 'https://www.linkedin.com/in/someone/', tab: { id: 7 } };
const popup = { id: EXTENSION, url: `${ORIGIN}popup.html` };

function services(): BackgroundServices & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    extensionId: EXTENSION,
    extensionOrigin: ORIGIN,
    setBadge: async (update) => {
      calls.push(`badge ${update.tabId} "${update.text}"`);
    },
    define: async (ids) => {
      calls.push(`define ${ids.join(',')}`);
      return definitionsOf(ids, definitionOf);
    },
    describe: async (tabId) => {
      calls.push(`describe ${tabId}`);
      return { kind: 'not-scanned' };
    },
  };
}

describe('background messages', () => {
  it('shows the number of distinct terms on the sender’s tab badge', async () => {
    const s = services();
    const route = messageRouter(s);
    await route({ type: 'hmo-lens/page-scanned', distinctTerms: 12 }, contentScript);
    await route({ type: 'hmo-lens/page-scanned', distinctTerms: 0 }, contentScript);
    expect(s.calls).toEqual(['badge 7 "12"', 'badge 7 ""']);
  });

  it('gives content scripts the definitions they ask for, leaving out unknown terms', async () => {
    const answer = await messageRouter(services())(
      { type: 'hmo-lens/define', termIds: ['hmo', 'nope'] },
      contentScript,
    );
    expect(Object.keys(answer as object)).toEqual(['hmo']);
    expect((answer as Record<string, string>).hmo).toMatch(/network/);
  });

  it('describes a tab only to the extension’s own pages', async () => {
    const s = services();
    const route = messageRouter(s);
    const describe = { type: 'hmo-lens/describe-tab', tabId: 3 };
    expect(await route(describe, popup)).toEqual({ kind: 'not-scanned' });
    // A content script (one a page might steer) does not get to read other tabs.
    expect(route(describe, contentScript)).toBeUndefined();
    expect(s.calls).toEqual(['describe 3']);
  });

  it('rejects malformed, unknown and foreign messages without effect, and logs the malformed ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = services();
    const route = messageRouter(s);
    const malformed = [
      null,
      'hmo-lens/page-scanned',
      { type: 'hmo-lens/page-scanned' },
      { type: 'hmo-lens/page-scanned', distinctTerms: -1 },
      { type: 'hmo-lens/page-scanned', distinctTerms: 1.5 },
      { type: 'hmo-lens/page-scanned', distinctTerms: '3' },
      { type: 'hmo-lens/define', termIds: 'hmo' },
      { type: 'hmo-lens/define', termIds: [''] },
      { type: 'hmo-lens/describe-tab', tabId: -1 },
      { type: 'hmo-lens/delete-everything' },
    ];
    for (const raw of malformed) expect(route(raw, contentScript), JSON.stringify(raw)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(malformed.length);
    warn.mockRestore();
    const valid = { type: 'hmo-lens/page-scanned', distinctTerms: 3 };
    expect(route(valid, { ...contentScript, id: 'another-extension' })).toBeUndefined();
    // A report with no tab has no badge to set.
    expect(route(valid, popup)).toBeUndefined();
    expect(s.calls).toEqual([]);
  });
});
