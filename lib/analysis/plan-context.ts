import type { PlanContext, PlanContextId } from './schema';
import { formsTest } from './written-forms';

interface PlanContextRule {
  id: PlanContextId;
  label: string;
  /** How a search names the line of business. */
  forms: readonly string[];
  /** How resumes mention it. */
  shownBy: readonly string[];
}

/** Lines of business a health-plan candidate works in; the search pairs the candidate's own with the titles. */
const PLAN_CONTEXTS: readonly PlanContextRule[] = [
  {
    id: 'medicare-advantage',
    label: 'Medicare Advantage',
    forms: ['Medicare Advantage', 'MAPD'],
    shownBy: ['Medicare Advantage', 'MAPD', 'MA-PD', 'Medicare Part C'],
  },
  {
    id: 'part-d',
    label: 'Part D',
    forms: ['Part D', 'PDP'],
    shownBy: ['Part D', 'PDP', 'prescription drug plan'],
  },
  {
    id: 'medicaid',
    label: 'Medicaid managed care',
    forms: ['Medicaid'],
    shownBy: ['Medicaid', 'Medi-Cal', 'MassHealth', 'TennCare', 'AHCCCS', 'CHIP', 'managed Medicaid'],
  },
  {
    id: 'dual-eligible',
    label: 'Dual eligible',
    forms: ['D-SNP', 'dual eligible', 'Special Needs Plan'],
    shownBy: ['D-SNP', 'DSNP', 'dual eligible', 'duals', 'Special Needs Plan', 'SNP', 'MMP'],
  },
  {
    id: 'commercial',
    label: 'Commercial HMO/PPO',
    forms: ['HMO', 'Health Maintenance Organization', 'PPO'],
    shownBy: [
      'HMO',
      'Health Maintenance Organization',
      'PPO',
      'EPO',
      'commercial',
      'employer group',
      'self-funded',
    ],
  },
  {
    id: 'marketplace',
    label: 'ACA marketplace',
    forms: ['ACA marketplace', 'health insurance marketplace'],
    shownBy: [
      'ACA marketplace',
      'health insurance marketplace',
      'health insurance exchange',
      'Covered California',
      'Ambetter',
    ],
  },
];

const tests = PLAN_CONTEXTS.map((rule) => ({ rule, shown: formsTest(rule.shownBy) }));

/** Medicaid programs known by a state's own name: searching for the name finds that state's people too. */
const STATE_MEDICAID_NAMES = ['Medi-Cal', 'MassHealth', 'TennCare', 'AHCCCS', 'SoonerCare', 'MO HealthNet'];

/** The lines of business the candidate's health-plan work mentions, in the table's order. */
export function findPlanContexts(workText: string): PlanContext[] {
  return tests
    .filter(({ shown }) => shown.test(workText))
    .map(({ rule }) => {
      const forms = [...rule.forms];
      if (rule.id === 'medicaid') {
        for (const name of STATE_MEDICAID_NAMES) if (formsTest([name]).test(workText)) forms.push(name);
      }
      return { id: rule.id, label: rule.label, forms };
    });
}
