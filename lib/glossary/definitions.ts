/**
 * What each built-in term means, keyed by term id. Written for recruiters, in plain words, and our own:
 * facts from public glossaries, not their sentences. Kept apart from `./terms.ts` so the content script,
 * which only finds terms, does not carry them (the background answers its requests for definitions).
 */
export const DEFINITIONS: Readonly<Record<string, string>> = {
  hmo: 'Health Maintenance Organization: a plan that covers care only from its own network of doctors and hospitals (emergencies aside). Members pick a primary care doctor who must refer them before they see a specialist. Lower costs in exchange for less choice.',
  ppo: 'Preferred Provider Organization: a plan with a network of preferred providers that still pays part of the bill outside it. No referral needed to see a specialist. More freedom than an HMO, usually at a higher premium and cost per visit.',
  epo: 'Exclusive Provider Organization: like a PPO in that members can see specialists without a referral, but like an HMO in that care outside the network is not covered except in emergencies.',
  'pos-plan':
    'Point-of-service plan: a hybrid of HMO and PPO. Members have a primary care doctor and referrals inside the network, but may go out of network and pay a bigger share of the cost.',
  'managed-care':
    'The umbrella name for health plans that control cost and quality by contracting with a network of providers and steering how members use care (referrals, prior approval, case management). HMOs, PPOs and EPOs are all managed care.',
  mco: 'Managed care organization: a company that runs managed care plans. The term is used especially for the private plans that states pay to run Medicaid for their residents.',
  'health-plan':
    'The organization (or the product) that insures members and pays for their care, as opposed to the providers who deliver it. "Payer" means the same thing in industry speech.',
  payer:
    'Industry word for whoever pays the medical bill: a health plan, an employer that self-funds, Medicare or Medicaid. "Payer side" experience means working for the plan rather than for a hospital or clinic.',
  hdhp: 'High-deductible health plan: lower premiums, but members pay more out of pocket before coverage starts. Usually paired with a health savings account (HSA).',
  hsa: 'Health savings account: a tax-advantaged savings account, owned by the member, for medical expenses. Only available with a high-deductible health plan; the balance carries over year to year.',
  fsa: 'An employer-sponsored account that sets aside pre-tax pay for medical costs. Unlike an HSA it belongs to the employer plan, and most unused money is lost at the end of the year.',
  hra: 'An employer-funded account that repays employees for approved medical costs. Only the employer puts money in, and the employer sets the rules.',
  'indemnity-plan':
    'Old-style insurance with no network: members see any provider and the plan repays a share of the bill. The opposite of managed care, and now uncommon.',
  medigap:
    'Private insurance sold to people with Original Medicare to pay the costs Medicare leaves behind, such as deductibles and coinsurance. It cannot be combined with a Medicare Advantage plan.',
  snp: 'A Medicare Advantage plan limited to one group: people eligible for both Medicare and Medicaid (D-SNP), people with certain chronic conditions (C-SNP) or people living in institutions (I-SNP). Benefits and care coordination are tailored to them.',
  pace: 'A Medicare and Medicaid program for frail older adults who would otherwise need a nursing home. One team provides and coordinates all their care, often from a day center, so they can keep living at home.',
  'staff-model':
    'An HMO whose doctors are its own salaried employees, working in buildings the HMO runs and seeing only its members. The tightest form of HMO and a closed panel.',
  'group-model':
    'An HMO that pays one physician group as a whole, which then decides how to pay its own doctors. The group treats the HMO\u2019s members only, so it is a closed panel.',
  'network-model':
    'An HMO that contracts with several physician groups, IPAs and individual doctors rather than one group. The most common HMO model today; the contracted doctors usually also see patients from other plans.',
  ipa: 'Independent Practice Association: independent doctors who keep their own offices but band together to contract with HMOs. It is an open panel: members of the IPA also treat patients who are not in the HMO.',
  'direct-contract-model':
    'An HMO that contracts with individual doctors one by one, with no IPA or medical group in between.',
  'mixed-model':
    'An HMO that combines two or more models, for example its own staff doctors plus contracted IPAs.',
  'closed-panel':
    'A set-up in which the HMO\u2019s doctors see only that HMO\u2019s members. Staff and group model HMOs are closed panels.',
  'open-panel':
    'A set-up in which the doctors who contract with the HMO keep seeing other patients too. IPA and network model HMOs are open panels.',
  pho: 'Physician-hospital organization: a joint venture of a hospital and its doctors that contracts with health plans as one unit.',
  mso: 'Management services organization: a company that handles the business side (billing, contracting, credentialing, IT) for physician groups or IPAs so the doctors can concentrate on care.',
  aco: 'Accountable Care Organization: doctors, hospitals and other providers who agree to be jointly responsible for the cost and quality of a patient population, and share in the savings when they spend less.',
  gatekeeper:
    'The role of the primary care doctor in an HMO: every visit to a specialist goes through them, usually with a referral. Plans without this rule are called "open access".',
  pcp: 'Primary care physician (or provider): the doctor, nurse practitioner or PA a member chooses as their first stop. In an HMO the PCP coordinates all care and writes the referrals needed to see specialists.',
  'network-provider':
    'A doctor, hospital or clinic with a contract with the plan: it accepts the plan\u2019s negotiated rates and cannot bill the member for more than their share.',
  'non-participating-provider':
    'A provider with no contract with the plan. HMOs and EPOs normally pay nothing for their services except emergencies; PPOs pay less, and the provider may bill the member for the rest.',
  'case-manager':
    'In a health plan, usually a nurse or social worker who follows members with complex or costly conditions and arranges their care, services and benefits. The title also exists in social services and law, so check the setting.',
  'care-coordination':
    'Organizing a member\u2019s care across doctors, hospitals, pharmacies and community services so that nothing is duplicated or missed, especially after a hospital stay or for chronic illness.',
  'medical-director':
    'At a health plan, the physician who oversees clinical policy: reviews denied or disputed requests for medical necessity, leads quality programs and signs off on utilization management decisions.',
  'utilization-review-nurse':
    'A nurse who checks requests for care against clinical criteria (such as InterQual or MCG) to decide whether the plan should approve them, and sends unclear cases to a medical director.',
  'claims-examiner':
    'The person who reviews claims and decides what the plan pays. The same titles exist in auto, home and workers\u2019 comp insurance, so look for medical codes, members and providers to confirm health-plan work.',
  'member-services':
    'The plan\u2019s customer service team: answers members\u2019 questions about benefits, claims, ID cards and choosing a doctor. Credit unions, gyms and pension funds also have "member services", so check the employer.',
  'provider-relations':
    'The plan team that looks after the doctors and hospitals in its network: training them on plan rules, solving payment problems and keeping their data and contracts current.',
  claim:
    'A bill sent to the plan for care already given, listing who was treated, what was done (procedure codes) and why (diagnosis codes). The plan checks it against the member\u2019s benefits and pays, adjusts or denies it.',
  'claims-adjudication':
    'Deciding what the plan owes on a claim: checking eligibility, benefits, authorizations, codes and contract rates, then paying, denying or pending it. Much of it is automatic; examiners handle the rest.',
  'claims-processing':
    'The whole path of a claim from receipt to payment: data entry, edits, adjudication, payment and correspondence. The term is used in every kind of insurance.',
  'clean-claim':
    'A claim with no errors or missing information, which the plan can pay without asking for more. Regulators often require clean claims to be paid within a fixed number of days.',
  'claim-denial':
    'A plan\u2019s refusal to pay a claim, for example for missing authorization, coding errors or an uncovered service. Denial management is the work of finding the cause, fixing it and resubmitting or appealing.',
  eob: 'Explanation of benefits: the statement a plan sends the member after processing a claim, showing what was billed, what the plan paid and what the member may owe. It is not a bill.',
  'remittance-advice':
    'The provider-side counterpart of an EOB: the plan\u2019s statement to a doctor or hospital of what it paid or denied on each claim and why. The electronic version is the 835 file.',
  cob: 'Coordination of benefits: the rules for who pays first when a person is covered by two plans (for example their own job and a spouse\u2019s, or Medicare and an employer plan), so the two together never pay more than the bill.',
  subrogation:
    'Recovering money the plan paid for an injury that someone else is liable for, such as a driver\u2019s auto insurer after a crash. Common in property and casualty insurance too.',
  'third-party-liability':
    'Another party\u2019s legal responsibility to pay for a member\u2019s care, such as another insurer or a liable driver. Medicaid plans must identify it and bill that party first.',
  'edi-837':
    'The standard electronic format for sending health claims to a plan (837P for professional, 837I for institutional claims), required under HIPAA\u2019s transaction rules.',
  'cms-1500':
    'The standard paper claim form used by doctors and other professionals to bill health plans; its electronic twin is the 837P. HCFA is its old name.',
  'ub-04':
    'The standard claim form hospitals and other facilities use to bill for inpatient and outpatient stays; its electronic twin is the 837I.',
  'icd-10':
    'The code set for diagnoses (what is wrong with the patient). Every claim carries ICD-10 codes; coders, claims staff and risk adjustment teams work with them daily.',
  cpt: 'Current Procedural Terminology: the five-digit codes for what a doctor did (an office visit, an X-ray, a surgery). Claims are priced and checked against them.',
  hcpcs:
    'The code set that extends CPT to supplies, equipment, drugs and services CPT does not cover (for example ambulance rides or wheelchairs). Used heavily in Medicare and Medicaid billing.',
  drg: 'Diagnosis-related group: a category of hospital stay that is paid one fixed amount, whatever the actual days or supplies. Medicare and many plans pay hospitals this way.',
  'fee-schedule':
    'The list of amounts a plan pays for each service code, set by contract or by the plan. Claims are priced against it.',
  'allowed-amount':
    'The most the plan recognizes for a service. In network, the provider accepts it as full payment; the member\u2019s deductible, copay or coinsurance is worked out from it.',
  ucr: 'Usual, customary and reasonable: the going rate for a service in an area, which plans use to decide how much to pay out-of-network providers.',
  'encounter-data':
    'Records of each service a member received, reported even when the provider was paid by capitation rather than per claim. Medicaid agencies and CMS use them to check care and set rates.',
  'prior-authorization':
    'The plan\u2019s approval, required before certain care (surgery, imaging, costly drugs), that the service is covered and medically necessary. Without it the claim may be denied. "PA" is used too, but also means physician assistant.',
  referral:
    'In an HMO, the primary care doctor\u2019s written go-ahead for a member to see a specialist or get certain services. Without it the HMO may not pay. Outside health care a "referral" means something else.',
  'utilization-management':
    'How a plan checks that care is necessary, appropriate and delivered in the right setting, before (prior authorization), during (concurrent review) and after (retrospective review) it happens.',
  'utilization-review':
    'Reviewing individual cases against clinical guidelines to decide whether a service, a hospital stay or its length is justified. The hands-on part of utilization management, usually done by nurses.',
  'concurrent-review':
    'Utilization review while a member is still in hospital or in treatment: checking that each further day or service is needed and planning the discharge.',
  'retrospective-review': 'Utilization review after care was delivered, often before paying the claim.',
  'medical-necessity':
    'The test a plan applies before paying: is the service reasonable and needed to diagnose or treat the member\u2019s condition, by accepted medical standards? Reviews use criteria sets such as InterQual or MCG.',
  interqual:
    'The two commercial sets of clinical criteria most plans use to decide medical necessity in utilization review. Knowing one is a concrete sign of UM experience.',
  'case-management':
    'A program that assigns a case manager to members with serious or complex conditions to plan their care, arrange services and keep costs in check. In social services the same words mean something else.',
  'disease-management':
    'Programs for members with long-term conditions such as diabetes, asthma or heart failure: education, check-ins and reminders that keep them healthier and out of hospital.',
  'continuity-of-care':
    'Keeping a member\u2019s treatment going without gaps, for example letting a new member finish a course of care with a doctor who is not in the network, or following up after discharge.',
  'health-risk-assessment':
    'A questionnaire new members fill in about their health and habits, which the plan uses to spot members who need case management or disease management.',
  credentialing:
    'Checking a provider\u2019s licence, training, board certification, malpractice history and sanctions before they join a network, and again every few years. Accreditors such as NCQA set the rules.',
  caqh: 'The shared online database where providers keep their credentialing information so that each plan does not ask for it separately. Credentialing staff use it daily.',
  'provider-network':
    'All the doctors, hospitals, labs and pharmacies a plan has contracts with. Network management means recruiting them, keeping enough of each kind in every area and maintaining their contracts and data.',
  'network-adequacy':
    'Rules that a plan must have enough providers of each type, close enough to members and with short enough waits. Set by states and CMS and checked in audits.',
  'provider-contracting':
    'Negotiating and maintaining the agreements that bring providers into the network: rates, payment method (fee schedule, capitation, value-based), and obligations on both sides.',
  'provider-directory':
    'The plan\u2019s published list of in-network providers. Regulators require it to be accurate and current, so plans run regular checks on it.',
  'in-network':
    'Care from providers that have a contract with the member\u2019s plan. It costs the member least, and in an HMO or EPO it is usually the only care covered.',
  'out-of-network':
    'Care from providers with no contract with the plan. HMOs and EPOs usually do not pay for it except in emergencies or with an approved exception; PPOs pay less of it.',
  'balance-billing':
    'When a provider bills the member for the difference between its charge and what the plan paid. Network providers may not do it; the No Surprises Act limits it for out-of-network emergencies.',
  enrollment:
    'Signing a person up for a plan and keeping their membership records right: start and end dates, dependants, plan choice. Also a school and university word, so check the context.',
  'open-enrollment':
    'The yearly window in which people can join or change health plans. Outside it, only a life event (a move, a birth, a job loss) opens a special enrollment period.',
  'eligibility-verification':
    'Checking that a person is covered on the date of service and what their plan pays for, before care is given or a claim is paid.',
  'appeals-and-grievances':
    'The formal ways members and providers contest a plan decision (an appeal, e.g. of a denied claim) or complain about service (a grievance). Deadlines and letters are set by regulation and audited.',
  pbm: 'Pharmacy benefit manager: the company that runs a plan\u2019s drug coverage: the formulary, the pharmacy network, drug prices and prescription claims.',
  formulary:
    'The plan\u2019s list of covered drugs, usually in tiers with different copays. Drugs off the list need an exception or prior authorization.',
  deductible:
    'The amount a member pays each year for covered care before the plan starts paying. Auto and home insurance have deductibles too.',
  copay:
    'A fixed amount the member pays for a service, such as $25 for a doctor visit or $10 for a generic drug.',
  coinsurance:
    'The member\u2019s percentage of the cost of a service after the deductible, for example 20% while the plan pays 80%.',
  'out-of-pocket-maximum':
    'The most a member pays in a year in deductibles, copays and coinsurance. After reaching it, the plan pays all covered care for the rest of the year.',
  premium:
    'The regular price of the coverage itself, paid monthly by the member, the employer or both, whether or not any care is used.',
  'covered-services':
    'The care and supplies a plan pays for under its contract, as listed in the evidence of coverage.',
  'evidence-of-coverage':
    'The member\u2019s full contract with the plan: what is covered, what it costs, the rules (referrals, authorizations) and how to appeal.',
  sbc: 'A short standard document, required by the ACA, that lets people compare plans side by side: costs, covered services and examples.',
  'pre-existing-condition':
    'A health problem a person had before their coverage began. Since the ACA, most plans may not refuse coverage or charge more because of one.',
  capitation:
    'Paying a provider a fixed amount per member per month for a set of services, whether the member uses them or not. The provider takes the risk of costs running over, which is why HMOs use it to control spending.',
  pmpm: 'Per member per month: the unit health plans use for money, such as capitation rates, premiums and costs (e.g. "$450 PMPM").',
  'fee-for-service':
    'Paying providers separately for each visit, test or procedure. The opposite of capitation; critics say it rewards volume over results.',
  'value-based-care':
    'Paying providers partly for results (quality scores, lower total cost) rather than for the number of services. Includes bonuses, shared savings and capitation arrangements.',
  'shared-savings':
    'An arrangement in which providers keep part of the money they save a plan (or Medicare) compared with a spending target, if they also meet quality goals. ACOs work this way.',
  'bundled-payment':
    'One price for all the care linked to a treatment episode, such as a knee replacement and its follow-up, shared among the providers involved.',
  'risk-adjustment':
    'Paying a plan more for sicker members and less for healthier ones, based on the diagnoses coded for them (HCCs in Medicare Advantage). Accurate coding directly affects plan revenue and is audited.',
  mlr: 'Medical loss ratio: the share of premium a plan spends on care and quality rather than overhead and profit. The ACA requires at least 80\u201385%, or the plan refunds the difference.',
  'stop-loss':
    'Insurance that protects a self-funded employer, or a provider paid by capitation, against very large claims above a set limit.',
  'self-funded':
    'An employer plan in which the employer pays claims from its own money, usually hiring an insurer or TPA to run it. Governed by ERISA rather than state insurance law.',
  'fully-insured':
    'An employer plan bought from an insurer, which takes on the risk of claims in return for the premium.',
  tpa: 'Third-party administrator: a company hired by a self-funded employer to process claims, enrollment and customer service without bearing the insurance risk itself.',
  aso: 'Administrative services only: a contract in which an insurer runs a self-funded employer\u2019s plan (network, claims, service) for a fee while the employer pays the claims.',
  medicare:
    'The federal health program for people 65 and older and some younger people with disabilities. Part A covers hospitals, Part B doctors, Part C is Medicare Advantage and Part D drugs.',
  'medicare-advantage':
    'Medicare delivered through private plans (often HMOs or PPOs) that CMS pays per member. A large, heavily regulated market with its own rules for marketing, appeals, Star Ratings and risk adjustment.',
  'medicare-part-d':
    'Medicare\u2019s prescription drug coverage, sold by private plans on their own or inside Medicare Advantage plans.',
  medicaid:
    'The joint federal and state program that covers people with low incomes, run differently in each state (Medi-Cal in California, for example). Most states contract it out to managed care plans.',
  'medicaid-managed-care':
    'Medicaid delivered through private health plans that the state pays a fixed rate per member, under state contracts with strict rules on networks, reporting and member rights.',
  'dual-eligible':
    'Someone covered by both Medicare and Medicaid. Their care and paperwork are complex, and special plans (D-SNPs) exist for them.',
  chip: 'Children\u2019s Health Insurance Program: federal and state coverage for children in families that earn too much for Medicaid but cannot afford private insurance.',
  cms: 'Centers for Medicare & Medicaid Services: the federal agency that runs Medicare, oversees Medicaid and regulates Medicare Advantage plans. In software, "CMS" means a content management system instead.',
  hipaa:
    'The federal law that protects the privacy and security of health information and sets the standard electronic formats for claims. Anyone at a plan handles it daily; HIPAA training is routine.',
  phi: 'Protected health information: any health or payment information that can identify a person. HIPAA limits who may see it and how it is shared.',
  hitech:
    'A 2009 federal law that strengthened HIPAA\u2019s privacy and breach-notification rules and pushed the adoption of electronic health records.',
  erisa:
    'The federal law governing most employer benefit plans, including self-funded health plans: rules for plan documents, claims and appeals. It also governs pensions, so it appears on retirement resumes.',
  aca: 'The 2010 federal health reform law: created the insurance marketplaces, expanded Medicaid, banned refusals for pre-existing conditions and set minimum benefits and medical loss ratios.',
  'health-insurance-marketplace':
    'The ACA websites (HealthCare.gov and state exchanges) where individuals compare and buy plans, often with income-based subsidies.',
  'essential-health-benefits':
    'The ten categories of care (such as hospital stays, maternity, mental health and prescriptions) that individual and small-group plans must cover under the ACA.',
  cobra:
    'The federal rule that lets people keep their employer health plan for a limited time after leaving a job, usually paying the full premium themselves.',
  'mental-health-parity':
    'The legal requirement that plans cover mental health and addiction care no more restrictively than medical care, in costs, limits and prior authorization rules.',
  'no-surprises-act':
    'A 2022 federal law that protects patients from surprise out-of-network bills for emergencies and certain in-network hospital visits, and sets up a dispute process between plans and providers.',
  'knox-keene':
    'California\u2019s law regulating HMOs and other managed care plans, enforced by the Department of Managed Health Care. A Knox-Keene licence is what lets a company run an HMO there.',
  dmhc: 'California\u2019s Department of Managed Health Care, the regulator of the state\u2019s HMOs: it licenses plans, audits them and handles member complaints.',
  ncqa: 'National Committee for Quality Assurance: the non-profit that accredits health plans and owns HEDIS. NCQA accreditation is often required by employers and states, and preparing for it is major compliance work.',
  urac: 'An accrediting body for health plans, utilization management, case management and pharmacy programs; an alternative to NCQA for some programs.',
  hedis:
    'The standard set of quality measures (screenings, vaccinations, chronic care control) that nearly all health plans report each year. HEDIS work means chart reviews, data collection and closing care gaps.',
  'star-ratings':
    'CMS\u2019s 1-to-5 star score for Medicare Advantage and Part D plans, built from quality, member surveys and complaints. Higher stars bring bonus payments, so plans invest heavily in them.',
  cahps:
    'The standard member experience surveys (getting care quickly, customer service, rating of the plan) that feed Star Ratings and accreditation.',
  radv: 'Risk adjustment data validation: CMS audits that check medical records back up the diagnoses a Medicare Advantage plan was paid for, and claw back overpayments.',
  fwa: 'The compliance programme plans must run to catch improper billing and use, from deliberate fraud to wasteful overuse. Medicare requires FWA training for plan staff every year.',
};

export function definitionOf(id: string): string | undefined {
  return Object.hasOwn(DEFINITIONS, id) ? DEFINITIONS[id] : undefined;
}
