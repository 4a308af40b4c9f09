import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TermSchema } from '../../../lib/glossary/schema';
import { FormTextSchema, TermIdSchema } from '../../../lib/glossary/term-rules';
import { CustomTermSchema } from '../../../lib/storage/custom-terms';

const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('term rules', () => {
  it('takes kebab-case ids up to 80 characters', () => {
    for (const id of ['hmo', 'icd-10', 'custom-dental-hmo-2'])
      expect(TermIdSchema.safeParse(id).success).toBe(true);
    for (const id of ['HMO', 'dental_hmo', '-hmo', 'hmo-', 'a--b', '', 'a'.repeat(81)])
      expect(TermIdSchema.safeParse(id).success).toBe(false);
    expect(messages(TermIdSchema.safeParse('Dental HMO'))).toEqual([
      'must be lower-case words joined by "-"',
    ]);
  });

  it('trims a form and wants a letter or digit in it', () => {
    expect(FormTextSchema.parse('  prior auth ')).toBe('prior auth');
    expect(messages(FormTextSchema.safeParse(' -- '))).toEqual(['must contain a letter or digit']);
    expect(FormTextSchema.safeParse('   ').success).toBe(false);
    expect(FormTextSchema.safeParse('x'.repeat(81)).success).toBe(false);
  });

  it('are the rules of both the glossary and the custom terms', () => {
    const term = { id: 'Bad Id', term: ' -- ', category: 'plan-type', specificity: 'high' };
    const custom = { ...term, aliases: [], definition: 'A definition.' };
    const paths = (issues: z.core.$ZodIssue[]) => issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    const builtIn = paths(TermSchema.safeParse(term).error?.issues ?? []);
    const own = paths(CustomTermSchema.safeParse(custom).error?.issues ?? []);
    expect(builtIn).toEqual([
      'id: must be lower-case words joined by "-"',
      'term: must contain a letter or digit',
    ]);
    expect(own).toEqual(builtIn);
  });
});
