// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reportScans, type ScanTotals } from '../../../entrypoints/content/badge';
import { DefinitionsCache } from '../../../entrypoints/content/definitions-cache';
import type { ContentScriptReport } from '../../../lib/protocol/messages';

/** A scan that changes when told to, and a background that records what it hears. */
function setUp() {
  const listeners: (() => void)[] = [];
  const found = ['hmo', 'cob'];
  const scan: ScanTotals = {
    onChange: (listener) => listeners.push(listener),
    distinctTerms: () => found.length,
    termIds: () => found,
  };
  const heard: ContentScriptReport[] = [];
  const toBackground = async (message: ContentScriptReport) => {
    heard.push(message);
    return message.type === 'hmo-lens/define'
      ? Object.fromEntries(message.termIds.map((id) => [id, `${id} means…`]))
      : undefined;
  };
  const ctx = new ContentScriptContext('test');
  const definitions = new DefinitionsCache(toBackground);
  reportScans(ctx, scan, definitions, toBackground);
  const change = () => {
    for (const listener of listeners) listener();
  };
  return { ctx, heard, definitions, change };
}

describe('the badge report', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports once the highlights settle, and fetches the definitions of the terms found', async () => {
    const { heard, definitions, change } = setUp();
    change();
    await vi.advanceTimersByTimeAsync(200);
    change();
    change();
    await vi.advanceTimersByTimeAsync(200);
    expect(heard).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(heard).toEqual([
      { type: 'hmo-lens/page-scanned', distinctTerms: 2 },
      { type: 'hmo-lens/define', termIds: ['hmo', 'cob'] },
    ]);
    expect(definitions.get('cob')).toBe('cob means…');
  });

  it('says nothing once the script has stopped', async () => {
    const { ctx, heard, change } = setUp();
    change();
    ctx.abort();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(heard).toEqual([]);
  });
});
