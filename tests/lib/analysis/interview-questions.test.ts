import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { QUESTIONS_BY_SPECIALTY, questionsFor } from '../../../lib/analysis/interview-questions';
import { GENERAL_QUESTIONS } from '../../../lib/analysis/questions/general';
import { InterviewQuestionSchema, type KnownLevel, SpecialtyIdSchema } from '../../../lib/analysis/schema';
import { TODAY } from '../../fixtures/resumes/expected';
import { resumeText } from '../../support/resume-text';

const LEVELS: KnownLevel[] = ['junior', 'mid', 'senior'];

describe('interview questions', () => {
  for (const id of SpecialtyIdSchema.options) {
    for (const level of LEVELS) {
      it(`${id}, ${level}: at least five, about the specialty and HMOs, each with an answer`, () => {
        const questions = questionsFor(level, [id]);
        expect(questions.length).toBeGreaterThanOrEqual(5);
        for (const q of questions) InterviewQuestionSchema.parse(q);
        expect(questions.every((q) => q.level === level)).toBe(true);
        expect(questions.filter((q) => q.specialty === id).length).toBeGreaterThanOrEqual(3);
        expect(questions.filter((q) => q.specialty === null).length).toBeGreaterThanOrEqual(2);
        for (const q of questions) {
          expect(q.question).toMatch(/[?.]$/);
          expect(q.expectedAnswer.length).toBeGreaterThan(30);
        }
      });
    }
  }

  it('asks senior candidates about leading, implementing and managing', () => {
    for (const id of SpecialtyIdSchema.options) {
      expect(
        QUESTIONS_BY_SPECIALTY[id].senior.filter(([q]) =>
          /\b(?:led|lead|managed|manage|implemented|oversee|overseen|built|build|run|designed)\b/i.test(q),
        ).length,
        id,
      ).toBeGreaterThanOrEqual(1);
    }
    expect(GENERAL_QUESTIONS.senior.some(([q]) => /introduced|put in place/.test(q))).toBe(true);
  });

  it('never asks the same question twice', () => {
    const all = [
      ...Object.values(QUESTIONS_BY_SPECIALTY).flatMap((byLevel) => LEVELS.flatMap((l) => byLevel[l])),
      ...LEVELS.flatMap((l) => GENERAL_QUESTIONS[l]),
    ].map(([q]) => q);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives both specialties\u2019 questions, and every level\u2019s when the level is unknown', () => {
    const two = questionsFor('senior', ['plan-operations', 'provider-network']);
    expect(new Set(two.map((q) => q.specialty))).toEqual(
      new Set([null, 'plan-operations', 'provider-network']),
    );
    expect(new Set(questionsFor('unknown', []).map((q) => q.level))).toEqual(new Set(LEVELS));
  });

  it('fits the fixture candidates', () => {
    const member = analyze(resumeText('mid-member-services.md'), { today: TODAY });
    expect(member.interviewQuestions.every((q) => q.level === 'mid')).toBe(true);
    expect(member.interviewQuestions.some((q) => q.specialty === 'member-services')).toBe(true);
    const none = analyze(resumeText('software-engineer.txt'), { today: TODAY });
    expect(none.interviewQuestions.every((q) => q.specialty === null)).toBe(true);
  });
});
