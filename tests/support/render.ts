import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Renders a Preact tree into a fresh container of the happy-dom document and flushes its effects. */
export function mount(tree: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(tree, container);
  });
  return container;
}

export function byTestId(root: ParentNode, id: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no element with data-testid="${id}"`);
  return el;
}

export async function click(el: Element): Promise<void> {
  await act(async () => {
    (el as HTMLElement).click();
  });
}
