import type { Analysis, InterviewQuestion } from '../../lib/analysis/schema';

const HEADING: Record<Analysis['level'], string> = {
  junior: 'Interview questions (junior)',
  mid: 'Interview questions (mid level)',
  senior: 'Interview questions (senior)',
  unknown: 'Interview questions (all levels)',
};

/** Questions for the suggested level, with what a strong answer contains folded away. */
export function InterviewQuestions({
  level,
  questions,
}: {
  level: Analysis['level'];
  questions: readonly InterviewQuestion[];
}) {
  return (
    <section class="card" aria-labelledby="questions-heading">
      <h2 id="questions-heading" class="card__title">
        {HEADING[level]}
      </h2>
      <ol class="questions" data-testid="questions">
        {questions.map((q) => (
          <li key={q.question}>
            <p class="question">{q.question}</p>
            <details>
              <summary>Expected answer</summary>
              <p class="answer">{q.expectedAnswer}</p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
