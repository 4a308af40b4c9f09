import type { Analysis, InterviewQuestion } from '../../lib/analysis/schema';
import { Card } from '../shared/Card';

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
    <Card id="questions-heading" title={HEADING[level]}>
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
    </Card>
  );
}
