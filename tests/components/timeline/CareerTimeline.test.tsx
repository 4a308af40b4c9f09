// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CareerTimeline } from '../../../components/timeline/CareerTimeline';
import { analyze } from '../../../lib/analysis/analyze';
import type { Analysis, Role } from '../../../lib/analysis/schema';
import { TODAY } from '../../fixtures/resumes/expected';
import { byTestId, mount } from '../../support/render';
import { resumeText } from '../../support/resume-text';

afterEach(() => {
  document.body.innerHTML = '';
});

function withRoles(roles: Role[]): Analysis {
  return { ...analyze('', { today: TODAY }), roles, relevantYears: 3, yearsOfExperience: 7.5 };
}

const plan = (title: string, start: string, end: string): Role => ({
  title,
  employer: 'Acme Health Plan',
  start,
  end,
  years: null,
  relevant: true,
  setting: 'health-plan',
  lines: [],
});

describe('CareerTimeline', () => {
  it('draws one titled bar per dated role of a real fixture, in its colour, with a summary label', () => {
    const analysis = analyze(resumeText('overlapping-jobs.txt'), { today: TODAY });
    const root = mount(<CareerTimeline analysis={analysis} today={TODAY} />);
    const bars = [...root.querySelectorAll('[data-testid="timeline-bar"]')];
    const dated = analysis.roles.filter((r) => /\d{4}/.test(r.start));
    expect(bars.length).toBeGreaterThan(1);
    expect(bars).toHaveLength(dated.length);
    for (const [i, bar] of bars.entries()) {
      const title = bar.querySelector('title')?.textContent ?? '';
      const role = analysis.roles.find((r) => title.startsWith(r.title));
      expect(role, `bar ${i}: ${title}`).toBeDefined();
      expect(title).toContain(`${role?.start} – ${role?.end}`);
      expect(bar.getAttribute('class')).toContain(
        role?.relevant ? 'timeline__bar--plan' : 'timeline__bar--other',
      );
    }
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toMatch(/^Career timeline: \d+ dated roles/);
  });

  it('names the role in the caption when a bar is focused', () => {
    const root = mount(
      <CareerTimeline
        analysis={withRoles([
          plan('Claims Processor', '01/2016', '03/2019'),
          plan('Claims Examiner', '03/2019', 'present'),
        ])}
        today={TODAY}
      />,
    );
    const [, second] = root.querySelectorAll('[data-testid="timeline-bar"]');
    act(() => {
      second?.dispatchEvent(new FocusEvent('focus'));
    });
    expect(root.querySelector('.timeline__caption')?.textContent).toBe(
      'Claims Examiner at Acme Health Plan, 03/2019 – present: counted as health-plan work',
    );
  });

  it('lists roles without dates under the picture instead of placing them', () => {
    const root = mount(
      <CareerTimeline
        analysis={withRoles([
          plan('Claims Processor', '01/2016', '03/2019'),
          plan('Volunteer Navigator', '', ''),
        ])}
        today={TODAY}
      />,
    );
    expect(root.querySelectorAll('[data-testid="timeline-bar"]')).toHaveLength(1);
    expect(byTestId(root, 'timeline-undated').textContent).toContain('Volunteer Navigator');
  });

  it('draws nothing for a page without roles', () => {
    const root = mount(<CareerTimeline analysis={withRoles([])} today={TODAY} />);
    expect(root.querySelector('[data-testid="timeline"]')).toBeNull();
  });
});
