// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Switch } from '../../../components/shared/Switch';
import { byTestId, click, mount } from '../../support/render';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a switch', () => {
  it('reports the state it was switched to, and labels its checkbox', async () => {
    const onChange = vi.fn();
    const root = mount(
      <Switch checked={false} onChange={onChange} testId="s" class="extra" title="Alt+Shift+H">
        Highlight terms
      </Switch>,
    );
    const box = byTestId(root, 's') as HTMLInputElement;
    const label = box.closest('label');
    expect(label?.className).toBe('switch extra');
    expect(label?.title).toBe('Alt+Shift+H');
    expect(label?.textContent).toBe('Highlight terms');
    await click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('adds no attributes it was not given', () => {
    const root = mount(
      <Switch checked onChange={() => {}}>
        X-ray
      </Switch>,
    );
    const label = root.querySelector('label');
    expect(label?.className).toBe('switch');
    expect(label?.hasAttribute('title')).toBe(false);
    expect(root.querySelector('input')?.hasAttribute('data-testid')).toBe(false);
  });
});
