import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LINKEDIN_FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'pages', 'linkedin');

/** A saved LinkedIn page from the fixtures, parsed as the browser would (scripts never run). */
export function linkedInPage(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(LINKEDIN_FIXTURES, name), 'utf8'), 'text/html');
}

/** The same career written as a plain resume: what every layout must read the same as. */
export const RESUME = readFileSync(join(LINKEDIN_FIXTURES, 'dana-whitfield.resume.txt'), 'utf8');

/** The candidate's positions, as every layout must read them. */
export const ROLES = [
  { title: 'Utilization Management Manager', employer: 'Evergreen Health Plan', dates: 'Mar 2021 - Present' },
  { title: 'Utilization Review Nurse', employer: 'Evergreen Health Plan', dates: 'Feb 2019 - Mar 2021' },
  { title: 'Prior Authorization Specialist', employer: 'Cascade Managed Care', dates: 'Jun 2015 - Jan 2019' },
  { title: 'Claims Examiner', employer: 'Summit Health Insurance Company', dates: 'Jan 2012 - May 2015' },
  { title: 'Customer Service Representative', employer: 'Rose City Telecom', dates: 'Jun 2009 - Dec 2011' },
];

/** People who are not the candidate: the viewer in the nav bar, and the sidebars' "People also viewed". */
export const NOT_THE_CANDIDATE = [
  'Jordan Blake',
  'Morgan Reyes',
  'Priya Natarajan',
  'Luis Ortega',
  'Hannah Cole',
];
