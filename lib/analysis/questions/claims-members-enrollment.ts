import type { QuestionsByLevel } from './schema';

export const CLAIMS_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'Walk me through what you check on a medical claim before it can be paid.',
      'Member eligibility on the date of service, the provider\u2019s network status, an authorization or referral where needed, codes that fit together, and duplicates.',
    ],
    [
      'A claim comes in and the member also has coverage through a spouse. What do you do?',
      'Recognises coordination of benefits: finds which plan pays first (for example the birthday rule) and pends or routes the claim to COB.',
    ],
    [
      'What is the difference between a CPT code and an ICD-10 code on a claim?',
      'CPT says what was done, ICD-10 says why; the diagnosis has to support the service billed.',
    ],
  ],
  mid: [
    [
      'How do you handle a claim that keeps denying on the same edit even though the provider says it is correct?',
      'Researches the edit, the contract and the fee schedule, tests whether the configuration is wrong, escalates with examples, and tracks the fix.',
    ],
    [
      'How would you find and recover an overpayment to a provider?',
      'Audit or data pattern to spot it, checks contract terms and timely-recovery limits, notifies the provider, offsets or collects, and documents it.',
    ],
    [
      'Which claim turnaround and prompt-pay rules have you worked under, and how did you keep to them?',
      'Names state prompt-pay or CMS timeliness rules, clean-claim definitions, and how aging reports and priorities kept the team inside them.',
    ],
  ],
  senior: [
    [
      'How have you led a claims team to better accuracy and turnaround at the same time?',
      'Set quality and production targets, root-cause work on errors, training and auto-adjudication gains, with numbers to show the change.',
    ],
    [
      'Tell me about a claims system change or configuration project you managed. What went wrong and how did you control it?',
      'Planned testing with real claim scenarios, parallel runs, provider communication and a rollback plan; owned the defects and the follow-up.',
    ],
    [
      'How do you build a payment-integrity program that recovers money without damaging provider relationships?',
      'Chooses pre- and post-pay edits on evidence, sets fair appeal paths, reports savings honestly and works with network management on provider impact.',
    ],
  ],
};

export const MEMBER_SERVICES_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'A member calls upset because a claim was denied. How do you handle the call?',
      'Listens, verifies identity under HIPAA, reads the denial reason from the EOB, explains it simply and offers the next step, including an appeal.',
    ],
    [
      'How would you explain a copay, a deductible and coinsurance to a new member?',
      'A fixed fee per visit, the amount paid before the plan shares costs, and a percentage share after that, with a short example.',
    ],
    [
      'What do you confirm before you discuss a member\u2019s claims with a caller?',
      'The caller\u2019s identity and authority (member, or authorised representative on file) before sharing any protected health information.',
    ],
  ],
  mid: [
    [
      'What does a call need for you to log it as a grievance or an appeal rather than an inquiry?',
      'An expression of dissatisfaction is a grievance; a request to review a denial is an appeal; both are logged at once because of their deadlines.',
    ],
    [
      'How do you help a member choose or change their primary care physician?',
      'Checks the provider directory and panel status, explains when the change takes effect and what it means for open referrals.',
    ],
    [
      'Tell me about a call you resolved that needed help from another department. How did you make sure it stayed resolved?',
      'Owns the case, hands off with full notes, follows up with the member and the other team, and closes the loop.',
    ],
  ],
  senior: [
    [
      'How have you raised a member services team\u2019s quality and first call resolution?',
      'Used call monitoring, coaching, knowledge-base fixes and root causes of repeat calls, and measured the results.',
    ],
    [
      'How would you prepare a call center for the annual enrollment period?',
      'Forecasting and staffing, training on new benefits, scripts reviewed for compliance, overflow plans and daily service-level tracking.',
    ],
    [
      'Member complaints about one issue are rising. How do you lead the response?',
      'Finds the pattern in grievance data, involves the owning department, fixes the cause, reports to the quality or compliance committee and tells members.',
    ],
  ],
};

export const ENROLLMENT_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'What information do you need to enroll a new member, and what do you do when some is missing?',
      'Identity, coverage start date, plan chosen, dependants and eligibility proof; pends the application and requests what is missing within the deadline.',
    ],
    [
      'How do you verify that a member is eligible on a given date?',
      'Checks the eligibility system or payer file for active coverage on that date, the plan and any termination or retro change.',
    ],
    [
      'What is open enrollment, and what can change outside it?',
      'The yearly window to join or change plans; outside it changes need a qualifying life event or special enrollment period.',
    ],
  ],
  mid: [
    [
      'An employer group\u2019s 834 file drops two hundred members by mistake. What do you do?',
      'Stops or reverses the terminations, confirms with the group, reconciles the file against the system, and checks claims and ID cards affected.',
    ],
    [
      'How do retroactive enrollment changes affect claims and premiums, and how do you handle them?',
      'Retro adds or terms can reprocess claims and change premiums; coordinates with claims and billing and follows the rules on how far back changes go.',
    ],
    [
      'What reconciliation have you done between the plan\u2019s enrollment and CMS or the state\u2019s records?',
      'Monthly membership or TRR reconciliation, researching discrepancies and submitting corrections on time.',
    ],
  ],
  senior: [
    [
      'How have you led an enrollment team through a new line of business or a system change?',
      'Planned file testing, staff training, reconciliation checks and a cutover plan, and tracked errors after go-live.',
    ],
    [
      'What controls would you put in place so enrollment errors do not reach claims or premiums?',
      'Automated file edits, daily error queues, reconciliation with finance, quality sampling and clear ownership of each exception.',
    ],
    [
      'How do you keep enrollment compliant with CMS or state rules as they change?',
      'Tracks guidance, updates procedures and letters, trains staff, audits samples and reports results to compliance.',
    ],
  ],
};
