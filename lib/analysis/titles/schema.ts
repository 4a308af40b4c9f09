import { z } from 'zod/mini';
import { KnownLevelSchema, SpecialtyIdSchema } from '../schema';

const ORDER = ['junior', 'mid', 'senior'] as const;

/** Levels a title is hired at: one, or neighbours (junior and mid), never junior and senior without mid. */
const LevelsSchema = z.array(KnownLevelSchema).check(
  z.minLength(1),
  z.refine((levels) => {
    const at = [...new Set(levels)].map((l) => ORDER.indexOf(l)).sort();
    return at.length === levels.length && at.every((n, i) => i === 0 || n === (at[i - 1] as number) + 1);
  }, 'levels must be distinct neighbours'),
);

export const TitleEntrySchema = z.object({
  title: z.string().check(z.minLength(3), z.maxLength(60), z.regex(/^[A-Z][A-Za-z&/ -]+$/)),
  levels: LevelsSchema,
});
export type TitleEntry = z.infer<typeof TitleEntrySchema>;

/** Every specialty with titles at every level. */
export const TitleVocabularySchema = z.record(
  SpecialtyIdSchema,
  z
    .array(TitleEntrySchema)
    .check(
      z.refine(
        (titles) => ORDER.every((l) => titles.some((t) => t.levels.includes(l))),
        'a title at every level',
      ),
    ),
);

/** The seeds' titles: each with its levels and the specialties it suits. */
export const SeedTitleSchema = z.object({
  ...TitleEntrySchema.shape,
  specialties: z.array(SpecialtyIdSchema).check(z.minLength(1)),
});
export type SeedTitle = z.infer<typeof SeedTitleSchema>;
