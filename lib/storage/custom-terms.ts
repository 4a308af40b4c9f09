import type { WxtStorage } from 'wxt/utils/storage';
// zod/mini: the content script reads the recruiter's terms to highlight them.
import { z } from 'zod/mini';
import { CATEGORIES } from '../glossary/categories';
import type { Term } from '../glossary/schema';
import { FormTextSchema, TermIdSchema } from '../glossary/term-rules';
import { formSignature } from '../matching/spellings';
import { keepUnreadable } from './settings';
import { formatIssues } from './validation-issues';

/**
 * A term the recruiter added. Its id is `custom-…` for a new term, or a built-in term's id when it
 * replaces that term's definition (its forms are then added to the built-in ones).
 */
export const CustomTermSchema = z.object({
  id: TermIdSchema,
  term: FormTextSchema,
  aliases: z.array(FormTextSchema).check(z.maxLength(20)),
  definition: z.string().check(z.trim(), z.minLength(1), z.maxLength(600)),
  category: z.enum(CATEGORIES),
});
export type CustomTerm = z.infer<typeof CustomTermSchema>;

export const MAX_CUSTOM_TERMS = 500;
export const CustomTermsSchema = z.array(CustomTermSchema).check(z.maxLength(MAX_CUSTOM_TERMS));

export interface ReadCustomTerms {
  terms: CustomTerm[];
  problem?: string;
}

/**
 * Reads the stored list term by term: an unreadable entry is left out and named in `problem`, the others
 * are kept, so one bad entry never costs the recruiter the rest.
 */
export function readCustomTerms(raw: unknown): ReadCustomTerms {
  if (raw === undefined || raw === null) return { terms: [] };
  if (!Array.isArray(raw))
    return { terms: [], problem: 'The stored custom terms are not a list; none are in use.' };
  const terms: CustomTerm[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  raw.slice(0, MAX_CUSTOM_TERMS).forEach((entry, i) => {
    const parsed = CustomTermSchema.safeParse(entry);
    if (!parsed.success) problems.push(...formatIssues(parsed.error.issues, `terms[${i}]`));
    else if (ids.has(parsed.data.id)) problems.push(`terms[${i}].id: repeats ${parsed.data.id}`);
    else {
      ids.add(parsed.data.id);
      terms.push(parsed.data);
    }
  });
  if (raw.length > MAX_CUSTOM_TERMS) problems.push(`only the first ${MAX_CUSTOM_TERMS} terms are used`);
  return problems.length > 0
    ? {
        terms,
        problem: `Some stored custom terms could not be read and are left out (${problems.join('; ')}).`,
      }
    : { terms };
}

/** The stored custom terms, declared once like the settings. */
export function customTermsStore(storage: WxtStorage) {
  const item = storage.defineItem<unknown>('local:customTerms', { fallback: [], version: 1 });
  return {
    async read(): Promise<ReadCustomTerms & { raw: unknown }> {
      const raw = await item.getValue();
      return { ...readCustomTerms(raw), raw };
    },
    async get(): Promise<CustomTerm[]> {
      return readCustomTerms(await item.getValue()).terms;
    },
    async set(terms: readonly CustomTerm[]): Promise<void> {
      const next = CustomTermsSchema.parse(terms);
      const current = await this.read();
      if (current.problem) await keepUnreadable(storage, 'customTerms', current.raw);
      await item.setValue(next);
    },
    watch(callback: (terms: CustomTerm[]) => void): () => void {
      return item.watch((value) => callback(readCustomTerms(value).terms));
    },
  };
}

/** A new custom term's id, from its name: `custom-` and the name's words, made unique among `taken`. */
export function customTermId(term: string, taken: ReadonlySet<string>): string {
  const slug =
    term
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'term';
  let id = `custom-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `custom-${slug}-${n}`;
  return id;
}

/** The built-in term one of whose forms is written like `form`, if any (typing "HMO" finds HMO). */
export function builtInTermFor(form: string, builtIn: readonly Term[]): Term | undefined {
  const signature = formSignature(form);
  if (!signature) return undefined;
  return builtIn.find((t) => [t.term, ...t.aliases].some((f) => formSignature(f) === signature));
}

/**
 * Problems that stop a set of custom terms from being used, each with where it is: forms another term
 * already has. A form of a built-in term belongs to that term: the custom term must use its id to
 * replace its definition.
 */
export function customTermProblems(
  terms: readonly CustomTerm[],
  builtIn: readonly Term[],
  root = 'terms',
): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const builtInIds = new Set(builtIn.map((t) => t.id));
  for (const t of builtIn) for (const form of [t.term, ...t.aliases]) owner.set(formSignature(form), t.id);
  const customOwner = new Map<string, string>();
  terms.forEach((term, i) => {
    if (!builtInIds.has(term.id) && !term.id.startsWith('custom-'))
      problems.push(`${root}[${i}].id: must start with "custom-" or be a built-in term's id`);
    [term.term, ...term.aliases].forEach((form, j) => {
      const signature = formSignature(form);
      const where = j === 0 ? `${root}[${i}].term` : `${root}[${i}].aliases[${j - 1}]`;
      const builtInOwner = owner.get(signature);
      if (builtInOwner && builtInOwner !== term.id)
        problems.push(
          `${where}: "${form}" is the built-in term ${builtInOwner}; use its id to replace its definition`,
        );
      const other = customOwner.get(signature);
      if (other && other !== term.id) problems.push(`${where}: "${form}" is also a form of ${other}`);
      customOwner.set(signature, term.id);
    });
  });
  return problems;
}

/**
 * The glossary the recruiter uses: the built-in terms, with the custom ones that replace a built-in
 * definition folded into it (their forms added), and the new ones after. Custom terms count in the
 * analysis like built-in ones, as health-care terms (`medium`). Forms that clash with another term are
 * dropped rather than matched twice.
 */
export function mergeGlossary(builtIn: readonly Term[], custom: readonly CustomTerm[]): Term[] {
  if (custom.length === 0) return [...builtIn];
  const byId = new Map(custom.map((t) => [t.id, t]));
  const taken = new Set<string>();
  const claim = (form: string) => {
    const signature = formSignature(form);
    if (!signature || taken.has(signature)) return false;
    taken.add(signature);
    return true;
  };
  const merged: Term[] = builtIn.map((term) => {
    for (const form of [term.term, ...term.aliases]) claim(form);
    return term;
  });
  for (let i = 0; i < merged.length; i++) {
    const term = merged[i] as Term;
    const override = byId.get(term.id);
    if (!override) continue;
    const added = [override.term, ...override.aliases].filter(claim);
    merged[i] = { ...term, aliases: [...term.aliases, ...added], category: override.category };
  }
  const builtInIds = new Set(builtIn.map((t) => t.id));
  for (const t of custom) {
    if (builtInIds.has(t.id)) continue;
    const forms = [t.term, ...t.aliases].filter(claim);
    if (forms.length === 0) continue;
    merged.push({
      id: t.id,
      term: forms[0] as string,
      aliases: forms.slice(1),
      category: t.category,
      specificity: 'medium',
      skills: [],
      notAfter: [],
      notBefore: [],
    });
  }
  return merged;
}

/** A term's definition: the recruiter's own where there is one, else the built-in one. */
export function definitionWith(
  custom: readonly CustomTerm[],
  builtIn: (id: string) => string | undefined,
): (id: string) => string | undefined {
  const own = new Map(custom.map((t) => [t.id, t.definition]));
  return (id) => own.get(id) ?? builtIn(id);
}

/** What the options page's term form holds. */
export interface TermDraft {
  term: string;
  aliases: readonly string[];
  definition: string;
  category: CustomTerm['category'];
}

export type SavedTerms =
  | { ok: true; terms: CustomTerm[]; saved: CustomTerm }
  | { ok: false; problems: string[] };

/**
 * Adds a term, or replaces the one being edited (`editingId`), and checks the result. A name that is a
 * built-in term's makes the custom term replace that term's definition; a new name gets a `custom-` id.
 */
export function saveCustomTerm(
  terms: readonly CustomTerm[],
  draft: TermDraft,
  builtIn: readonly Term[],
  editingId?: string,
): SavedTerms {
  const others = terms.filter((t) => t.id !== editingId);
  const builtInTerm = builtInTermFor(draft.term, builtIn);
  const id =
    builtInTerm?.id ??
    (editingId?.startsWith('custom-')
      ? editingId
      : customTermId(draft.term, new Set(others.map((t) => t.id))));
  if (others.some((t) => t.id === id))
    return {
      ok: false,
      problems: [`term: your terms already replace the built-in ${builtInTerm?.term ?? id}; edit that one`],
    };
  const parsed = CustomTermSchema.safeParse({
    id,
    term: draft.term,
    aliases: draft.aliases.map((a) => a.trim()).filter((a) => a.length > 0),
    definition: draft.definition,
    category: draft.category,
  });
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error.issues) };
  const at = terms.findIndex((t) => t.id === editingId);
  const next = [...others];
  next.splice(at < 0 ? next.length : at, 0, parsed.data);
  if (next.length > MAX_CUSTOM_TERMS) return { ok: false, problems: [`at most ${MAX_CUSTOM_TERMS} terms`] };
  const index = next.indexOf(parsed.data);
  const clashes = customTermProblems(next, builtIn)
    .filter((p) => p.startsWith(`terms[${index}].`))
    .map((p) => p.replace(`terms[${index}].`, ''));
  return clashes.length > 0
    ? { ok: false, problems: clashes }
    : { ok: true, terms: next, saved: parsed.data };
}
