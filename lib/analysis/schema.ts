import { z } from 'zod/mini';
import { CATEGORIES } from '../glossary/categories';

// zod/mini: the popup validates every answer from the page with these, and should open fast.

export const LevelSchema = z.enum(['junior', 'mid', 'senior', 'unknown']);
export type Level = z.infer<typeof LevelSchema>;

export const KnownLevelSchema = z.enum(['junior', 'mid', 'senior']);

export const RelevanceSchema = z.enum(['strong', 'some', 'none']);

const years = z.nullable(z.number().check(z.nonnegative()));

export const RoleSchema = z.object({
  title: z.string(),
  employer: z.nullable(z.string()),
  /** "MM/YYYY" or "YYYY" as written; `end` is "present" for current roles. */
  start: z.string(),
  end: z.string(),
  years,
  /** Counted as health-plan (payer) years. */
  relevant: z.boolean(),
  /** Which side of health care the role was on: only `health-plan` years decide the level. */
  setting: z.enum(['health-plan', 'provider', 'other']),
  /** The 1-based lines of the text the role was read from. */
  lines: z.array(z.int().check(z.positive())),
});

export const EvidenceSchema = z.object({
  kind: z.enum(['role-counted', 'role-not-counted', 'stated-years', 'indicator', 'level', 'relevance']),
  text: z.string(),
});

export const IndicatorSchema = z.object({
  id: z.string(),
  level: KnownLevelSchema,
  label: z.string(),
  quote: z.string(),
});

export const SpecialtyIdSchema = z.enum([
  'claims',
  'member-services',
  'enrollment',
  'provider-network',
  'credentialing',
  'care-management',
  'quality',
  'appeals',
  'compliance',
  'medicare-sales',
  'pharmacy',
  'plan-operations',
]);
export type SpecialtyId = z.infer<typeof SpecialtyIdSchema>;

/** The candidate's line of work inside health plans, and what showed it. */
export const SpecialtySchema = z.object({
  id: SpecialtyIdSchema,
  /** "Claims & payment integrity". */
  label: z.string(),
  /** "Claims": what the popup shows beside the level. */
  short: z.string(),
  reason: z.string(),
});

/** One idea to search for, with every way it is written: `("coordination of benefits" OR COB)`. */
export const SearchTermGroupSchema = z.object({
  label: z.string().check(z.minLength(1)),
  forms: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

export const PlanContextIdSchema = z.enum([
  'medicare-advantage',
  'part-d',
  'medicaid',
  'dual-eligible',
  'commercial',
  'marketplace',
  'managed-care',
]);

/** A line of business the candidate worked in (Medicare Advantage, Medicaid managed care, commercial HMO/PPO). */
export const PlanContextSchema = z.object({
  id: PlanContextIdSchema,
  ...SearchTermGroupSchema.shape,
});

export const RedFlagIdSchema = z.enum([
  'no-regulations',
  'no-claims',
  'weak-terminology',
  'no-compliance',
  'no-leadership',
  'no-clinical-license',
  'no-sales-license',
]);

export const RedFlagSchema = z.object({
  id: RedFlagIdSchema,
  title: z.string(),
  /** What was looked for and not found. */
  message: z.string(),
  /** What to ask in the interview to probe it. */
  question: z.string(),
});

export const InterviewQuestionSchema = z.object({
  level: KnownLevelSchema,
  /** null: about HMOs and health plans in general, asked whatever the specialty. */
  specialty: z.nullable(SpecialtyIdSchema),
  question: z.string(),
  expectedAnswer: z.string(),
});

export const FoundTermSchema = z.object({
  id: z.string(),
  term: z.string(),
  category: z.enum(CATEGORIES),
  count: z.int().check(z.positive()),
});

/** Everything the popup and the CLI show about one resume or profile. */
export const AnalysisSchema = z.object({
  level: LevelSchema,
  yearsOfExperience: years,
  relevantYears: years,
  relevance: RelevanceSchema,
  evidence: z.array(EvidenceSchema),
  roles: z.array(RoleSchema),
  indicators: z.array(IndicatorSchema),
  redFlags: z.array(RedFlagSchema),
  /** At most two, strongest first; none when the page shows no health-plan work. */
  specialties: z.array(SpecialtySchema).check(z.maxLength(2)),
  planContexts: z.array(PlanContextSchema),
  searchTitles: z.array(z.string()).check(z.minLength(1)),
  /** The specialty's keywords the search strings AND with the titles: the popup's chips rebuild them. */
  searchKeywords: z.array(SearchTermGroupSchema),
  searchString: z.string(),
  xraySearchString: z.string(),
  interviewQuestions: z.array(InterviewQuestionSchema),
  terms: z.array(FoundTermSchema),
  /** How much of the text was read: a very long page is cut (see `text-limit.ts`), and the recruiter told. */
  textRead: z.object({ chars: z.int().check(z.nonnegative()), cut: z.boolean() }),
});

export type Analysis = z.infer<typeof AnalysisSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type RedFlag = z.infer<typeof RedFlagSchema>;
export type InterviewQuestion = z.infer<typeof InterviewQuestionSchema>;
export type Specialty = z.infer<typeof SpecialtySchema>;
export type SearchTermGroup = z.infer<typeof SearchTermGroupSchema>;
export type PlanContext = z.infer<typeof PlanContextSchema>;
export type PlanContextId = z.infer<typeof PlanContextIdSchema>;
export type KnownLevel = z.infer<typeof KnownLevelSchema>;
