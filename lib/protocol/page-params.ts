import { z } from 'zod/mini';

/** A tab's or window's id as the extension's own pages take it in their address (`?tabId=12`). */
const IdSchema = z.pipe(z.string().check(z.regex(/^\d{1,15}$/)), z.transform(Number));

export type IdParam = { kind: 'absent' } | { kind: 'id'; id: number } | { kind: 'invalid'; raw: string };

/**
 * An id from the popup's, side panel's or reader's address. Anyone can open those pages with any address,
 * so it is checked like any other input: a malformed id is reported, not turned into NaN or a wrong tab.
 */
export function idParam(search: string, name: 'tabId' | 'windowId' | 'tab'): IdParam {
  const raw = new URLSearchParams(search).get(name);
  if (raw === null) return { kind: 'absent' };
  const parsed = IdSchema.safeParse(raw);
  return parsed.success ? { kind: 'id', id: parsed.data } : { kind: 'invalid', raw };
}
