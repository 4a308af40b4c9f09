/**
 * Words outside the glossary that tell whether shared words (claims, case management, member services)
 * are about health plans. Kept as data so the judgement can be read and adjusted in one place.
 */
const HEALTH_CUES =
  /\b(?:health ?plans?|health insurance|health ?care|healthcare|medical|patients?|physicians?|providers?|hospitals?|clinical|clinics?|nurs(?:e|es|ing)|pharmac(?:y|ies|ist)|dental|vision|behavioral health|medi-cal|diagnos(?:is|es|tic)|treatments?|prescriptions?|enrollees?|beneficiar(?:y|ies)|members? (?:benefits|eligibility|claims|inquiries|calls|enrollment|id cards?)|plan members?|coverage|benefits? (?:plans?|inquiries))\b/i;

/** Health plans and other managed-care employers a resume may name. */
const HEALTH_PLAN_EMPLOYERS =
  /\b(?:aetna|cigna|humana|kaiser(?: permanente)?|anthem|elevance|molina|centene|wellcare|health ?net|unitedhealth(?:care| ?group)?|united ?health ?(?:care|group)|optum|highmark|carefirst|blue ?cross|blue ?shield|bcbs|premera|regence|oscar health|ambetter|amerigroup|caresource|l\.?a\.? care|inland empire health plan|iehp|healthfirst|emblemhealth|fidelis|scan health|alignment health|clover health|devoted health|bright health|medica|harvard pilgrim|tufts health|priority health|geisinger health plan|independence blue|florida blue|excellus|capital blue|wellpoint|magellan|evolent|evernorth|express scripts|caremark|cvs health|delta dental|prime therapeutics|health alliance|medicaid health plan|health plan)\b/i;

/** Settings where the shared words mean something else: P&C insurance, pensions, social services. */
const OTHER_FIELD_CUES =
  /\b(?:property (?:and|&) casualty|p&c|auto(?:mobile)? (?:claims?|insurance|physical damage)|casualty|homeowners?|vehicles?|collisions?|bodily injury|total loss(?:es)?|liability claims|catastrophes?|cat claims|storm damage|policyholders?|pensions?|retirement|401\(?k\)?|credit unions?|banking|gyms?|fitness|homeless(?:ness)?|foster care|child welfare|shelters?|housing assistance|probation|parole|juvenile|reentry|snap benefits|food stamps|tenants?)\b/i;

export function hasHealthCue(text: string): boolean {
  return HEALTH_CUES.test(text) || HEALTH_PLAN_EMPLOYERS.test(text);
}

export function namesHealthPlanEmployer(text: string): boolean {
  return HEALTH_PLAN_EMPLOYERS.test(text);
}

function hasOtherFieldCue(text: string): boolean {
  return OTHER_FIELD_CUES.test(text);
}

/** Whether shared words (claims, case management) on this text are about health care. */
export function isHealthSetting(text: string): boolean {
  return hasHealthCue(text) && !hasOtherFieldCue(text);
}
