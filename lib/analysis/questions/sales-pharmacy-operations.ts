import type { QuestionsByLevel } from './schema';

export const MEDICARE_SALES_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'What can and can\u2019t you do when you talk to a Medicare beneficiary about a plan?',
      'Follows CMS marketing rules: a scope of appointment, no pressure or gifts beyond limits, no cold calling, and accurate plan comparisons.',
    ],
    [
      'How would you explain the difference between Original Medicare and Medicare Advantage?',
      'Original Medicare is the government plan with any provider; Medicare Advantage is a private plan covering the same and often more, usually within a network.',
    ],
    [
      'When can someone join or change a Medicare Advantage plan?',
      'Their initial enrollment period, the annual enrollment period in the autumn, the MA open enrollment period, or a special enrollment period.',
    ],
  ],
  mid: [
    [
      'How do you check that a plan suits a beneficiary before you enroll them?',
      'Reviews their doctors, drugs and pharmacies against the network and formulary, and costs they will pay, and documents the needs.',
    ],
    [
      'Tell me about a time you kept a member from leaving the plan.',
      'Found the reason for leaving, solved the service or coverage problem, and stayed within marketing rules.',
    ],
    [
      'What records do you keep to show a sale was compliant?',
      'Scope of appointment, recorded calls or signatures as required, the enrollment form and notes of what was explained.',
    ],
  ],
  senior: [
    [
      'How have you led a sales team through the annual enrollment period?',
      'Targets by channel and market, licensing and certification done in time, training, daily tracking and compliance monitoring of agents.',
    ],
    [
      'How do you manage broker and FMO channels so sales stay both strong and compliant?',
      'Contracts and compensation within CMS limits, onboarding and certification, secret shopping, complaint tracking and action on bad actors.',
    ],
    [
      'How would you cut rapid disenrollment in a Medicare Advantage book?',
      'Finds which agents and channels lose members early, fixes onboarding and welcome calls, and ties pay to retention.',
    ],
  ],
};

export const PHARMACY_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'A pharmacy says a prescription claim was rejected. How do you find out why?',
      'Reads the reject code: not covered, needs prior authorization, quantity limit, refill too soon or eligibility; explains the next step.',
    ],
    [
      'What is a formulary, and what does a drug\u2019s tier mean for the member?',
      'The plan\u2019s list of covered drugs; the tier sets the member\u2019s share of the cost.',
    ],
    [
      'What information do you need to start a pharmacy prior authorization?',
      'Member, drug, strength and quantity, prescriber, diagnosis and the drugs already tried.',
    ],
  ],
  mid: [
    [
      'How do step therapy and quantity limits work, and when are exceptions made?',
      'A cheaper drug first, limits per fill; exceptions on clinical evidence from the prescriber, decided within set times.',
    ],
    [
      'What is a Part D coverage determination, and what deadlines apply?',
      'A decision on covering a drug or an exception; standard and expedited decisions have short fixed deadlines.',
    ],
    [
      'How do you check that the PBM is paying pharmacy claims the way the plan designed the benefit?',
      'Compares claims against the benefit set-up, tests sample claims, audits pricing and reports discrepancies.',
    ],
  ],
  senior: [
    [
      'How have you overseen a PBM contract on the plan\u2019s side?',
      'Pricing and rebate guarantees, performance standards, audits, and regular reviews holding the PBM to the contract.',
    ],
    [
      'How do you control pharmacy cost trend without hurting member access?',
      'Formulary management, specialty drug programs, generics and biosimilars, and watching complaints and adherence.',
    ],
    [
      'Tell me about a formulary or benefit change you implemented across the plan.',
      'P&T approval, member and prescriber notices, transition fills, staff training and monitoring after the change.',
    ],
  ],
};

export const PLAN_OPERATIONS_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'Which departments of a health plan have you worked with, and how does work pass between them?',
      'Describes how enrollment, claims, member services and care management depend on each other, with an example.',
    ],
    [
      'How do you track your team\u2019s work so nothing misses its deadline?',
      'Work queues or reports, aging by due date, and raising items at risk early.',
    ],
    [
      'What operational reports have you prepared, and who used them?',
      'Volumes, turnaround and backlog reports, explaining what they showed and to whom.',
    ],
  ],
  mid: [
    [
      'Tell me about a process you improved in health plan operations. How did you measure it?',
      'Mapped the process, found the cause of delays or errors, made the change and showed the before-and-after figures.',
    ],
    [
      'How do you manage a vendor that runs part of a plan\u2019s operations?',
      'Service-level agreements, regular reports, audits and escalation, and oversight the regulators expect.',
    ],
    [
      'How do operations affect a plan\u2019s medical loss ratio and administrative cost?',
      'Accurate payment and authorization control medical cost; efficient processes keep administrative cost down.',
    ],
  ],
  senior: [
    [
      'How have you led health plan operations through a new line of business or a large membership increase?',
      'Readiness planning across departments, staffing and systems, regulator readiness reviews and tracking after launch.',
    ],
    [
      'How do you decide what to insource, outsource or automate?',
      'Cost, quality, control and regulatory risk compared on data, with a plan for oversight whichever way it goes.',
    ],
    [
      'How do you hold your managers to operating targets and budget?',
      'Clear KPIs and budgets per area, regular reviews, support to fix misses and accountability when they persist.',
    ],
  ],
};
