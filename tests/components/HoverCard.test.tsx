// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import { click, mount } from '../support/render';

afterEach(() => {
  document.body.innerHTML = '';
});

const LONG =
  'Paying a provider a fixed amount per member per month for a set of services, whether the member uses them ' +
  'or not. The provider takes on the risk that care costs more than the payment.';

function card(term: string, definition: string) {
  return (
    <HoverCard
      term={term}
      category="finance"
      definition={definition}
      aliases={[]}
      position={{ left: 0, top: 0 }}
    />
  );
}

describe('the hover card', () => {
  it('shows a short definition whole, with no button', () => {
    const root = mount(card('PMPM', 'Per member per month: the unit most plan costs are quoted in.'));
    expect(root.querySelector('button')).toBeNull();
    expect(root.querySelector('.hmo-card__definition--cut')).toBeNull();
  });

  it('cuts a long definition until "Read all", named for its term, opens it', async () => {
    const root = mount(card('Capitation', LONG));
    const button = root.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Read all of the definition of Capitation');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.hmo-card__definition--cut')?.textContent).toBe(LONG);
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('Less');
    expect(root.querySelector('.hmo-card__definition--cut')).toBeNull();
    // A card holding a button is a dialog for assistive technology, not a tooltip.
    expect(root.querySelector('.hmo-card')?.getAttribute('role')).toBe('dialog');
  });
});
