import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FROM_CONTENT_SCRIPT } from '../../lib/protocol/messages';
import { request, type Transport } from '../../lib/protocol/protocol';
import type { DefinitionsCache } from './definitions-cache';
import type { PageScan } from './page-scan';

/** What the report needs of the scan. */
export type ScanTotals = Pick<PageScan, 'onChange' | 'distinctTerms' | 'termIds'>;

/**
 * Once the highlights settle, tells the background how many distinct terms the page has (the toolbar
 * badge) and fetches their definitions, so that hovering shows them at once.
 */
export function reportScans(
  ctx: ContentScriptContext,
  scan: ScanTotals,
  definitions: DefinitionsCache,
  toBackground: Transport<typeof FROM_CONTENT_SCRIPT.messages>,
): void {
  let timer: number | undefined;
  scan.onChange(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      const report = { type: 'hmo-lens/page-scanned', distinctTerms: scan.distinctTerms() } as const;
      request(FROM_CONTENT_SCRIPT, toBackground, report).catch(() => {
        // The background may be restarting; the next scan reports again.
      });
      void definitions.load(scan.termIds());
    }, 250);
  });
}
