/**
 * zod issues in words a recruiter can act on, each with where it is: `terms[3].definition: required`.
 * zod/mini ships no messages of its own, and its generic "Invalid input" says nothing.
 */
interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message?: string;
  input?: unknown;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
}

function issuePath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(the file)';
}

export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : `must be ${article(issue.expected ?? 'value')}`;
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array')
        return `must have at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} items`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'has the wrong format';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** One line per place, for its first problem: an empty name need not also be told it lacks a letter. */
export function formatIssues(issues: readonly Issue[], root = ''): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const issue of issues) {
    const where = issuePath(issue.path, root);
    if (seen.has(where)) continue;
    seen.add(where);
    lines.push(`${where}: ${describeIssue(issue)}`);
  }
  return lines;
}

/**
 * What went wrong, in words, for an error caught at the edge of a page: a zod error's issues one a line, as
 * above, never its JSON; any other error by its message.
 */
export function problemsOf(error: unknown, root = ''): string[] {
  if (error && typeof error === 'object' && Array.isArray((error as { issues?: unknown }).issues))
    return formatIssues((error as { issues: Issue[] }).issues, root);
  const message = error instanceof Error ? error.message : String(error);
  return [message || 'something went wrong'];
}
