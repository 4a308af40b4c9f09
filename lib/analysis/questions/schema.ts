import type { KnownLevel } from '../schema';

/** A question and what a strong answer contains. */
export type QuestionPair = readonly [question: string, expectedAnswer: string];

/** A specialty's questions at each level: senior ones ask about leading, implementing and managing. */
export type QuestionsByLevel = Record<KnownLevel, readonly QuestionPair[]>;
