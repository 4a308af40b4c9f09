import { describe, expect, it } from 'vitest';
import { idParam } from '../../../lib/protocol/page-params';

describe('ids in the address of the extension pages', () => {
  it('reads a whole number', () => {
    expect(idParam('?tabId=42', 'tabId')).toEqual({ kind: 'id', id: 42 });
    expect(idParam('?src=x&tab=0', 'tab')).toEqual({ kind: 'id', id: 0 });
  });

  it('tells an absent id from a malformed one', () => {
    expect(idParam('?windowId=3', 'tabId')).toEqual({ kind: 'absent' });
    for (const raw of ['', '-1', '1.5', '1e3', ' 7', 'abc', '0x10', '9'.repeat(16)])
      expect(idParam(`?tabId=${encodeURIComponent(raw)}`, 'tabId')).toEqual({ kind: 'invalid', raw });
  });
});
