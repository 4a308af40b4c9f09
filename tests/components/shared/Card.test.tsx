// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../components/shared/Card';
import { mount } from '../../support/render';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a card', () => {
  it('is a section named by its heading', () => {
    const root = mount(
      <Card id="terms-heading" title={<>Terms ({3})</>}>
        <p>body</p>
      </Card>,
    );
    const section = root.querySelector('section.card');
    const heading = root.querySelector('h2.card__title');
    expect(section?.getAttribute('aria-labelledby')).toBe('terms-heading');
    expect(heading?.id).toBe('terms-heading');
    expect(heading?.textContent).toBe('Terms (3)');
    expect(section?.querySelector('p')?.textContent).toBe('body');
  });
});
