// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  datesOf,
  employerOf,
  outermost,
  roleFromLines,
  statedExperienceCount,
} from '../../../../lib/dom/linkedin/entry-lines';

describe('roleFromLines', () => {
  it('tells title, employer and dates apart, dropping what LinkedIn adds to them', () => {
    expect(
      roleFromLines(
        ['Claims Examiner', 'Summit Health · Full-time', 'Jan 2012 - May 2015 · 3 yrs 5 mos', 'Boise, Idaho'],
        ['Adjudicated claims.', '…see more'],
      ),
    ).toEqual({
      title: 'Claims Examiner',
      employer: 'Summit Health',
      dates: 'Jan 2012 - May 2015',
      description: ['Adjudicated claims.'],
    });
  });

  it('on a grouped company card, takes the employer from the card and skips the employment type', () => {
    expect(
      roleFromLines(
        ['Nurse Reviewer', 'Full-time', 'Feb 2019 - Present · 2 yrs'],
        [],
        'Evergreen Health Plan',
      ),
    ).toEqual({
      title: 'Nurse Reviewer',
      employer: 'Evergreen Health Plan',
      dates: 'Feb 2019 - Present',
      description: [],
    });
  });

  it('says masked when LinkedIn hid the title or the dates, and gives nothing for an undated entry', () => {
    expect(roleFromLines(['**********', 'Evergreen Health Plan', '*** **** - *** ****'], [])).toBe('masked');
    expect(roleFromLines(['Case Manager', 'Evergreen Health Plan', '*** **** - *** ****'], [])).toBe(
      'masked',
    );
    expect(roleFromLines(['Case Manager', 'Evergreen Health Plan'], [])).toBeNull();
    expect(roleFromLines([], [])).toBeNull();
  });
});

describe('line parts', () => {
  it('reads employers and dates out of LinkedIn lines', () => {
    expect(employerOf('Full-time · 7 yrs 11 mos')).toBeNull();
    expect(employerOf('Cascade Managed Care · Contract · Hybrid')).toBe('Cascade Managed Care');
    expect(datesOf('Feb 2022 - Present 2 years 2 months')).toBe('Feb 2022 - Present');
    expect(datesOf('Issued Jul 2018')).toBeNull();
  });

  it('counts the experiences a "Show all" link promises', () => {
    document.body.innerHTML =
      '<section><a href="/in/x/details/experience/">Show all 7 experiences →</a></section>';
    expect(statedExperienceCount(document.body)).toBe(7);
    document.body.innerHTML = '<section><a>Show all 3 educations</a></section>';
    expect(statedExperienceCount(document.body)).toBeNull();
  });

  it('keeps only the outermost entries below a root', () => {
    document.body.innerHTML =
      '<ul id="r"><li class="e" id="a"><ul><li class="e" id="b"></li></ul></li><li class="e" id="c"></li></ul>';
    const root = document.getElementById('r') as Element;
    expect(outermost(root, '.e').map((e) => e.id)).toEqual(['a', 'c']);
    const a = document.getElementById('a') as Element;
    expect(outermost(a, '.e').map((e) => e.id)).toEqual(['b']);
  });
});
