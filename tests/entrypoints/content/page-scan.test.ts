// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageScan } from '../../../entrypoints/content/page-scan';
import { GLOSSARY } from '../../../lib/glossary';
import { compileMatcher } from '../../../lib/matching/matcher';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { installHighlightApi, removeHighlightApi } from '../../support/highlight-api';

describe('the page scan on a page scanned on request', () => {
  beforeEach(() => {
    installHighlightApi();
    document.body.innerHTML = `<p>${'Processed HMO and PPO claims with COB checks. '.repeat(400)}</p>`;
  });
  afterEach(() => removeHighlightApi());

  it('says "ready" only when the latest of overlapping rescans is done', async () => {
    const ctx = new ContentScriptContext('test');
    const scan = new PageScan(ctx, DEFAULT_SETTINGS, compileMatcher(GLOSSARY));
    const first = scan.rescan();
    const second = scan.rescan();
    await first;
    // The first rescan was superseded mid-way: the page is still being read.
    expect(scan.status(true).status).toBe('scanning');
    await second;
    expect(scan.status(true).status).toBe('ready');
    expect(scan.distinctTerms()).toBeGreaterThanOrEqual(3);
    ctx.abort();
  });
});
