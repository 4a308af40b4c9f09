import { z } from 'zod/mini';
import type { Term } from '../glossary/schema';
import { type CustomTerm, CustomTermsSchema, customTermProblems, MAX_CUSTOM_TERMS } from './custom-terms';
import { type Settings, SettingsSchema } from './settings';
import type { StoredItems } from './stores';
import { formatIssues, problemsOf } from './validation-issues';

/**
 * The file the options page exports and imports: the recruiter's settings and custom terms, versioned so a
 * later HMO Lens can read (and upgrade) an older file.
 */
export const BACKUP_FORMAT = 'hmo-lens-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.optional(z.string()),
  settings: z.optional(SettingsSchema),
  terms: CustomTermsSchema,
  /** Stored values HMO Lens could not read, kept as they were so nothing the recruiter had is lost. */
  unreadable: z.optional(z.record(z.string(), z.unknown())),
});
export type Backup = z.infer<typeof BackupSchema>;

export function createBackup(
  settings: Settings,
  terms: readonly CustomTerm[],
  unreadable?: Record<string, unknown>,
  now = new Date(),
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings,
    terms: [...terms],
    ...(unreadable && Object.keys(unreadable).length > 0 ? { unreadable } : {}),
  };
}

export type ReadBackup = { ok: true; backup: Backup } | { ok: false; problems: string[] };

/** Reads an imported file: every problem is listed with where it is, and nothing is applied on any. */
export function readBackup(text: string, builtIn: readonly Term[]): ReadBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`(the file): not JSON (${(error as Error).message})`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, problems: ['(the file): not an HMO Lens backup'] };
  const record = raw as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT)
    return { ok: false, problems: [`format: must be "${BACKUP_FORMAT}" (this is not an HMO Lens backup)`] };
  if (typeof record.version === 'number' && record.version > BACKUP_VERSION)
    return {
      ok: false,
      problems: [
        `version: ${record.version} was written by a newer HMO Lens; update the extension to import it`,
      ],
    };
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error.issues) };
  const problems = customTermProblems(parsed.data.terms, builtIn);
  const ids = new Map<string, number>();
  parsed.data.terms.forEach((t, i) => {
    const first = ids.get(t.id);
    if (first !== undefined) problems.push(`terms[${i}].id: repeats terms[${first}].id (${t.id})`);
    else ids.set(t.id, i);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, backup: parsed.data };
}

export interface ImportPlan {
  added: CustomTerm[];
  replaced: Array<{ before: CustomTerm; after: CustomTerm }>;
  /** Terms in the file identical to ones already there. */
  unchanged: number;
  /** The settings that will change, in words; empty when the file has none or they are the same. */
  settingsChanges: string[];
  /** Clashes between the file's terms and the ones already there; the import cannot be applied with any. */
  conflicts: string[];
  /** What is stored once the import is applied: existing terms not in the file are kept. */
  result: { terms: CustomTerm[]; settings: Settings };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The limit on stored terms as the import preview tells it: what it would come to, and the way out. */
function overLimit(existing: number, total: number): string[] {
  if (total <= MAX_CUSTOM_TERMS) return [];
  const terms = (n: number) => `${n} term${n === 1 ? '' : 's'}`;
  const room = Math.max(0, MAX_CUSTOM_TERMS - existing);
  return [
    `Together with your ${terms(existing)} this file would make ${total}, and HMO Lens keeps at most ` +
      `${MAX_CUSTOM_TERMS}: import at most ${room} new term${room === 1 ? '' : 's'}, or delete some of yours first.`,
  ];
}

/** What importing a backup would do, shown to the recruiter before anything is applied. */
export function planImport(
  backup: Backup,
  current: { terms: readonly CustomTerm[]; settings: Settings },
  builtIn: readonly Term[],
): ImportPlan {
  const terms = [...current.terms];
  const index = new Map(terms.map((t, i) => [t.id, i]));
  const added: CustomTerm[] = [];
  const replaced: ImportPlan['replaced'] = [];
  let unchanged = 0;
  for (const term of backup.terms) {
    const at = index.get(term.id);
    if (at === undefined) {
      index.set(term.id, terms.length);
      terms.push(term);
      added.push(term);
    } else if (same(terms[at], term)) unchanged++;
    else {
      replaced.push({ before: terms[at] as CustomTerm, after: term });
      terms[at] = term;
    }
  }
  const settings = backup.settings ?? current.settings;
  const settingsChanges = (Object.keys(settings) as Array<keyof Settings>)
    .filter((key) => !same(settings[key], current.settings[key]))
    .map((key) => `${key}: ${JSON.stringify(current.settings[key])} → ${JSON.stringify(settings[key])}`);
  const conflicts = [
    ...overLimit(current.terms.length, terms.length),
    ...customTermProblems(terms, builtIn, 'your terms'),
  ];
  return { added, replaced, unchanged, settingsChanges, conflicts, result: { terms, settings } };
}

/**
 * The backup of what is stored now. Values that could not be read go into the file as they were, so
 * exporting loses nothing.
 */
export async function exportBackup(items: StoredItems, now = new Date()): Promise<Backup> {
  const [settings, terms, kept] = await Promise.all([
    items.settings.read(),
    items.customTerms.read(),
    items.unreadable.get(),
  ]);
  const unreadable = { ...kept };
  if (settings.problem) unreadable.settings = settings.raw;
  if (terms.problem) unreadable.customTerms = terms.raw;
  return createBackup(settings.settings, terms.terms, unreadable, now);
}

export type AppliedImport = { ok: true; plan: ImportPlan } | { ok: false; problems: string[] };

/**
 * Applies a backup, planned again against what is stored now (another tab may have changed it since the
 * preview): any conflict stops it before anything is written, and storage that fails is told in words.
 */
export async function applyImport(
  backup: Backup,
  items: StoredItems,
  builtIn: readonly Term[],
): Promise<AppliedImport> {
  try {
    const current = { terms: await items.customTerms.get(), settings: await items.settings.get() };
    const plan = planImport(backup, current, builtIn);
    if (plan.conflicts.length > 0) return { ok: false, problems: plan.conflicts };
    await items.customTerms.set(plan.result.terms);
    await items.settings.set(plan.result.settings);
    return { ok: true, plan };
  } catch (error) {
    return { ok: false, problems: problemsOf(error) };
  }
}
