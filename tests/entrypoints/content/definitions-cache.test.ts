import { describe, expect, it } from 'vitest';
import { DefinitionsCache } from '../../../entrypoints/content/definitions-cache';
import type { ContentScriptReport } from '../../../lib/protocol/messages';

describe('the content script’s definitions', () => {
  it('asks the background once for each term it does not know yet', async () => {
    const asked: string[][] = [];
    const cache = new DefinitionsCache(async (request: ContentScriptReport) => {
      if (request.type !== 'hmo-lens/define') return undefined;
      asked.push([...request.termIds]);
      return Object.fromEntries(
        request.termIds.filter((id) => id !== 'unknown').map((id) => [id, `${id} means…`]),
      );
    });
    await cache.load(['hmo', 'ppo', 'hmo']);
    await cache.load(['hmo', 'ipa', 'unknown']);
    expect(asked).toEqual([
      ['hmo', 'ppo'],
      ['ipa', 'unknown'],
    ]);
    expect(cache.get('ipa')).toBe('ipa means…');
    expect(cache.get('unknown')).toBeUndefined();
    cache.clear();
    expect(cache.get('hmo')).toBeUndefined();
  });

  it('drops answers it cannot read, and survives a background that is not there', async () => {
    const odd = new DefinitionsCache(async () => ({ hmo: 42 }));
    await odd.load(['hmo']);
    expect(odd.get('hmo')).toBeUndefined();
    const gone = new DefinitionsCache(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(gone.load(['hmo'])).resolves.toBeUndefined();
  });
});
