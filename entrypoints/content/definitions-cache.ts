import { FROM_CONTENT_SCRIPT } from '../../lib/protocol/messages';
import { request, type Transport } from '../../lib/protocol/protocol';

/**
 * Definitions for the hover card. The content script carries only how terms are written; what they mean
 * comes from the background, fetched for the terms on the page once a scan settles so that hovering shows
 * them at once, and for any other term on its first hover.
 */
export class DefinitionsCache {
  private readonly known = new Map<string, string>();

  constructor(private readonly send: Transport<typeof FROM_CONTENT_SCRIPT.messages>) {}

  get(termId: string): string | undefined {
    return this.known.get(termId);
  }

  /** The recruiter's terms changed: a definition may have too. */
  clear(): void {
    this.known.clear();
  }

  /** Asks the background for the definitions not known yet; an answer that fails validation is dropped. */
  async load(termIds: readonly string[]): Promise<void> {
    const missing = [...new Set(termIds)].filter((id) => !this.known.has(id));
    if (missing.length === 0) return;
    try {
      const definitions = await request(FROM_CONTENT_SCRIPT, this.send, {
        type: 'hmo-lens/define',
        termIds: missing,
      });
      for (const [id, text] of Object.entries(definitions)) this.known.set(id, text);
    } catch {
      // The background is restarting, or answered something else: the card asks again on the next hover.
    }
  }
}
