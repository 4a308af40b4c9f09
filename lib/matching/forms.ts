import { formKey, inflections, tokenize } from './tokens';

/**
 * The key a written form is matched by: its words as compared (acronyms as written, other words in lower
 * case), the last one singular. Two forms with the same signature match the same text.
 */
export function formSignature(form: string): string {
  const words = tokenize(form);
  const last = words.pop();
  if (last === undefined) return '';
  return [...words.map(formKey), formKey(inflections(last).at(-1) as string)].join(' ');
}
