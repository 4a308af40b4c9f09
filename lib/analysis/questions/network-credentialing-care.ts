import type { QuestionsByLevel } from './schema';

export const PROVIDER_NETWORK_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'A provider calls because the directory lists the wrong address. What do you do?',
      'Verifies the correct details with the provider, updates or routes the change to provider data, and confirms it is corrected.',
    ],
    [
      'What does it mean for a provider to be in-network, and how do you check it?',
      'They have a contract with the plan for that product; checks the provider system by NPI, location and line of business.',
    ],
    [
      'What questions do providers most often call about, and where do you find the answers?',
      'Claim status, payment rates, authorizations and network status; uses the claims system, fee schedules and provider manual.',
    ],
  ],
  mid: [
    [
      'How do you prepare for a contract negotiation with a physician group?',
      'Knows current rates against market and Medicare, the group\u2019s utilization and network needs, and the plan\u2019s limits before talking.',
    ],
    [
      'What is network adequacy, and how have you helped a plan meet it?',
      'Time, distance and appointment standards set by regulators; found gaps and recruited or contracted providers to close them.',
    ],
    [
      'How does capitation change a provider relationship compared with fee-for-service?',
      'The provider takes a fixed amount per member and the risk of use; needs accurate membership, encounter data and support on quality.',
    ],
  ],
  senior: [
    [
      'How have you led a network strategy for a new market or product?',
      'Set targets from membership and adequacy rules, prioritised key systems and groups, managed cost against access, and reported progress.',
    ],
    [
      'Tell me about a difficult contract renewal you led with a major health system.',
      'Prepared data and walk-away options, protected member access, involved leadership, and kept the relationship working after signing.',
    ],
    [
      'How do you move providers from fee-for-service towards value-based arrangements?',
      'Phased risk, shared-savings or capitation terms, data sharing and quality measures, and support for providers to succeed.',
    ],
  ],
};

export const CREDENTIALING_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'What do you check when a new physician applies to join the network?',
      'Licence, board certification, DEA, malpractice insurance and history, education, work history gaps and sanctions.',
    ],
    [
      'What is CAQH and how do you use it?',
      'A shared database where providers keep their credentialing data; pulls and reviews the application and attestation from it.',
    ],
    [
      'An application is missing a malpractice certificate. What do you do?',
      'Contacts the provider with a clear deadline, notes the file and keeps it pending until it is complete.',
    ],
  ],
  mid: [
    [
      'What is primary source verification, and which items need it?',
      'Confirming credentials with the issuing source, such as the licensing board or the board certification body, within NCQA time limits.',
    ],
    [
      'How do you keep recredentialing on schedule for thousands of providers?',
      'Tracks due dates well in advance, sends requests early, follows up and escalates before the three-year deadline passes.',
    ],
    [
      'What do you do when sanction screening turns up a hit on a network provider?',
      'Confirms the match, escalates to the committee or compliance, and follows policy on suspension and member notification.',
    ],
  ],
  senior: [
    [
      'How have you prepared a credentialing department for an NCQA or state audit?',
      'File audits against standards, policy updates, corrective actions and a clear evidence trail, led before the auditors arrived.',
    ],
    [
      'How would you oversee credentialing delegated to a large provider group?',
      'Delegation agreement, pre-delegation and annual audits, regular reports, and corrective action or revocation when standards are missed.',
    ],
    [
      'How have you cut credentialing turnaround without lowering standards?',
      'Process mapping, automation of verifications, workload balancing and measured cycle times, with quality checks kept in place.',
    ],
  ],
};

export const CARE_MANAGEMENT_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'What information do you collect when a provider\u2019s office calls for a prior authorization?',
      'Member and provider details, the service and codes, diagnosis, dates, setting and clinical notes, and whether it is urgent.',
    ],
    [
      'What is the difference between a referral and a prior authorization?',
      'A referral is the PCP sending the member to a specialist; a prior authorization is the plan approving a service before it happens.',
    ],
    [
      'A request is marked urgent. How does that change what you do?',
      'It has a much shorter decision deadline, so it goes to clinical review at once and is tracked to the clock.',
    ],
  ],
  mid: [
    [
      'Walk me through how you review an inpatient stay for medical necessity.',
      'Applies InterQual or MCG criteria to the clinical notes, checks level of care, sets the next review and refers to a medical director when criteria are not met.',
    ],
    [
      'How do you plan a discharge for a member with complex needs?',
      'Starts early, works with the hospital, family and providers on post-acute services, authorizations and follow-up visits.',
    ],
    [
      'Tell me about a member you case managed whose outcome improved. What did you do?',
      'A specific care plan with goals, barriers found and removed, coordination with providers, and a measurable result.',
    ],
  ],
  senior: [
    [
      'How have you led a utilization management team to meet CMS or state decision deadlines?',
      'Staffing to volume, daily tracking of turnaround, escalation paths, and audits of timeliness and notice letters.',
    ],
    [
      'Tell me about a care management program you designed or rebuilt. How did you measure it?',
      'Chose the population with data, set interventions and staffing, and tracked admissions, readmissions, cost and member outcomes.',
    ],
    [
      'How do you keep reviewers consistent in applying criteria?',
      'Inter-rater reliability testing, case reviews with medical directors, targeted training and criteria updates.',
    ],
  ],
};
