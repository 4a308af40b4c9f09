import type { QuestionsByLevel } from './schema';

/** About HMOs and health plans whatever the specialty: models, referrals, networks, rules. */
export const GENERAL_QUESTIONS: QuestionsByLevel = {
  junior: [
    [
      'A member asks why they must see their primary care doctor before a dermatologist. What do you tell them?',
      'In an HMO the PCP coordinates care and gives the referral for specialists; explains it plainly and says what the member should do next.',
    ],
    [
      'What changes for an HMO member between an in-network and an out-of-network provider?',
      'In-network care is covered at the plan\u2019s rates; out-of-network care is generally not covered except emergencies or an approved exception.',
    ],
  ],
  mid: [
    [
      'How does an HMO differ from a PPO, for the member and for the plan?',
      'HMO: a PCP, referrals and network-only care at lower cost; PPO: more freedom at a higher cost. Sees how the plan controls cost through its network and authorizations.',
    ],
    [
      'Staff, group, IPA or network model: which HMO models have you worked with, and how did the model change your day-to-day work?',
      'Knows who employs or contracts the physicians and how they are paid, and gives a concrete way it shaped claims, referrals or provider contact.',
    ],
  ],
  senior: [
    [
      'Tell me about an HMO program or protocol you introduced. How did you bring the staff along, and how did you know it worked?',
      'Led the change end to end: the rules it had to meet, the training plan, and metrics measured before and after.',
    ],
    [
      'A member needs a specialist the network cannot offer in time. How should your teams handle it, and what would you put in place so it is handled the same way every time?',
      'Describes network exceptions or single-case agreements, network adequacy duties and deadlines, and a written policy with staff guidance and tracking.',
    ],
  ],
};
