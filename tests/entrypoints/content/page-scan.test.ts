// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageScan } from '../../../entrypoints/content/page-scan';
import { PageScanner } from '../../../lib/dom/page-scanner';
import { GLOSSARY } from '../../../lib/glossary';
import { compileMatcher } from '../../../lib/matching/matcher';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { installHighlightApi, removeHighlightApi } from '../../support/highlight-api';

describe('the page scan on a page scanned on request', () => {
  beforeEach(() => {
    installHighlightApi();
    document.body.innerHTML = '<p>Processed HMO and PPO claims with COB checks.</p>';
  });
  afterEach(() => {
    vi.restoreAllMocks();
    removeHighlightApi();
  });

  it('says "ready" only when the latest of overlapping rescans is done', async () => {
    // The scanner's rescans finish when the test says, in the order it says.
    const finish: (() => void)[] = [];
    vi.spyOn(PageScanner.prototype, 'rescan').mockImplementation(
      () => new Promise<void>((resolve) => finish.push(resolve)),
    );
    const ctx = new ContentScriptContext('test');
    const scan = new PageScan(ctx, DEFAULT_SETTINGS, compileMatcher(GLOSSARY));
    const first = scan.rescan();
    const second = scan.rescan();
    expect(finish).toHaveLength(2);
    finish[0]?.();
    await first;
    // The first rescan was overtaken by the second, which is still reading the page.
    expect(scan.status(true).status).toBe('scanning');
    finish[1]?.();
    await second;
    expect(scan.status(true).status).toBe('ready');
    ctx.abort();
  });
});
