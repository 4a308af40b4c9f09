import { parseResumeDate } from './experience-dates';
import type { Role, Specialty } from './schema';
import { type Concept, SPECIALTIES, type SpecialtyVocabulary } from './specialties';
import { type TimeBudget, UNLIMITED } from './time-budget';
import { formsTest } from './written-forms';

/** A title counts most on the latest health-plan role, and less on each older one. */
const TITLE_WEIGHTS = [8, 3, 1] as const;
/** Beyond this many ideas, more of them says little more about the line of work. */
const CONCEPT_CAP = 4;
/** The least a specialty needs: a title, or two of its ideas. */
const MINIMUM_SCORE = 2;
/** A second specialty is named only when it comes close to the first. */
const SECOND_SHARE = 0.5;

const conceptTests = new Map<Concept, ReturnType<typeof formsTest>>(
  SPECIALTIES.flatMap((s) => s.concepts).map((c) => [c, formsTest([...c.forms, ...(c.also ?? [])])]),
);

/** The specialty's ideas that the text mentions, in the vocabulary's order. */
export function conceptsIn(vocabulary: SpecialtyVocabulary, text: string): Concept[] {
  return vocabulary.concepts.filter((c) => conceptTests.get(c)?.test(text));
}

/**
 * A role's date as a month count, so roles can be put in order. A year alone sorts after that year's
 * months: "2019" may mean as late as December, and "present" after everything.
 */
function monthOf(date: string): number {
  if (date === 'present') return Number.POSITIVE_INFINITY;
  const parsed = parseResumeDate(date);
  return parsed ? parsed.year * 12 + (parsed.month ?? 11) : Number.NEGATIVE_INFINITY;
}

/** Roles with the latest first: by end date, then start date; undated ones keep their place at the end. */
export function latestFirst<T extends Pick<Role, 'start' | 'end'>>(roles: readonly T[]): T[] {
  return roles
    .map((role, order) => ({ role, order }))
    .sort(
      (a, b) =>
        monthOf(b.role.end) - monthOf(a.role.end) ||
        monthOf(b.role.start) - monthOf(a.role.start) ||
        a.order - b.order,
    )
    .map((entry) => entry.role);
}

export interface SpecialtyInput {
  /** The health-plan roles' titles, latest first. */
  titles: readonly string[];
  /** What the candidate did in health plans: the text without the lines of other fields' roles. */
  workText: string;
  budget?: TimeBudget;
}

interface Scored {
  vocabulary: SpecialtyVocabulary;
  score: number;
  title: string | undefined;
  concepts: Concept[];
}

function score(vocabulary: SpecialtyVocabulary, { titles, workText }: SpecialtyInput): Scored {
  let titleScore = 0;
  let title: string | undefined;
  titles.forEach((t, i) => {
    if (!vocabulary.title.test(t)) return;
    titleScore += TITLE_WEIGHTS[Math.min(i, TITLE_WEIGHTS.length - 1)] as number;
    title ??= t;
  });
  const concepts = conceptsIn(vocabulary, workText);
  return { vocabulary, score: titleScore + Math.min(concepts.length, CONCEPT_CAP), title, concepts };
}

function reason({ title, concepts }: Scored): string {
  const parts: string[] = [];
  if (title) parts.push(`title "${title}"`);
  if (concepts.length > 0) parts.push(concepts.map((c) => c.label).join(', '));
  return parts.join('; ');
}

/**
 * The candidate's line of work inside health plans, from their health-plan titles (the latest counts
 * most) and the specialty's ideas their health-plan work mentions. At most two, strongest first.
 */
export function findSpecialties(input: SpecialtyInput): Specialty[] {
  const budget = input.budget ?? UNLIMITED;
  const ranked = SPECIALTIES.map((v) => {
    budget.check();
    return score(v, input);
  })
    .filter((s) => s.score >= MINIMUM_SCORE)
    .sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  if (!first) return [];
  const chosen = second && second.score >= first.score * SECOND_SHARE ? [first, second] : [first];
  return chosen.map((s) => ({
    id: s.vocabulary.id,
    label: s.vocabulary.label,
    short: s.vocabulary.short,
    reason: reason(s),
  }));
}
