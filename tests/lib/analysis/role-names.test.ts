import { describe, expect, it } from 'vitest';
import { titleAndEmployer } from '../../../lib/analysis/role-names';
import { briefRoles } from '../../support/role-brief';

const brief = briefRoles;

describe('executive ranks are titles, not state abbreviations', () => {
  it('keeps "VP, Health Plan Operations" whole, on its own line above the employer', () => {
    const text = [
      'Experience',
      'VP, Health Plan Operations',
      'Northwind Health Plan, Dayton, OH',
      '2019 - Present',
      'Lead claims, enrollment and member services for 400,000 members.',
    ].join('\n');
    expect(brief(text)).toEqual([['VP, Health Plan Operations', 'Northwind Health Plan', 2019, 'present']]);
  });

  it.each([
    [
      'SVP, Medicaid Operations | Molina Healthcare | 2018 - 2022',
      'SVP, Medicaid Operations',
      'Molina Healthcare',
    ],
    ['AVP, Claims\nAetna | Hartford, CT | 2015 - 2018', 'AVP, Claims', 'Aetna'],
    [
      'EVP, Government Programs, Centene Corporation, St. Louis, MO, 2012 - 2015',
      'EVP, Government Programs',
      'Centene Corporation',
    ],
    ['Director, Claims\nHumana, Louisville, KY\n2010 - 2012', 'Director, Claims', 'Humana'],
  ])('reads %j', (header, title, employer) => {
    expect(brief(`Experience\n${header}`).map(([t, e]) => [t, e])).toEqual([[title, employer]]);
  });
});

describe('real state abbreviations still end a place', () => {
  it('drops "Dayton, OH" and "Springfield , IL" as places', () => {
    expect(titleAndEmployer(['Claims Examiner, Acme Health – Dayton, OH'])).toEqual({
      title: 'Claims Examiner',
      employer: 'Acme Health',
    });
    expect(
      brief('Experience\nClaims Examiner, 03/2009 to 08/2012 Acme Health – Springfield , IL').map(
        ([t, e]) => [t, e],
      ),
    ).toEqual([['Claims Examiner', 'Acme Health']]);
  });

  it('tells "VA" the employer (Veterans Affairs) from "VA" the state (Virginia)', () => {
    expect(titleAndEmployer(['Benefits Clerk | VA | Richmond, VA'])).toEqual({
      title: 'Benefits Clerk',
      employer: 'VA',
    });
    expect(titleAndEmployer(['Claims Examiner, Anthem, Richmond, VA'])).toEqual({
      title: 'Claims Examiner',
      employer: 'Anthem',
    });
  });

  it('reads a two-letter word that is no state as part of the title: "Director, QA"', () => {
    expect(titleAndEmployer(['Director, QA', 'Northwind Health Plan'])).toEqual({
      title: 'Director, QA',
      employer: 'Northwind Health Plan',
    });
  });
});
