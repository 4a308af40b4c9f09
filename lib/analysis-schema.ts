import { z } from 'zod';
import { CategorySchema } from './glossary/schema';

export const LevelSchema = z.enum(['junior', 'mid', 'senior', 'unknown']);
export type Level = z.infer<typeof LevelSchema>;

export const RelevanceSchema = z.enum(['strong', 'some', 'none']);

export const RoleSchema = z.object({
  title: z.string(),
  employer: z.string().nullable(),
  /** "MM/YYYY" or "YYYY" as written; `end` is "present" for current roles. */
  start: z.string(),
  end: z.string(),
  years: z.number().nonnegative().nullable(),
  relevant: z.boolean(),
});

export const EvidenceSchema = z.object({
  kind: z.enum(['role-counted', 'role-not-counted', 'stated-years', 'indicator', 'level', 'relevance']),
  text: z.string(),
});

export const IndicatorSchema = z.object({
  id: z.string(),
  level: LevelSchema.exclude(['unknown']),
  label: z.string(),
  quote: z.string(),
});

export const RedFlagIdSchema = z.enum(['no-regulations', 'no-claims', 'weak-terminology', 'no-compliance']);

export const RedFlagSchema = z.object({
  id: RedFlagIdSchema,
  title: z.string(),
  /** What was looked for and not found. */
  message: z.string(),
  /** What to ask in the interview to probe it. */
  question: z.string(),
});

export const InterviewQuestionSchema = z.object({
  level: LevelSchema.exclude(['unknown']),
  question: z.string(),
  expectedAnswer: z.string(),
});

export const FoundTermSchema = z.object({
  id: z.string(),
  term: z.string(),
  category: CategorySchema,
  count: z.number().int().positive(),
});

/** Everything the popup and the CLI show about one resume or profile. */
export const AnalysisSchema = z.object({
  level: LevelSchema,
  yearsOfExperience: z.number().nonnegative().nullable(),
  relevantYears: z.number().nonnegative().nullable(),
  relevance: RelevanceSchema,
  evidence: z.array(EvidenceSchema),
  roles: z.array(RoleSchema),
  indicators: z.array(IndicatorSchema),
  redFlags: z.array(RedFlagSchema),
  searchTitles: z.array(z.string()).min(1),
  searchString: z.string(),
  xraySearchString: z.string(),
  interviewQuestions: z.array(InterviewQuestionSchema),
  terms: z.array(FoundTermSchema),
});

export type Analysis = z.infer<typeof AnalysisSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type RedFlag = z.infer<typeof RedFlagSchema>;
export type InterviewQuestion = z.infer<typeof InterviewQuestionSchema>;
