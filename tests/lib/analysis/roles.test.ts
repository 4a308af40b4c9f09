import { describe, expect, it } from 'vitest';
import { extractRoles } from '../../../lib/analysis/roles';

function summary(text: string) {
  return extractRoles(text).map((r) => ({
    title: r.title,
    employer: r.employer,
    start: r.start,
    end: r.end,
  }));
}

describe('roles', () => {
  it('reads title, employer and dates from one line', () => {
    expect(
      summary('EXPERIENCE\nClaims Examiner, Aetna, Hartford, CT    Jan 2018 – Present\n• Adjudicated claims'),
    ).toEqual([{ title: 'Claims Examiner', employer: 'Aetna', start: { year: 2018, month: 0 }, end: null }]);
  });

  it('keeps "Manager, Provider Network" as one title', () => {
    expect(
      summary('Experience\nManager, Provider Network\nHealth Net, Woodland Hills, CA\n2014 - 2018'),
    ).toEqual([
      {
        title: 'Manager, Provider Network',
        employer: 'Health Net',
        start: { year: 2014, month: null },
        end: { year: 2018, month: null },
      },
    ]);
  });

  it('reads dates on their own line after the bullets (PDF text)', () => {
    const text = [
      'Experience',
      'Enrollment Specialist',
      'CareSource',
      'Processed enrollment files',
      'and corrected member records',
      'Mar 2020 - Present',
      'Claims Processor',
      'Anthem',
      'Adjudicated medical claims',
      'Jan 2017 - Feb 2020',
    ].join('\n');
    expect(summary(text).map((r) => [r.title, r.employer, r.start.year])).toEqual([
      ['Enrollment Specialist', 'CareSource', 2020],
      ['Claims Processor', 'Anthem', 2017],
    ]);
  });

  it('reads dates on their own line before the title (LinkedIn text)', () => {
    const text = [
      'Experience',
      'Jan 2018 - Present · 8 yrs 11 mos',
      'Provider Relations Representative',
      'Highmark Inc. · Full-time',
      'Pittsburgh, Pennsylvania',
      'Educated providers',
      'Apr 2015 - Dec 2017 · 2 yrs 9 mos',
      'Customer Service Representative',
      'Comcast',
    ].join('\n');
    expect(summary(text).map((r) => [r.title, r.employer, r.start.year])).toEqual([
      ['Provider Relations Representative', 'Highmark Inc.', 2018],
      ['Customer Service Representative', 'Comcast', 2015],
    ]);
  });

  it('splits compact listings with no bullets', () => {
    const text = [
      'Work History',
      'Claims Examiner',
      'Cigna',
      '2019 - 2021',
      'Claims Clerk',
      'Cigna',
      '2017 - 2019',
    ].join('\n');
    expect(summary(text).map((r) => [r.title, r.employer, r.start.year])).toEqual([
      ['Claims Examiner', 'Cigna', 2019],
      ['Claims Clerk', 'Cigna', 2017],
    ]);
  });

  it('ignores dates in education, certification and summary sections', () => {
    const text = [
      'Summary',
      'Worked from 2010 to 2012 abroad',
      'Education',
      'B.S., Biology, 2010 - 2014',
      'Certifications',
      'CPC, 2016 - 2026',
      'Experience',
      'Biller, Mercy Clinic  2015 - 2016',
    ].join('\n');
    expect(summary(text).map((r) => r.title)).toEqual(['Biller']);
  });

  it('skips degree blocks when the resume has no headings', () => {
    const text = 'Bachelor of Science, Ohio State University 2008 - 2012\nClaims Analyst, Humana 2013 - 2015';
    expect(summary(text).map((r) => r.title)).toEqual(['Claims Analyst']);
  });

  it('finds nothing without date ranges', () => {
    expect(summary('Experience\nClaims Examiner, Aetna\n• Adjudicated claims')).toEqual([]);
    expect(summary('')).toEqual([]);
  });

  it('keeps the line numbers of each role', () => {
    const roles = extractRoles(
      'Experience\nBiller, Mercy Clinic  2015 - 2016\n• Billed claims\n\nEducation\nBA',
    );
    expect(roles[0]?.lineNumbers).toEqual([1, 2]);
  });
});
