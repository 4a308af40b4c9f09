import type { TermInput } from './schema';

/**
 * The built-in managed-care glossary. Definitions are written for recruiters, in plain words, and are our
 * own: facts from public glossaries, not their sentences. Validated by `GlossarySchema` in `./index.ts`.
 */
export const TERMS: TermInput[] = [
  // ── Plan types ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'hmo',
    term: 'HMO',
    aliases: ['Health Maintenance Organization', 'Healthcare Maintenance Organization'],
    category: 'plan-type',
    specificity: 'high',
    definition:
      'Health Maintenance Organization: a plan that covers care only from its own network of doctors and hospitals (emergencies aside). Members pick a primary care doctor who must refer them before they see a specialist. Lower costs in exchange for less choice.',
  },
  {
    id: 'ppo',
    term: 'PPO',
    aliases: ['Preferred Provider Organization'],
    category: 'plan-type',
    specificity: 'high',
    definition:
      'Preferred Provider Organization: a plan with a network of preferred providers that still pays part of the bill outside it. No referral needed to see a specialist. More freedom than an HMO, usually at a higher premium and cost per visit.',
  },
  {
    id: 'epo',
    term: 'EPO',
    aliases: ['Exclusive Provider Organization'],
    category: 'plan-type',
    specificity: 'high',
    definition:
      'Exclusive Provider Organization: like a PPO in that members can see specialists without a referral, but like an HMO in that care outside the network is not covered except in emergencies.',
  },
  {
    id: 'pos-plan',
    term: 'POS plan',
    aliases: ['point-of-service plan'],
    category: 'plan-type',
    specificity: 'high',
    definition:
      'Point-of-service plan: a hybrid of HMO and PPO. Members have a primary care doctor and referrals inside the network, but may go out of network and pay a bigger share of the cost.',
  },
  {
    id: 'managed-care',
    term: 'Managed care',
    aliases: ['managed care plan', 'managed healthcare', 'managed health care'],
    category: 'plan-type',
    specificity: 'high',
    definition:
      'The umbrella name for health plans that control cost and quality by contracting with a network of providers and steering how members use care (referrals, prior approval, case management). HMOs, PPOs and EPOs are all managed care.',
  },
  {
    id: 'mco',
    term: 'MCO',
    aliases: ['managed care organization', 'managed care organisation'],
    category: 'plan-type',
    specificity: 'high',
    definition:
      'Managed care organization: a company that runs managed care plans. The term is used especially for the private plans that states pay to run Medicaid for their residents.',
  },
  {
    id: 'health-plan',
    term: 'Health plan',
    aliases: ['health insurance plan', 'health insurer', 'health insurance company'],
    category: 'plan-type',
    specificity: 'medium',
    definition:
      'The organization (or the product) that insures members and pays for their care, as opposed to the providers who deliver it. "Payer" means the same thing in industry speech.',
  },
  {
    id: 'payer',
    term: 'Payer',
    aliases: ['payor', 'healthcare payer', 'health care payer'],
    category: 'plan-type',
    specificity: 'shared',
    notAfter: ['tax', 'rate'],
    definition:
      'Industry word for whoever pays the medical bill: a health plan, an employer that self-funds, Medicare or Medicaid. "Payer side" experience means working for the plan rather than for a hospital or clinic.',
  },
  {
    id: 'hdhp',
    term: 'HDHP',
    aliases: ['high-deductible health plan'],
    category: 'plan-type',
    specificity: 'medium',
    definition:
      'High-deductible health plan: lower premiums, but members pay more out of pocket before coverage starts. Usually paired with a health savings account (HSA).',
  },
  {
    id: 'hsa',
    term: 'HSA',
    aliases: ['health savings account'],
    category: 'coverage',
    specificity: 'medium',
    definition:
      'Health savings account: a tax-advantaged savings account, owned by the member, for medical expenses. Only available with a high-deductible health plan; the balance carries over year to year.',
  },
  {
    id: 'fsa',
    term: 'Flexible spending account',
    aliases: ['flexible spending arrangement'],
    category: 'coverage',
    specificity: 'medium',
    definition:
      'An employer-sponsored account that sets aside pre-tax pay for medical costs. Unlike an HSA it belongs to the employer plan, and most unused money is lost at the end of the year.',
  },
  {
    id: 'hra',
    term: 'Health reimbursement arrangement',
    aliases: ['health reimbursement account'],
    category: 'coverage',
    specificity: 'medium',
    definition:
      'An employer-funded account that repays employees for approved medical costs. Only the employer puts money in, and the employer sets the rules.',
  },
  {
    id: 'indemnity-plan',
    term: 'Indemnity plan',
    aliases: ['indemnity insurance', 'traditional indemnity'],
    category: 'plan-type',
    specificity: 'medium',
    definition:
      'Old-style insurance with no network: members see any provider and the plan repays a share of the bill. The opposite of managed care, and now uncommon.',
  },
  {
    id: 'medigap',
    term: 'Medigap',
    aliases: ['Medicare Supplement', 'Medicare supplement insurance', 'Medicare supplement plan'],
    category: 'plan-type',
    specificity: 'high',
    definition:
      'Private insurance sold to people with Original Medicare to pay the costs Medicare leaves behind, such as deductibles and coinsurance. It cannot be combined with a Medicare Advantage plan.',
  },
  {
    id: 'snp',
    term: 'Special Needs Plan',
    aliases: ['D-SNP', 'C-SNP', 'I-SNP', 'dual special needs plan'],
    category: 'plan-type',
    specificity: 'high',
    definition:
      'A Medicare Advantage plan limited to one group: people eligible for both Medicare and Medicaid (D-SNP), people with certain chronic conditions (C-SNP) or people living in institutions (I-SNP). Benefits and care coordination are tailored to them.',
  },
  {
    id: 'pace',
    term: 'PACE program',
    aliases: ['Program of All-Inclusive Care for the Elderly'],
    category: 'plan-type',
    specificity: 'high',
    definition:
      'A Medicare and Medicaid program for frail older adults who would otherwise need a nursing home. One team provides and coordinates all their care, often from a day center, so they can keep living at home.',
  },

  // ── HMO models ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'staff-model',
    term: 'Staff model',
    aliases: ['staff model HMO'],
    category: 'hmo-model',
    specificity: 'high',
    definition:
      'An HMO whose doctors are its own salaried employees, working in buildings the HMO runs and seeing only its members. The tightest form of HMO and a closed panel.',
  },
  {
    id: 'group-model',
    term: 'Group model',
    aliases: ['group model HMO'],
    category: 'hmo-model',
    specificity: 'shared',
    notAfter: ['mixed', 'linear', 'statistical'],
    definition:
      'An HMO that pays one physician group as a whole, which then decides how to pay its own doctors. The group treats the HMO\u2019s members only, so it is a closed panel.',
  },
  {
    id: 'network-model',
    term: 'Network model',
    aliases: ['network model HMO'],
    category: 'hmo-model',
    specificity: 'shared',
    notAfter: [
      'neural',
      'deep',
      'graph',
      'bayesian',
      'computer',
      'social',
      'osi',
      'tcp',
      'data',
      'transformer',
    ],
    definition:
      'An HMO that contracts with several physician groups, IPAs and individual doctors rather than one group. The most common HMO model today; the contracted doctors usually also see patients from other plans.',
  },
  {
    id: 'ipa',
    term: 'IPA',
    aliases: ['Independent Practice Association', 'Independent Physician Association', 'IPA model'],
    category: 'hmo-model',
    specificity: 'high',
    definition:
      'Independent Practice Association: independent doctors who keep their own offices but band together to contract with HMOs. It is an open panel: members of the IPA also treat patients who are not in the HMO.',
  },
  {
    id: 'direct-contract-model',
    term: 'Direct contract model',
    aliases: ['direct contract HMO'],
    category: 'hmo-model',
    specificity: 'high',
    definition:
      'An HMO that contracts with individual doctors one by one, with no IPA or medical group in between.',
  },
  {
    id: 'mixed-model',
    term: 'Mixed-model HMO',
    aliases: [],
    category: 'hmo-model',
    specificity: 'high',
    definition:
      'An HMO that combines two or more models, for example its own staff doctors plus contracted IPAs.',
  },
  {
    id: 'closed-panel',
    term: 'Closed panel',
    aliases: ['closed-panel HMO', 'closed panel plan'],
    category: 'hmo-model',
    specificity: 'high',
    definition:
      'A set-up in which the HMO\u2019s doctors see only that HMO\u2019s members. Staff and group model HMOs are closed panels.',
  },
  {
    id: 'open-panel',
    term: 'Open panel',
    aliases: ['open-panel HMO', 'open panel plan'],
    category: 'hmo-model',
    specificity: 'high',
    definition:
      'A set-up in which the doctors who contract with the HMO keep seeing other patients too. IPA and network model HMOs are open panels.',
  },
  {
    id: 'pho',
    term: 'PHO',
    aliases: ['physician-hospital organization', 'physician hospital organisation'],
    category: 'hmo-model',
    specificity: 'high',
    definition:
      'Physician-hospital organization: a joint venture of a hospital and its doctors that contracts with health plans as one unit.',
  },
  {
    id: 'mso',
    term: 'MSO',
    aliases: ['management services organization'],
    category: 'hmo-model',
    specificity: 'high',
    definition:
      'Management services organization: a company that handles the business side (billing, contracting, credentialing, IT) for physician groups or IPAs so the doctors can concentrate on care.',
  },
  {
    id: 'aco',
    term: 'ACO',
    aliases: ['Accountable Care Organization'],
    category: 'hmo-model',
    specificity: 'high',
    definition:
      'Accountable Care Organization: doctors, hospitals and other providers who agree to be jointly responsible for the cost and quality of a patient population, and share in the savings when they spend less.',
  },
  {
    id: 'gatekeeper',
    term: 'Gatekeeper',
    aliases: ['gatekeeper model'],
    category: 'hmo-model',
    specificity: 'medium',
    definition:
      'The role of the primary care doctor in an HMO: every visit to a specialist goes through them, usually with a referral. Plans without this rule are called "open access".',
  },

  // ── Care roles ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'pcp',
    term: 'PCP',
    aliases: ['primary care physician', 'primary care provider', 'primary care doctor'],
    category: 'care-role',
    specificity: 'high',
    definition:
      'Primary care physician (or provider): the doctor, nurse practitioner or PA a member chooses as their first stop. In an HMO the PCP coordinates all care and writes the referrals needed to see specialists.',
  },
  {
    id: 'network-provider',
    term: 'Participating provider',
    aliases: ['network provider', 'contracted provider', 'par provider', 'in-network provider'],
    category: 'care-role',
    specificity: 'high',
    definition:
      'A doctor, hospital or clinic with a contract with the plan: it accepts the plan\u2019s negotiated rates and cannot bill the member for more than their share.',
  },
  {
    id: 'non-participating-provider',
    term: 'Non-participating provider',
    aliases: ['non-par provider', 'out-of-network provider', 'nonparticipating provider'],
    category: 'care-role',
    specificity: 'high',
    definition:
      'A provider with no contract with the plan. HMOs and EPOs normally pay nothing for their services except emergencies; PPOs pay less, and the provider may bill the member for the rest.',
  },
  {
    id: 'case-manager',
    term: 'Case manager',
    aliases: ['nurse case manager', 'RN case manager'],
    category: 'care-role',
    specificity: 'shared',
    definition:
      'In a health plan, usually a nurse or social worker who follows members with complex or costly conditions and arranges their care, services and benefits. The title also exists in social services and law, so check the setting.',
  },
  {
    id: 'care-coordination',
    term: 'Care coordination',
    aliases: ['care coordinator', 'care management', 'care manager'],
    category: 'care-role',
    specificity: 'medium',
    definition:
      'Organizing a member\u2019s care across doctors, hospitals, pharmacies and community services so that nothing is duplicated or missed, especially after a hospital stay or for chronic illness.',
  },
  {
    id: 'medical-director',
    term: 'Medical director',
    aliases: ['associate medical director'],
    category: 'care-role',
    specificity: 'medium',
    definition:
      'At a health plan, the physician who oversees clinical policy: reviews denied or disputed requests for medical necessity, leads quality programs and signs off on utilization management decisions.',
  },
  {
    id: 'utilization-review-nurse',
    term: 'Utilization review nurse',
    aliases: ['UM nurse', 'utilization management nurse', 'UR nurse', 'prior authorization nurse'],
    category: 'care-role',
    specificity: 'high',
    definition:
      'A nurse who checks requests for care against clinical criteria (such as InterQual or MCG) to decide whether the plan should approve them, and sends unclear cases to a medical director.',
  },
  {
    id: 'claims-examiner',
    term: 'Claims examiner',
    aliases: ['claims processor', 'claims analyst', 'claims specialist', 'claims representative'],
    category: 'care-role',
    specificity: 'shared',
    skills: ['claims'],
    definition:
      'The person who reviews claims and decides what the plan pays. The same titles exist in auto, home and workers\u2019 comp insurance, so look for medical codes, members and providers to confirm health-plan work.',
  },
  {
    id: 'member-services',
    term: 'Member services',
    aliases: ['member services representative', 'member service representative'],
    category: 'care-role',
    specificity: 'shared',
    definition:
      'The plan\u2019s customer service team: answers members\u2019 questions about benefits, claims, ID cards and choosing a doctor. Credit unions, gyms and pension funds also have "member services", so check the employer.',
  },
  {
    id: 'provider-relations',
    term: 'Provider relations',
    aliases: ['provider relations representative', 'provider services', 'provider engagement'],
    category: 'care-role',
    specificity: 'high',
    definition:
      'The plan team that looks after the doctors and hospitals in its network: training them on plan rules, solving payment problems and keeping their data and contracts current.',
  },

  // ── Operations: claims ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'claim',
    term: 'Claim',
    aliases: [],
    category: 'operations',
    specificity: 'shared',
    skills: ['claims'],
    definition:
      'A bill sent to the plan for care already given, listing who was treated, what was done (procedure codes) and why (diagnosis codes). The plan checks it against the member\u2019s benefits and pays, adjusts or denies it.',
  },
  {
    id: 'claims-adjudication',
    term: 'Claims adjudication',
    aliases: ['claim adjudication', 'adjudicated claims', 'adjudicate claims'],
    category: 'operations',
    specificity: 'high',
    skills: ['claims'],
    definition:
      'Deciding what the plan owes on a claim: checking eligibility, benefits, authorizations, codes and contract rates, then paying, denying or pending it. Much of it is automatic; examiners handle the rest.',
  },
  {
    id: 'claims-processing',
    term: 'Claims processing',
    aliases: ['claim processing', 'process claims', 'processed claims', 'processing claims'],
    category: 'operations',
    specificity: 'shared',
    skills: ['claims'],
    definition:
      'The whole path of a claim from receipt to payment: data entry, edits, adjudication, payment and correspondence. The term is used in every kind of insurance.',
  },
  {
    id: 'clean-claim',
    term: 'Clean claim',
    aliases: [],
    category: 'operations',
    specificity: 'high',
    skills: ['claims'],
    definition:
      'A claim with no errors or missing information, which the plan can pay without asking for more. Regulators often require clean claims to be paid within a fixed number of days.',
  },
  {
    id: 'claim-denial',
    term: 'Claim denial',
    aliases: ['denial management', 'denied claims', 'claims denial'],
    category: 'operations',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'A plan\u2019s refusal to pay a claim, for example for missing authorization, coding errors or an uncovered service. Denial management is the work of finding the cause, fixing it and resubmitting or appealing.',
  },
  {
    id: 'eob',
    term: 'EOB',
    aliases: ['explanation of benefits'],
    category: 'operations',
    specificity: 'high',
    skills: ['claims'],
    definition:
      'Explanation of benefits: the statement a plan sends the member after processing a claim, showing what was billed, what the plan paid and what the member may owe. It is not a bill.',
  },
  {
    id: 'remittance-advice',
    term: 'Remittance advice',
    aliases: ['ERA', 'electronic remittance advice', 'EDI 835'],
    category: 'operations',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'The provider-side counterpart of an EOB: the plan\u2019s statement to a doctor or hospital of what it paid or denied on each claim and why. The electronic version is the 835 file.',
  },
  {
    id: 'cob',
    term: 'COB',
    aliases: ['coordination of benefits'],
    category: 'operations',
    specificity: 'high',
    skills: ['claims'],
    definition:
      'Coordination of benefits: the rules for who pays first when a person is covered by two plans (for example their own job and a spouse\u2019s, or Medicare and an employer plan), so the two together never pay more than the bill.',
  },
  {
    id: 'subrogation',
    term: 'Subrogation',
    aliases: [],
    category: 'operations',
    specificity: 'shared',
    skills: ['claims'],
    definition:
      'Recovering money the plan paid for an injury that someone else is liable for, such as a driver\u2019s auto insurer after a crash. Common in property and casualty insurance too.',
  },
  {
    id: 'third-party-liability',
    term: 'Third-party liability',
    aliases: ['TPL'],
    category: 'operations',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'Another party\u2019s legal responsibility to pay for a member\u2019s care, such as another insurer or a liable driver. Medicaid plans must identify it and bill that party first.',
  },
  {
    id: 'edi-837',
    term: 'EDI 837',
    aliases: ['837P', '837I', '837 claim file'],
    category: 'operations',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'The standard electronic format for sending health claims to a plan (837P for professional, 837I for institutional claims), required under HIPAA\u2019s transaction rules.',
  },
  {
    id: 'cms-1500',
    term: 'CMS-1500',
    aliases: ['HCFA-1500', 'HCFA'],
    category: 'operations',
    specificity: 'high',
    skills: ['claims'],
    definition:
      'The standard paper claim form used by doctors and other professionals to bill health plans; its electronic twin is the 837P. HCFA is its old name.',
  },
  {
    id: 'ub-04',
    term: 'UB-04',
    aliases: ['UB04', 'CMS-1450', 'UB-92'],
    category: 'operations',
    specificity: 'high',
    skills: ['claims'],
    definition:
      'The standard claim form hospitals and other facilities use to bill for inpatient and outpatient stays; its electronic twin is the 837I.',
  },
  {
    id: 'icd-10',
    term: 'ICD-10',
    aliases: ['ICD-10-CM', 'ICD-10-PCS', 'ICD10', 'ICD-9'],
    category: 'operations',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'The code set for diagnoses (what is wrong with the patient). Every claim carries ICD-10 codes; coders, claims staff and risk adjustment teams work with them daily.',
  },
  {
    id: 'cpt',
    term: 'CPT',
    aliases: ['Current Procedural Terminology', 'CPT codes'],
    category: 'operations',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'Current Procedural Terminology: the five-digit codes for what a doctor did (an office visit, an X-ray, a surgery). Claims are priced and checked against them.',
  },
  {
    id: 'hcpcs',
    term: 'HCPCS',
    aliases: ['Healthcare Common Procedure Coding System'],
    category: 'operations',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'The code set that extends CPT to supplies, equipment, drugs and services CPT does not cover (for example ambulance rides or wheelchairs). Used heavily in Medicare and Medicaid billing.',
  },
  {
    id: 'drg',
    term: 'DRG',
    aliases: ['diagnosis-related group', 'MS-DRG'],
    category: 'finance',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'Diagnosis-related group: a category of hospital stay that is paid one fixed amount, whatever the actual days or supplies. Medicare and many plans pay hospitals this way.',
  },
  {
    id: 'fee-schedule',
    term: 'Fee schedule',
    aliases: [],
    category: 'finance',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'The list of amounts a plan pays for each service code, set by contract or by the plan. Claims are priced against it.',
  },
  {
    id: 'allowed-amount',
    term: 'Allowed amount',
    aliases: ['allowable amount', 'maximum allowable', 'negotiated rate'],
    category: 'coverage',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'The most the plan recognizes for a service. In network, the provider accepts it as full payment; the member\u2019s deductible, copay or coinsurance is worked out from it.',
  },
  {
    id: 'ucr',
    term: 'UCR',
    aliases: ['usual, customary and reasonable', 'usual and customary'],
    category: 'coverage',
    specificity: 'medium',
    skills: ['claims'],
    definition:
      'Usual, customary and reasonable: the going rate for a service in an area, which plans use to decide how much to pay out-of-network providers.',
  },
  {
    id: 'encounter-data',
    term: 'Encounter data',
    aliases: ['encounter submissions', 'encounter reporting'],
    category: 'operations',
    specificity: 'high',
    skills: ['claims'],
    definition:
      'Records of each service a member received, reported even when the provider was paid by capitation rather than per claim. Medicaid agencies and CMS use them to check care and set rates.',
  },

  // ── Operations: authorizations and utilization ───────────────────────────────────────────────────────
  {
    id: 'prior-authorization',
    term: 'Prior authorization',
    aliases: [
      'prior auth',
      'pre-authorization',
      'preauthorization',
      'preauth',
      'precertification',
      'pre-certification',
      'precert',
      'prior approval',
    ],
    category: 'operations',
    specificity: 'high',
    definition:
      'The plan\u2019s approval, required before certain care (surgery, imaging, costly drugs), that the service is covered and medically necessary. Without it the claim may be denied. "PA" is used too, but also means physician assistant.',
  },
  {
    id: 'referral',
    term: 'Referral',
    aliases: [],
    category: 'operations',
    specificity: 'shared',
    notAfter: ['employee', 'customer', 'client', 'candidate', 'business', 'sales', 'job'],
    definition:
      'In an HMO, the primary care doctor\u2019s written go-ahead for a member to see a specialist or get certain services. Without it the HMO may not pay. Outside health care a "referral" means something else.',
  },
  {
    id: 'utilization-management',
    term: 'Utilization management',
    aliases: ['utilisation management'],
    category: 'operations',
    specificity: 'high',
    definition:
      'How a plan checks that care is necessary, appropriate and delivered in the right setting, before (prior authorization), during (concurrent review) and after (retrospective review) it happens.',
  },
  {
    id: 'utilization-review',
    term: 'Utilization review',
    aliases: ['utilisation review'],
    category: 'operations',
    specificity: 'high',
    definition:
      'Reviewing individual cases against clinical guidelines to decide whether a service, a hospital stay or its length is justified. The hands-on part of utilization management, usually done by nurses.',
  },
  {
    id: 'concurrent-review',
    term: 'Concurrent review',
    aliases: [],
    category: 'operations',
    specificity: 'high',
    definition:
      'Utilization review while a member is still in hospital or in treatment: checking that each further day or service is needed and planning the discharge.',
  },
  {
    id: 'retrospective-review',
    term: 'Retrospective review',
    aliases: ['retro review', 'post-service review'],
    category: 'operations',
    specificity: 'high',
    definition: 'Utilization review after care was delivered, often before paying the claim.',
  },
  {
    id: 'medical-necessity',
    term: 'Medical necessity',
    aliases: ['medically necessary', 'medical necessity criteria'],
    category: 'operations',
    specificity: 'high',
    definition:
      'The test a plan applies before paying: is the service reasonable and needed to diagnose or treat the member\u2019s condition, by accepted medical standards? Reviews use criteria sets such as InterQual or MCG.',
  },
  {
    id: 'interqual',
    term: 'InterQual',
    aliases: ['MCG guidelines', 'Milliman Care Guidelines'],
    category: 'operations',
    specificity: 'high',
    definition:
      'The two commercial sets of clinical criteria most plans use to decide medical necessity in utilization review. Knowing one is a concrete sign of UM experience.',
  },
  {
    id: 'case-management',
    term: 'Case management',
    aliases: [],
    category: 'operations',
    specificity: 'shared',
    definition:
      'A program that assigns a case manager to members with serious or complex conditions to plan their care, arrange services and keep costs in check. In social services the same words mean something else.',
  },
  {
    id: 'disease-management',
    term: 'Disease management',
    aliases: ['chronic care management'],
    category: 'operations',
    specificity: 'medium',
    definition:
      'Programs for members with long-term conditions such as diabetes, asthma or heart failure: education, check-ins and reminders that keep them healthier and out of hospital.',
  },
  {
    id: 'continuity-of-care',
    term: 'Continuity of care',
    aliases: ['transition of care', 'transitions of care'],
    category: 'operations',
    specificity: 'medium',
    definition:
      'Keeping a member\u2019s treatment going without gaps, for example letting a new member finish a course of care with a doctor who is not in the network, or following up after discharge.',
  },
  {
    id: 'health-risk-assessment',
    term: 'Health risk assessment',
    aliases: [],
    category: 'operations',
    specificity: 'medium',
    definition:
      'A questionnaire new members fill in about their health and habits, which the plan uses to spot members who need case management or disease management.',
  },

  // ── Operations: network, members, appeals ─────────────────────────────────────────────────────────────
  {
    id: 'credentialing',
    term: 'Credentialing',
    aliases: ['recredentialing', 're-credentialing', 'provider credentialing'],
    category: 'operations',
    specificity: 'medium',
    skills: ['compliance'],
    definition:
      'Checking a provider\u2019s licence, training, board certification, malpractice history and sanctions before they join a network, and again every few years. Accreditors such as NCQA set the rules.',
  },
  {
    id: 'caqh',
    term: 'CAQH',
    aliases: ['CAQH ProView'],
    category: 'operations',
    specificity: 'high',
    definition:
      'The shared online database where providers keep their credentialing information so that each plan does not ask for it separately. Credentialing staff use it daily.',
  },
  {
    id: 'provider-network',
    term: 'Provider network',
    aliases: ['provider network management', 'network management'],
    category: 'operations',
    specificity: 'high',
    notAfter: ['computer', 'wireless', 'it'],
    definition:
      'All the doctors, hospitals, labs and pharmacies a plan has contracts with. Network management means recruiting them, keeping enough of each kind in every area and maintaining their contracts and data.',
  },
  {
    id: 'network-adequacy',
    term: 'Network adequacy',
    aliases: [],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation', 'compliance'],
    definition:
      'Rules that a plan must have enough providers of each type, close enough to members and with short enough waits. Set by states and CMS and checked in audits.',
  },
  {
    id: 'provider-contracting',
    term: 'Provider contracting',
    aliases: ['provider contract', 'provider contract negotiation'],
    category: 'operations',
    specificity: 'high',
    definition:
      'Negotiating and maintaining the agreements that bring providers into the network: rates, payment method (fee schedule, capitation, value-based), and obligations on both sides.',
  },
  {
    id: 'provider-directory',
    term: 'Provider directory',
    aliases: [],
    category: 'operations',
    specificity: 'high',
    skills: ['compliance'],
    definition:
      'The plan\u2019s published list of in-network providers. Regulators require it to be accurate and current, so plans run regular checks on it.',
  },
  {
    id: 'in-network',
    term: 'In-network',
    aliases: [],
    category: 'coverage',
    specificity: 'high',
    notBefore: [
      'security',
      'administration',
      'engineering',
      'design',
      'infrastructure',
      'operations',
      'monitoring',
      'support',
      'architecture',
      'troubleshooting',
      'configuration',
      'marketing',
      'protocols',
      'analysis',
    ],
    definition:
      'Care from providers that have a contract with the member\u2019s plan. It costs the member least, and in an HMO or EPO it is usually the only care covered.',
  },
  {
    id: 'out-of-network',
    term: 'Out-of-network',
    aliases: ['OON'],
    category: 'coverage',
    specificity: 'high',
    definition:
      'Care from providers with no contract with the plan. HMOs and EPOs usually do not pay for it except in emergencies or with an approved exception; PPOs pay less of it.',
  },
  {
    id: 'balance-billing',
    term: 'Balance billing',
    aliases: ['balance bill'],
    category: 'coverage',
    specificity: 'high',
    definition:
      'When a provider bills the member for the difference between its charge and what the plan paid. Network providers may not do it; the No Surprises Act limits it for out-of-network emergencies.',
  },
  {
    id: 'enrollment',
    term: 'Enrollment',
    aliases: ['enrolment', 'member enrollment'],
    category: 'operations',
    specificity: 'shared',
    notAfter: ['student', 'course', 'school', 'college', 'class', 'university', 'program'],
    definition:
      'Signing a person up for a plan and keeping their membership records right: start and end dates, dependants, plan choice. Also a school and university word, so check the context.',
  },
  {
    id: 'open-enrollment',
    term: 'Open enrollment',
    aliases: ['annual enrollment period', 'open enrollment period', 'special enrollment period'],
    category: 'operations',
    specificity: 'medium',
    definition:
      'The yearly window in which people can join or change health plans. Outside it, only a life event (a move, a birth, a job loss) opens a special enrollment period.',
  },
  {
    id: 'eligibility-verification',
    term: 'Eligibility verification',
    aliases: [
      'eligibility and benefits verification',
      'benefits verification',
      'insurance verification',
      'verification of benefits',
    ],
    category: 'operations',
    specificity: 'shared',
    definition:
      'Checking that a person is covered on the date of service and what their plan pays for, before care is given or a claim is paid.',
  },
  {
    id: 'appeals-and-grievances',
    term: 'Appeals and grievances',
    aliases: [
      'grievances and appeals',
      'grievance and appeal',
      'appeal and grievance',
      'member appeals',
      'member grievance',
    ],
    category: 'operations',
    specificity: 'medium',
    skills: ['compliance'],
    definition:
      'The formal ways members and providers contest a plan decision (an appeal, e.g. of a denied claim) or complain about service (a grievance). Deadlines and letters are set by regulation and audited.',
  },
  {
    id: 'pbm',
    term: 'PBM',
    aliases: ['pharmacy benefit manager', 'pharmacy benefits manager', 'pharmacy benefit management'],
    category: 'operations',
    specificity: 'high',
    definition:
      'Pharmacy benefit manager: the company that runs a plan\u2019s drug coverage: the formulary, the pharmacy network, drug prices and prescription claims.',
  },
  {
    id: 'formulary',
    term: 'Formulary',
    aliases: ['drug formulary', 'preferred drug list'],
    category: 'coverage',
    specificity: 'high',
    definition:
      'The plan\u2019s list of covered drugs, usually in tiers with different copays. Drugs off the list need an exception or prior authorization.',
  },

  // ── Coverage & cost sharing ──────────────────────────────────────────────────────────────────────────
  {
    id: 'deductible',
    term: 'Deductible',
    aliases: [],
    category: 'coverage',
    specificity: 'shared',
    notAfter: ['tax'],
    definition:
      'The amount a member pays each year for covered care before the plan starts paying. Auto and home insurance have deductibles too.',
  },
  {
    id: 'copay',
    term: 'Copay',
    aliases: ['copayment', 'co-pay', 'co-payment'],
    category: 'coverage',
    specificity: 'medium',
    definition:
      'A fixed amount the member pays for a service, such as $25 for a doctor visit or $10 for a generic drug.',
  },
  {
    id: 'coinsurance',
    term: 'Coinsurance',
    aliases: ['co-insurance'],
    category: 'coverage',
    specificity: 'medium',
    definition:
      'The member\u2019s percentage of the cost of a service after the deductible, for example 20% while the plan pays 80%.',
  },
  {
    id: 'out-of-pocket-maximum',
    term: 'Out-of-pocket maximum',
    aliases: ['out-of-pocket max', 'out-of-pocket limit', 'OOP max', 'MOOP'],
    category: 'coverage',
    specificity: 'medium',
    definition:
      'The most a member pays in a year in deductibles, copays and coinsurance. After reaching it, the plan pays all covered care for the rest of the year.',
  },
  {
    id: 'premium',
    term: 'Premium',
    aliases: ['monthly premium', 'premium billing'],
    category: 'coverage',
    specificity: 'shared',
    notBefore: [
      'brands',
      'brand',
      'products',
      'product',
      'service',
      'services',
      'quality',
      'accounts',
      'clients',
      'customers',
    ],
    definition:
      'The regular price of the coverage itself, paid monthly by the member, the employer or both, whether or not any care is used.',
  },
  {
    id: 'covered-services',
    term: 'Covered services',
    aliases: ['covered benefits'],
    category: 'coverage',
    specificity: 'medium',
    definition:
      'The care and supplies a plan pays for under its contract, as listed in the evidence of coverage.',
  },
  {
    id: 'evidence-of-coverage',
    term: 'Evidence of coverage',
    aliases: ['EOC'],
    category: 'coverage',
    specificity: 'high',
    definition:
      'The member\u2019s full contract with the plan: what is covered, what it costs, the rules (referrals, authorizations) and how to appeal.',
  },
  {
    id: 'sbc',
    term: 'Summary of Benefits and Coverage',
    aliases: ['SBC'],
    category: 'coverage',
    specificity: 'high',
    definition:
      'A short standard document, required by the ACA, that lets people compare plans side by side: costs, covered services and examples.',
  },
  {
    id: 'pre-existing-condition',
    term: 'Pre-existing condition',
    aliases: ['preexisting condition'],
    category: 'coverage',
    specificity: 'medium',
    definition:
      'A health problem a person had before their coverage began. Since the ACA, most plans may not refuse coverage or charge more because of one.',
  },

  // ── Finance & payment ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'capitation',
    term: 'Capitation',
    aliases: ['capitated', 'capitation payment', 'cap rate'],
    category: 'finance',
    specificity: 'high',
    definition:
      'Paying a provider a fixed amount per member per month for a set of services, whether the member uses them or not. The provider takes the risk of costs running over, which is why HMOs use it to control spending.',
  },
  {
    id: 'pmpm',
    term: 'PMPM',
    aliases: ['per member per month'],
    category: 'finance',
    specificity: 'high',
    definition:
      'Per member per month: the unit health plans use for money, such as capitation rates, premiums and costs (e.g. "$450 PMPM").',
  },
  {
    id: 'fee-for-service',
    term: 'Fee-for-service',
    aliases: ['FFS'],
    category: 'finance',
    specificity: 'medium',
    definition:
      'Paying providers separately for each visit, test or procedure. The opposite of capitation; critics say it rewards volume over results.',
  },
  {
    id: 'value-based-care',
    term: 'Value-based care',
    aliases: [
      'value-based payment',
      'value-based contract',
      'value-based contracting',
      'pay for performance',
      'P4P',
    ],
    category: 'finance',
    specificity: 'medium',
    definition:
      'Paying providers partly for results (quality scores, lower total cost) rather than for the number of services. Includes bonuses, shared savings and capitation arrangements.',
  },
  {
    id: 'shared-savings',
    term: 'Shared savings',
    aliases: ['shared savings program', 'MSSP'],
    category: 'finance',
    specificity: 'medium',
    definition:
      'An arrangement in which providers keep part of the money they save a plan (or Medicare) compared with a spending target, if they also meet quality goals. ACOs work this way.',
  },
  {
    id: 'bundled-payment',
    term: 'Bundled payment',
    aliases: ['episode-based payment'],
    category: 'finance',
    specificity: 'medium',
    definition:
      'One price for all the care linked to a treatment episode, such as a knee replacement and its follow-up, shared among the providers involved.',
  },
  {
    id: 'risk-adjustment',
    term: 'Risk adjustment',
    aliases: ['HCC coding', 'hierarchical condition category', 'risk score'],
    category: 'finance',
    specificity: 'high',
    definition:
      'Paying a plan more for sicker members and less for healthier ones, based on the diagnoses coded for them (HCCs in Medicare Advantage). Accurate coding directly affects plan revenue and is audited.',
  },
  {
    id: 'mlr',
    term: 'MLR',
    aliases: ['medical loss ratio', 'medical cost ratio'],
    category: 'finance',
    specificity: 'high',
    skills: ['regulation'],
    definition:
      'Medical loss ratio: the share of premium a plan spends on care and quality rather than overhead and profit. The ACA requires at least 80\u201385%, or the plan refunds the difference.',
  },
  {
    id: 'stop-loss',
    term: 'Stop-loss insurance',
    aliases: ['stop-loss coverage', 'stop loss'],
    category: 'finance',
    specificity: 'medium',
    definition:
      'Insurance that protects a self-funded employer, or a provider paid by capitation, against very large claims above a set limit.',
  },
  {
    id: 'self-funded',
    term: 'Self-funded plan',
    aliases: ['self-funded', 'self-insured plan', 'self-insured'],
    category: 'finance',
    specificity: 'medium',
    definition:
      'An employer plan in which the employer pays claims from its own money, usually hiring an insurer or TPA to run it. Governed by ERISA rather than state insurance law.',
  },
  {
    id: 'fully-insured',
    term: 'Fully insured plan',
    aliases: ['fully insured'],
    category: 'finance',
    specificity: 'medium',
    definition:
      'An employer plan bought from an insurer, which takes on the risk of claims in return for the premium.',
  },
  {
    id: 'tpa',
    term: 'TPA',
    aliases: ['third-party administrator'],
    category: 'finance',
    specificity: 'medium',
    definition:
      'Third-party administrator: a company hired by a self-funded employer to process claims, enrollment and customer service without bearing the insurance risk itself.',
  },
  {
    id: 'aso',
    term: 'ASO',
    aliases: ['administrative services only'],
    category: 'finance',
    specificity: 'medium',
    definition:
      'Administrative services only: a contract in which an insurer runs a self-funded employer\u2019s plan (network, claims, service) for a fee while the employer pays the claims.',
  },

  // ── Regulation & accreditation ───────────────────────────────────────────────────────────────────────
  {
    id: 'medicare',
    term: 'Medicare',
    aliases: ['Original Medicare', 'traditional Medicare'],
    category: 'regulation',
    specificity: 'medium',
    skills: ['regulation'],
    definition:
      'The federal health program for people 65 and older and some younger people with disabilities. Part A covers hospitals, Part B doctors, Part C is Medicare Advantage and Part D drugs.',
  },
  {
    id: 'medicare-advantage',
    term: 'Medicare Advantage',
    aliases: ['Medicare Part C', 'MAPD', 'MA-PD', 'MA plan', 'Medicare Advantage plan'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation'],
    definition:
      'Medicare delivered through private plans (often HMOs or PPOs) that CMS pays per member. A large, heavily regulated market with its own rules for marketing, appeals, Star Ratings and risk adjustment.',
  },
  {
    id: 'medicare-part-d',
    term: 'Medicare Part D',
    aliases: ['Part D', 'prescription drug plan'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation'],
    definition:
      'Medicare\u2019s prescription drug coverage, sold by private plans on their own or inside Medicare Advantage plans.',
  },
  {
    id: 'medicaid',
    term: 'Medicaid',
    aliases: [],
    category: 'regulation',
    specificity: 'medium',
    skills: ['regulation'],
    definition:
      'The joint federal and state program that covers people with low incomes, run differently in each state (Medi-Cal in California, for example). Most states contract it out to managed care plans.',
  },
  {
    id: 'medicaid-managed-care',
    term: 'Medicaid managed care',
    aliases: ['Medicaid MCO', 'Medicaid health plan'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation'],
    definition:
      'Medicaid delivered through private health plans that the state pays a fixed rate per member, under state contracts with strict rules on networks, reporting and member rights.',
  },
  {
    id: 'dual-eligible',
    term: 'Dual eligible',
    aliases: ['dual-eligible beneficiaries', 'dually eligible', 'Medicare-Medicaid enrollees'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation'],
    definition:
      'Someone covered by both Medicare and Medicaid. Their care and paperwork are complex, and special plans (D-SNPs) exist for them.',
  },
  {
    id: 'chip',
    term: 'CHIP',
    aliases: ["Children's Health Insurance Program"],
    category: 'regulation',
    specificity: 'medium',
    skills: ['regulation'],
    definition:
      'Children\u2019s Health Insurance Program: federal and state coverage for children in families that earn too much for Medicaid but cannot afford private insurance.',
  },
  {
    id: 'cms',
    term: 'CMS',
    aliases: ['Centers for Medicare & Medicaid Services', 'Centers for Medicare and Medicaid Services'],
    category: 'regulation',
    specificity: 'shared',
    skills: ['regulation', 'compliance'],
    definition:
      'Centers for Medicare & Medicaid Services: the federal agency that runs Medicare, oversees Medicaid and regulates Medicare Advantage plans. In software, "CMS" means a content management system instead.',
  },
  {
    id: 'hipaa',
    term: 'HIPAA',
    aliases: ['Health Insurance Portability and Accountability Act'],
    category: 'regulation',
    specificity: 'medium',
    skills: ['regulation', 'compliance'],
    definition:
      'The federal law that protects the privacy and security of health information and sets the standard electronic formats for claims. Anyone at a plan handles it daily; HIPAA training is routine.',
  },
  {
    id: 'phi',
    term: 'PHI',
    aliases: ['protected health information'],
    category: 'regulation',
    specificity: 'medium',
    skills: ['compliance'],
    definition:
      'Protected health information: any health or payment information that can identify a person. HIPAA limits who may see it and how it is shared.',
  },
  {
    id: 'hitech',
    term: 'HITECH Act',
    aliases: ['HITECH'],
    category: 'regulation',
    specificity: 'medium',
    skills: ['regulation', 'compliance'],
    definition:
      'A 2009 federal law that strengthened HIPAA\u2019s privacy and breach-notification rules and pushed the adoption of electronic health records.',
  },
  {
    id: 'erisa',
    term: 'ERISA',
    aliases: ['Employee Retirement Income Security Act'],
    category: 'regulation',
    specificity: 'medium',
    skills: ['regulation'],
    definition:
      'The federal law governing most employer benefit plans, including self-funded health plans: rules for plan documents, claims and appeals. It also governs pensions, so it appears on retirement resumes.',
  },
  {
    id: 'aca',
    term: 'ACA',
    aliases: ['Affordable Care Act', 'Patient Protection and Affordable Care Act', 'Obamacare'],
    category: 'regulation',
    specificity: 'medium',
    skills: ['regulation'],
    definition:
      'The 2010 federal health reform law: created the insurance marketplaces, expanded Medicaid, banned refusals for pre-existing conditions and set minimum benefits and medical loss ratios.',
  },
  {
    id: 'health-insurance-marketplace',
    term: 'Health insurance marketplace',
    aliases: ['health insurance exchange', 'ACA marketplace', 'Covered California'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation'],
    definition:
      'The ACA websites (HealthCare.gov and state exchanges) where individuals compare and buy plans, often with income-based subsidies.',
  },
  {
    id: 'essential-health-benefits',
    term: 'Essential health benefits',
    aliases: ['EHB'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation'],
    definition:
      'The ten categories of care (such as hospital stays, maternity, mental health and prescriptions) that individual and small-group plans must cover under the ACA.',
  },
  {
    id: 'cobra',
    term: 'COBRA',
    aliases: ['COBRA continuation', 'COBRA continuation coverage'],
    category: 'regulation',
    specificity: 'medium',
    skills: ['regulation'],
    definition:
      'The federal rule that lets people keep their employer health plan for a limited time after leaving a job, usually paying the full premium themselves.',
  },
  {
    id: 'mental-health-parity',
    term: 'Mental health parity',
    aliases: ['MHPAEA', 'Mental Health Parity and Addiction Equity Act', 'parity compliance'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation', 'compliance'],
    definition:
      'The legal requirement that plans cover mental health and addiction care no more restrictively than medical care, in costs, limits and prior authorization rules.',
  },
  {
    id: 'no-surprises-act',
    term: 'No Surprises Act',
    aliases: [],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation'],
    definition:
      'A 2022 federal law that protects patients from surprise out-of-network bills for emergencies and certain in-network hospital visits, and sets up a dispute process between plans and providers.',
  },
  {
    id: 'knox-keene',
    term: 'Knox-Keene Act',
    aliases: ['Knox-Keene'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation', 'compliance'],
    definition:
      'California\u2019s law regulating HMOs and other managed care plans, enforced by the Department of Managed Health Care. A Knox-Keene licence is what lets a company run an HMO there.',
  },
  {
    id: 'dmhc',
    term: 'DMHC',
    aliases: ['Department of Managed Health Care'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation', 'compliance'],
    definition:
      'California\u2019s Department of Managed Health Care, the regulator of the state\u2019s HMOs: it licenses plans, audits them and handles member complaints.',
  },
  {
    id: 'ncqa',
    term: 'NCQA',
    aliases: ['National Committee for Quality Assurance'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation', 'compliance'],
    definition:
      'National Committee for Quality Assurance: the non-profit that accredits health plans and owns HEDIS. NCQA accreditation is often required by employers and states, and preparing for it is major compliance work.',
  },
  {
    id: 'urac',
    term: 'URAC',
    aliases: [],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation', 'compliance'],
    definition:
      'An accrediting body for health plans, utilization management, case management and pharmacy programs; an alternative to NCQA for some programs.',
  },
  {
    id: 'hedis',
    term: 'HEDIS',
    aliases: ['Healthcare Effectiveness Data and Information Set'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation', 'compliance'],
    definition:
      'The standard set of quality measures (screenings, vaccinations, chronic care control) that nearly all health plans report each year. HEDIS work means chart reviews, data collection and closing care gaps.',
  },
  {
    id: 'star-ratings',
    term: 'Star Ratings',
    aliases: ['Medicare Star Ratings', 'CMS Star Ratings', 'Stars program'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation', 'compliance'],
    definition:
      'CMS\u2019s 1-to-5 star score for Medicare Advantage and Part D plans, built from quality, member surveys and complaints. Higher stars bring bonus payments, so plans invest heavily in them.',
  },
  {
    id: 'cahps',
    term: 'CAHPS',
    aliases: ['Consumer Assessment of Healthcare Providers and Systems'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation'],
    definition:
      'The standard member experience surveys (getting care quickly, customer service, rating of the plan) that feed Star Ratings and accreditation.',
  },
  {
    id: 'radv',
    term: 'RADV',
    aliases: ['risk adjustment data validation'],
    category: 'regulation',
    specificity: 'high',
    skills: ['regulation', 'compliance'],
    definition:
      'Risk adjustment data validation: CMS audits that check medical records back up the diagnoses a Medicare Advantage plan was paid for, and claw back overpayments.',
  },
  {
    id: 'fwa',
    term: 'Fraud, waste and abuse',
    aliases: ['FWA', 'fraud waste & abuse', 'special investigations unit', 'SIU'],
    category: 'regulation',
    specificity: 'medium',
    skills: ['compliance'],
    definition:
      'The compliance programme plans must run to catch improper billing and use, from deliberate fraud to wasteful overuse. Medicare requires FWA training for plan staff every year.',
  },
];
