import { namesHealthPlanEmployer } from './health-context';

/**
 * Which side of health care a role was on. The level counts years working for a health plan or another
 * payer-side organisation (TPA, PBM, managed-care vendor), as the seeds define it; billing a plan from a
 * hospital or a physician's office is provider-side work: useful background, but not payer years.
 */
export type RoleSetting = 'health-plan' | 'provider' | 'other';

const PROVIDER_EMPLOYER =
  /\b(?:hospitals?|medical cent(?:er|re)|health ?care system|health system|clinics?|physicians?|medical group|medical associates|(?:family|internal|sports) medicine|pediatrics|orthopa?edics?|cardiology|oncology|dermatology|radiology|imaging|urgent care|surgery cent(?:er|re)|surgical|practice|nursing (?:home|facility)|skilled nursing|rehab(?:ilitation)?|home health|hospice|dental|laborator(?:y|ies)|pharmacy|health cent(?:er|re))\b/i;
const PROVIDER_TITLE =
  /\b(?:patient (?:account|access|financial|registration|services?)|medical (?:biller|billing|office|receptionist|coder)|billing (?:specialist|coordinator|clerk|representative)|front desk|charge (?:entry|capture)|revenue cycle|physician office|insurance follow[- ]?up|a\/r (?:specialist|representative))\b/i;
const PROVIDER_WORK =
  /\b(?:bill(?:ed|ing)? (?:insurance|payers?|carriers?|health plans?|third[- ]party)|(?:submitted|submit) claims to|insurance follow[- ]?up|patient (?:accounts?|balances?|statements?|registration)|payment posting|charge entry|(?:hospital|clinic|practice)'?s? (?:accounts|billing|revenue))\b/i;

export interface SettingInput {
  title: string;
  employer: string | null;
  text: string;
  /** Whether the role's words carry enough health-plan substance to count (relevance score). */
  managedCareSubstance: boolean;
}

/** The role's setting, and in a few words why, for the evidence line. */
export function roleSetting({ title, employer, text, managedCareSubstance }: SettingInput): {
  setting: RoleSetting;
  why: string;
} {
  if (employer && namesHealthPlanEmployer(employer)) return { setting: 'health-plan', why: 'a health plan' };
  // A role with no managed-care substance is other work wherever it was: the provider note is for roles
  // that would otherwise have counted.
  if (!managedCareSubstance) return { setting: 'other', why: '' };
  if (employer && PROVIDER_EMPLOYER.test(employer))
    return { setting: 'provider', why: `${employer} is a care provider, not a health plan` };
  if (PROVIDER_TITLE.test(title)) return { setting: 'provider', why: `${title} is provider-side work` };
  if (PROVIDER_WORK.test(text) && !namesHealthPlanEmployer(title))
    return { setting: 'provider', why: 'the work billed health plans from the provider side' };
  return { setting: 'health-plan', why: '' };
}
