// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useReaderFiles } from '../../../entrypoints/reader/use-reader-files';
import { mount } from '../../support/render';

let container: HTMLElement | undefined;

afterEach(() => {
  // Unmounted, so that a test's hook cannot render into the next test's `latest`.
  if (container) render(null, container);
  document.body.innerHTML = '';
});

type Reader = ReturnType<typeof useReaderFiles>;

/** What the hook returned on its latest render. */
let latest: Reader | undefined;

function Harness() {
  latest = useReaderFiles();
  return null;
}

/** Renders the hook and hands back what its latest render returned. */
function mountReader(): () => Reader {
  latest = undefined;
  container = mount(<Harness />);
  return () => {
    if (!latest) throw new Error('the hook did not render');
    return latest;
  };
}

const text = (line: string) => async () => new TextEncoder().encode(line);

/** Lists three text files and waits until each is open. */
async function threeFiles(reader: () => Reader): Promise<string[]> {
  act(() => {
    for (const name of ['a.txt', 'b.txt', 'c.txt'])
      reader().add(name, text(`Claims analyst at an HMO (${name}).`));
  });
  await vi.waitFor(() => expect(reader().files.map((f) => f.state)).toEqual(['ready', 'ready', 'ready']));
  return reader().files.map((f) => f.id);
}

describe('the files the reader holds', () => {
  it('shows the first file, and the first other one when the shown file is closed', async () => {
    const reader = mountReader();
    const [a, b, c] = await threeFiles(reader);
    expect(reader().current?.name).toBe('a.txt');
    act(() => reader().close(c as string));
    expect(reader().currentId).toBe(a);
    act(() => reader().close(a as string));
    expect(reader().currentId).toBe(b);
    expect(reader().shown?.text).toContain('(b.txt)');
  });

  it('never shows a closed file when two are closed before the page renders again', async () => {
    const reader = mountReader();
    const [a, b, c] = await threeFiles(reader);
    // One render's functions, as two quick clicks on the list's close buttons would use them.
    const { close } = reader();
    act(() => {
      close(a as string);
      close(b as string);
    });
    expect(reader().files.map((f) => f.name)).toEqual(['c.txt']);
    expect(reader().currentId).toBe(c);
    expect(reader().current?.name).toBe('c.txt');
  });

  it('lets go of a file closed while it waited its turn or while its bytes were read', async () => {
    const reader = mountReader();
    let release: (bytes: Uint8Array) => void = () => {};
    const slow = () => new Promise<Uint8Array>((resolve) => (release = resolve));
    const read = vi.fn(text('Never read.'));
    act(() => {
      reader().add('slow.txt', slow);
      reader().add('queued.txt', read);
      reader().add('kept.txt', text('Claims analyst at an HMO.'));
    });
    const [slowId, queuedId] = reader().files.map((f) => f.id);
    act(() => {
      reader().close(slowId as string);
      reader().close(queuedId as string);
    });
    release(new TextEncoder().encode('Read after it was closed.'));
    await vi.waitFor(() => expect(reader().files.map((f) => f.state)).toEqual(['ready']));
    expect(read).not.toHaveBeenCalled();
    expect(reader().currentFile?.name).toBe('kept.txt');
    // Neither closed file is held: switching to them finds nothing.
    act(() => reader().select(slowId as string));
    expect(reader().currentFile).toBeUndefined();
  });
});
