/** Characters that mean something in a regular expression, escaped so a form is matched literally. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An acronym (HMO, D-SNP, HEDIS) is matched by case only, so "cob" inside a word or a URL does not count. */
export const isAcronym = (form: string) => /^[A-Z0-9][A-Z0-9&/-]*[A-Z0-9]$/.test(form) && /[A-Z]/.test(form);

function formPattern(form: string): string {
  // Spaces and hyphens are interchangeable ("follow up", "follow-up"); a plural s is allowed.
  const body = escapeRegExp(form.trim()).replace(/(?:\\-|\s)+/g, '[\\s-]+');
  return `(?<![\\w-])${body}s?(?![\\w-])`;
}

/** Whether a text contains one of some written forms. */
export interface FormsTest {
  test: (text: string) => boolean;
}

/**
 * Finds any of the written forms as whole words: acronyms by case, other words in any case. Forms are
 * literal text (escaped), so the patterns have no nested repetition to backtrack on.
 */
export function formsTest(forms: readonly string[]): FormsTest {
  const acronyms = forms.filter(isAcronym);
  const words = forms.filter((f) => !isAcronym(f));
  const patterns = [
    ...(acronyms.length > 0 ? [new RegExp(acronyms.map(formPattern).join('|'))] : []),
    ...(words.length > 0 ? [new RegExp(words.map(formPattern).join('|'), 'i')] : []),
  ];
  return { test: (text) => patterns.some((p) => p.test(text)) };
}
