import { describe, expect, it } from 'vitest';
import { extractRoles } from '../../../lib/analysis/roles';
import { briefRoles } from '../../support/role-brief';

const brief = briefRoles;

// Issue 13's layouts, each in lines made up for this test.
describe('role layouts from PDF-extracted resumes', () => {
  it('1: keeps a one-line header of any length as a role', () => {
    const text = [
      'Work History',
      'Senior Medicare Advantage Appeals and Grievances Resolution Case Coordinator , 04/2015 to 11/2019 Northwind Health Plan – Tacoma , WA',
      'Reviewed member appeals and drafted resolution letters within CMS timeframes.',
    ].join('\n');
    expect(brief(text)).toEqual([
      [
        'Senior Medicare Advantage Appeals and Grievances Resolution Case Coordinator',
        'Northwind Health Plan',
        2015,
        2019,
      ],
    ]);
  });

  it('2: finds the experience heading glued to the first role, after other headings', () => {
    const text = [
      'Skills',
      'Facets, QNXT, 8 years of experience in retail management',
      'Licenses',
      'State Life and Health Producer License',
      'Experience 05/2017 to Current',
      'Enrollment Specialist',
      'Harborview Health Plan – Eugene , OR',
      'Processed enrollment and disenrollment transactions for Medicaid members.',
    ].join('\n');
    expect(brief(text)).toEqual([['Enrollment Specialist', 'Harborview Health Plan', 2017, 'present']]);
  });

  it('3: gives a range glued to the end of a duty to the title below it', () => {
    const text = [
      'Experience',
      'Claims Examiner',
      'Lakeside Health Plan – Peoria , IL 10/2011 - 02/2016',
      'Adjudicated professional claims for commercial members in QNXT. 03/2007 - 09/2011 Riverbend Health Plan – Moline , IL',
      'Member Services Representative',
      'Answered member calls about benefits and eligibility.',
    ].join('\n');
    const roles = extractRoles(text);
    expect(brief(text)).toEqual([
      ['Claims Examiner', 'Lakeside Health Plan', 2011, 2016],
      ['Member Services Representative', 'Riverbend Health Plan', 2007, 2011],
    ]);
    expect(roles[0]?.text).toContain('Adjudicated professional claims for commercial members in QNXT.');
    expect(roles[1]?.text).not.toContain('Adjudicated');
  });

  it('4: reads wrapped fragments and unfamiliar duty verbs as duties, not new roles', () => {
    const text = [
      'Experience',
      'Eligibility Specialist 01/2016 - 12/2020',
      'Pinecrest Health Plan',
      'Keep member eligibility files current with the state Medicaid',
      'Unit.',
      'Research returned ID cards and update member addresses',
      'Initiate retro-eligibility requests for newborns',
      'Receive and Examine 834 enrollment files each morning',
      'Member correspondence and premium billing questions',
      'Claims Processor 03/2013 - 12/2015',
      'Pinecrest Health Plan',
      'Entered paper claims.',
    ].join('\n');
    const roles = extractRoles(text);
    expect(brief(text)).toEqual([
      ['Eligibility Specialist', 'Pinecrest Health Plan', 2016, 2020],
      ['Claims Processor', 'Pinecrest Health Plan', 2013, 2015],
    ]);
    expect(roles[0]?.text).toContain('Keep member eligibility files current with the state Medicaid Unit.');
    expect(roles[0]?.text).toContain('Member correspondence and premium billing questions');
  });

  it('several roles under one employer named once', () => {
    const text = [
      'Professional Experience',
      'Summit Care Health Plan, Boise, ID',
      'Appeals Supervisor Jan 2019 - Present',
      '• Supervised a team of 6 appeals coordinators',
      'Appeals Coordinator Mar 2015 - Dec 2018',
      '• Prepared case files for independent review',
    ].join('\n');
    expect(brief(text)).toEqual([
      ['Appeals Supervisor', 'Summit Care Health Plan', 2019, 'present'],
      ['Appeals Coordinator', 'Summit Care Health Plan', 2015, 2018],
    ]);
  });

  it('does not take a duty that mentions a date range for a role', () => {
    const text = [
      'Experience',
      'Claims Analyst, Lakeside Health Plan 2018 - 2022',
      '• Led the 2019 - 2020 migration of claims history to a new platform',
      '• Cut pended claims by 30%',
    ].join('\n');
    expect(brief(text)).toEqual([['Claims Analyst', 'Lakeside Health Plan', 2018, 2022]]);
  });

  it('says which lines each role came from', () => {
    const text =
      'Experience\nClaims Processor 03/2013 - 12/2015\nPinecrest Health Plan\nEntered paper claims.';
    expect(extractRoles(text)[0]?.lineNumbers).toEqual([1, 2, 3]);
  });

  it('keeps the closing bracket of an employer written with a parenthesis', () => {
    const text =
      'Experience\nCase Manager, Mesa Health (Medicaid and CHIP managed care organization) 2014 - 2019';
    expect(brief(text)).toEqual([
      ['Case Manager', 'Mesa Health (Medicaid and CHIP managed care organization)', 2014, 2019],
    ]);
  });

  it('joins a date range the page width split, and a title wrapped before its date line', () => {
    const text = [
      'Experience',
      'Eligibility Analyst, Harborview Health Plan |\t06/2022 –',
      'Eugene, OR\tPresent',
      '• Reconciled enrollment files',
      'Senior Medicare Pharmacy Network Reimbursement Strategy',
      'Consultant , 01/2016 to',
      '05/2022 Lakeside Health Plan – Peoria , IL',
      '• Negotiated pharmacy network rates',
    ].join('\n');
    expect(brief(text)).toEqual([
      ['Eligibility Analyst', 'Harborview Health Plan', 2022, 'present'],
      [
        'Senior Medicare Pharmacy Network Reimbursement Strategy Consultant',
        'Lakeside Health Plan',
        2016,
        2022,
      ],
    ]);
  });

  it('finds roles a two-column PDF put after the sidebar, keeping the title left under the heading', () => {
    const text = [
      'EXPERIENCE',
      'Appeals Coordinator',
      'jane.roe@example.com',
      'SKILLS',
      'Appeals',
      'EDUCATION',
      'Bachelor of Arts,',
      'University of Somewhere, 2012',
      '03/2016 - Present',
      'Logged member grievances and appeals.',
      'Grievance Clerk',
      'Lakeside Health Plan, Peoria, IL',
      '01/2013 - 02/2016',
      'Filed grievance letters.',
    ].join('\n');
    expect(brief(text).map(([title, , start]) => [title, start])).toEqual([
      ['Appeals Coordinator', 2016],
      ['Grievance Clerk', 2013],
    ]);
  });
});
