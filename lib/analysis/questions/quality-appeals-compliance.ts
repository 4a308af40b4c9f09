import type { QuestionsByLevel } from './schema';

export const QUALITY_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'What is HEDIS, and what does a medical record review for it involve?',
      'A standard set of quality measures; finds proof in the chart that a service such as a screening was done within the measure\u2019s rules.',
    ],
    [
      'How do you make sure your chart abstraction is accurate?',
      'Follows the measure specifications exactly, documents where evidence was found, and takes part in over-reads.',
    ],
    [
      'What is a gap in care, and how can a member be helped to close it?',
      'A recommended service the member has not had; outreach, reminders and help booking the visit.',
    ],
  ],
  mid: [
    [
      'Which HEDIS or Star measures have you worked on, and what moved them?',
      'Names measures, the data sources used (claims, supplemental data, records) and interventions that raised the rate.',
    ],
    [
      'How do CAHPS and member experience affect a plan\u2019s Star Ratings?',
      'Survey results carry heavy weight; knows which experiences drive them and how the plan can improve access and service.',
    ],
    [
      'How do you check that supplemental data submitted for HEDIS will hold up in the audit?',
      'Source documentation, primary source verification for the data stream, and following the auditor\u2019s requirements.',
    ],
  ],
  senior: [
    [
      'How have you led a Star Ratings or HEDIS improvement strategy across departments?',
      'Chose measures by impact, set owners and targets, built provider and member programs, and reported progress to leadership.',
    ],
    [
      'Tell me about preparing a plan for NCQA accreditation.',
      'Gap assessment against standards, work plans with owners, document preparation and mock file reviews before submission.',
    ],
    [
      'How do you get providers to take part in quality programs?',
      'Gap lists, incentives tied to measures, practice support and regular performance reports.',
    ],
  ],
};

export const APPEALS_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'What is the difference between an appeal and a grievance?',
      'An appeal asks the plan to reconsider a decision to deny or limit coverage; a grievance is a complaint about service or care.',
    ],
    [
      'What goes into an appeal case file?',
      'The request, the original decision and notice, claims or authorization records, clinical records and all communication with dates.',
    ],
    [
      'Why do appeal deadlines matter so much?',
      'Regulators set strict decision times, expedited ones in hours; missing them can mean automatic forwarding, penalties or audit findings.',
    ],
  ],
  mid: [
    [
      'How do you decide whether an appeal should be expedited?',
      'When waiting the standard time could seriously harm the member\u2019s health, or a physician says so; then the short clock applies.',
    ],
    [
      'What happens to a Medicare Advantage appeal the plan upholds?',
      'It goes to the independent review entity automatically for a Part C reconsideration, with the case file sent on time.',
    ],
    [
      'How do you write a resolution letter a member can understand?',
      'Plain language, the specific reason and rule, what was reviewed, and the member\u2019s further appeal rights.',
    ],
  ],
  senior: [
    [
      'How have you led an appeals and grievances department so it stays ready for a CMS audit?',
      'Universe reporting checked monthly, timeliness tracking, letter templates approved, file audits and mock CMS audits.',
    ],
    [
      'How do you use appeal and grievance data to fix problems elsewhere in the plan?',
      'Trends overturned denials and complaints by cause, reports them to the owning departments and committees, and checks fixes worked.',
    ],
    [
      'Volumes double after a benefit change. How do you keep decisions on time?',
      'Quick staffing and overtime plans, prioritising by deadline, cross-training and telling leadership early about the cause.',
    ],
  ],
};

export const COMPLIANCE_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'What is protected health information, and how do you keep it safe in daily work?',
      'Health details that identify a person; minimum necessary use, secure sending, verifying callers and reporting slips.',
    ],
    [
      'What would you do if you noticed something that might be fraud, waste or abuse?',
      'Reports it through the compliance hotline or to the SIU without investigating alone, and documents what was seen.',
    ],
    [
      'How do you keep track of regulatory deadlines assigned to you?',
      'A tracker or calendar with owners and due dates, early reminders and confirming each submission.',
    ],
  ],
  mid: [
    [
      'How do you prepare the plan for a CMS program audit or a state review?',
      'Universes pulled and validated, mock tracer sessions, document requests tracked, and weak areas fixed before the audit.',
    ],
    [
      'What does oversight of a delegated vendor involve?',
      'A contract with required terms, regular reports and audits, monitoring against standards and corrective action plans when they miss.',
    ],
    [
      'How do you write a corrective action plan that will satisfy a regulator?',
      'The root cause, specific actions with owners and dates, and a way to prove the fix holds.',
    ],
  ],
  senior: [
    [
      'How have you built or run a Medicare or Medicaid compliance program?',
      'The seven elements: policies, an officer and committee, training, open lines, auditing and monitoring, discipline and response.',
    ],
    [
      'How do you get operational leaders to own compliance rather than leave it to you?',
      'Shared metrics, risk assessments with each area, regular reporting to the committee and clear accountability.',
    ],
    [
      'Tell me about a serious compliance finding you managed from discovery to closure.',
      'Assessed impact, self-disclosed where required, fixed the cause, remediated members and monitored afterwards.',
    ],
  ],
};
