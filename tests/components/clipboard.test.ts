// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyToClipboard } from '../../components/clipboard';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('copying for the recruiter', () => {
  it('puts the text on the clipboard and says so', async () => {
    expect(await copyToClipboard('"utilization management" AND HEDIS')).toBe(true);
    expect(await navigator.clipboard.readText()).toBe('"utilization management" AND HEDIS');
  });

  it('says it did not copy when the browser refuses, instead of throwing', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Document is not focused.'),
    );
    expect(await copyToClipboard('HEDIS')).toBe(false);
  });
});
