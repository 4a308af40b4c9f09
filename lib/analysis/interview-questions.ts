import type { InterviewQuestion, Level } from './schema';

/** The seeds' interview questions, with what a strong answer contains. */
export const INTERVIEW_QUESTIONS: readonly InterviewQuestion[] = [
  {
    level: 'senior',
    specialty: null,
    question:
      'How would you handle a situation where a member is requesting coverage for an out-of-network provider?',
    expectedAnswer:
      'Knows the HMO policy and why the network is restricted, walks through the exception process, and communicates clearly with both the member and the provider while staying compliant.',
  },
  {
    level: 'senior',
    specialty: null,
    question: 'What experience do you have with implementing new HMO protocols or programs?',
    expectedAnswer:
      'Has led change: names the regulations involved, how staff were trained, and the metrics used to show the program worked.',
  },
  {
    level: 'mid',
    specialty: null,
    question: 'Explain the difference between HMO and PPO plans.',
    expectedAnswer:
      'HMOs need a primary care physician referral and in-network care; PPOs give more freedom at a higher cost. Can weigh the pros and cons of each.',
  },
  {
    level: 'mid',
    specialty: null,
    question: 'How do you ensure compliance with state and federal regulations in HMO operations?',
    expectedAnswer:
      'Knows the basic healthcare regulations and compliance requirements, and describes keeping proper documentation and following procedures.',
  },
  {
    level: 'junior',
    specialty: null,
    question: 'What is the role of a Primary Care Physician (PCP) in an HMO?',
    expectedAnswer:
      'The PCP is the member\u2019s main point of contact and gives the referrals needed to see specialists: a basic grasp of how an HMO is structured.',
  },
  {
    level: 'junior',
    specialty: null,
    question: 'How would you explain HMO benefits to a new member?',
    expectedAnswer:
      'Explains network rules, the referral process and basic coverage simply and clearly, without jargon.',
  },
];

/** Questions for the suggested level; all of them when the level is unknown. */
export function questionsFor(level: Level): InterviewQuestion[] {
  return INTERVIEW_QUESTIONS.filter((q) => level === 'unknown' || q.level === level);
}
