// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemList } from '../../../components/shared/ProblemList';
import { byTestId, mount } from '../../support/render';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a problem list', () => {
  it('lists each problem as text, never as markup', () => {
    const root = mount(
      <ProblemList
        problems={['term: must not be empty', '<img src=x onerror=alert(1)>']}
        testId="p"
        role="alert"
      />,
    );
    const list = byTestId(root, 'p');
    expect(list.getAttribute('role')).toBe('alert');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'term: must not be empty',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(root.querySelector('img')).toBeNull();
  });
});
