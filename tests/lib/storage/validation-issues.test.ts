import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { CustomTermsSchema } from '../../../lib/storage/custom-terms';
import { formatIssues, problemsOf } from '../../../lib/storage/validation-issues';

describe('validation problems in words', () => {
  it('locate each problem once, in words', () => {
    const parsed = z
      .object({ name: z.string().check(z.minLength(1)), n: z.number() })
      .safeParse({ name: '' });
    expect(parsed.success).toBe(false);
    expect(formatIssues(parsed.error?.issues ?? [], 'terms[2]')).toEqual([
      'terms[2].name: must not be empty',
      'terms[2].n: required',
    ]);
  });

  it('turn a thrown zod error into lines, never its JSON', () => {
    let thrown: unknown;
    try {
      CustomTermsSchema.parse([{ id: 'custom-a', term: 'A', aliases: [], definition: '', category: 'x' }]);
    } catch (error) {
      thrown = error;
    }
    const problems = problemsOf(thrown);
    expect(problems[0]).toBe('[0].definition: must not be empty');
    expect(problems[1]).toMatch(/^\[0\]\.category: must be one of "plan-type", /);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).not.toMatch(/[{}]|"code"/);
  });

  it('keep any other error’s message', () => {
    expect(problemsOf(new Error('disk full'))).toEqual(['disk full']);
    expect(problemsOf('odd')).toEqual(['odd']);
    expect(problemsOf(new Error(''))).toEqual(['something went wrong']);
  });
});
