export interface ProblemListProps {
  problems: readonly string[];
  testId?: string;
  /** `alert` when the list appears on its own; omitted inside a box that is already an alert. */
  role?: 'alert';
}

/** Problems in words, one an item, as text (a problem may quote what the recruiter typed). */
export function ProblemList({ problems, testId, role }: ProblemListProps) {
  return (
    <ul class="problems" role={role} data-testid={testId}>
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
