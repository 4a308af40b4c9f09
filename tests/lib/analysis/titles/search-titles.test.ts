import { describe, expect, it } from 'vitest';
import type { KnownLevel, Level, SpecialtyId } from '../../../../lib/analysis/schema';
import { SpecialtyIdSchema } from '../../../../lib/analysis/schema';
import { TITLES_BY_SPECIALTY } from '../../../../lib/analysis/titles/by-specialty';
import { SeedTitleSchema, TitleVocabularySchema } from '../../../../lib/analysis/titles/schema';
import {
  levelFromTitle,
  levelsOfTitle,
  MAX_SEARCH_TITLES,
  searchTitles,
} from '../../../../lib/analysis/titles/search-titles';
import { SEED_TITLES } from '../../../../lib/analysis/titles/seed-titles';

const LEVELS: KnownLevel[] = ['junior', 'mid', 'senior'];
const SPECIALTIES = SpecialtyIdSchema.options;
const distance = (a: KnownLevel, b: KnownLevel) => Math.abs(LEVELS.indexOf(a) - LEVELS.indexOf(b));

describe('the title vocabulary', () => {
  it('has titles at every level for every specialty, as its schema says', () => {
    const parsed = TitleVocabularySchema.parse(TITLES_BY_SPECIALTY);
    expect(Object.keys(parsed).sort()).toEqual([...SPECIALTIES].sort());
    for (const seed of SEED_TITLES) SeedTitleSchema.parse(seed);
  });

  it('rejects levels that skip one and titles that are not titles', () => {
    expect(() =>
      TitleVocabularySchema.parse({ claims: [{ title: 'Claims Examiner', levels: ['junior', 'senior'] }] }),
    ).toThrow();
    expect(() =>
      TitleVocabularySchema.parse({ claims: [{ title: 'claims "examiner"', levels: ['mid'] }] }),
    ).toThrow();
    expect(() =>
      TitleVocabularySchema.parse({ claims: [{ title: 'Claims Examiner', levels: ['mid'] }] }),
    ).toThrow(/every level/);
  });

  it('lists each title once within a specialty', () => {
    for (const id of SPECIALTIES) {
      const titles = TITLES_BY_SPECIALTY[id].map((t) => t.title.toLowerCase());
      expect(new Set(titles).size, id).toBe(titles.length);
    }
  });
});

describe('search titles', () => {
  it('starts with the candidate\u2019s own latest title, cleaned', () => {
    const titles = searchTitles({
      level: 'mid',
      specialties: ['claims'],
      ownTitles: ['Claims Examiner II', 'Claims Processor'],
    });
    expect(titles[0]).toBe('Claims Examiner');
    // Same work at the same level, as plans name it; each title once.
    expect(titles).toEqual(
      expect.arrayContaining(['Claims Adjudicator', 'Claims Processor', 'Claims Analyst']),
    );
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('gives a director directors\u2019 titles and a representative representatives\u2019', () => {
    const director = searchTitles({
      level: 'senior',
      specialties: ['provider-network'],
      ownTitles: ['Director, Network Management'],
    });
    expect(director[0]).toBe('Director of Network Management');
    expect(director).toContain('VP Network Development');
    expect(director).not.toContain('Provider Services Representative');
    const rep = searchTitles({ level: 'junior', specialties: ['member-services'], ownTitles: [] });
    expect(rep).toContain('Member Services Representative');
    expect(rep).not.toContain('Director of Member Services');
  });

  for (const id of SPECIALTIES) {
    for (const level of LEVELS) {
      it(`${id}, ${level}: same-level titles, none two levels off, at most ${MAX_SEARCH_TITLES}`, () => {
        const titles = searchTitles({ level, specialties: [id], ownTitles: [] });
        expect(titles.length).toBeGreaterThanOrEqual(4);
        expect(titles.length).toBeLessThanOrEqual(MAX_SEARCH_TITLES);
        for (const title of titles) {
          const levels = levelsOfTitle(title);
          expect(levels, title).toBeDefined();
          expect(levels?.includes(level), `${title} at ${level}`).toBe(true);
          expect(Math.min(...(levels ?? []).map((l) => distance(l, level)))).toBe(0);
        }
      });
    }
  }

  it('gives different specialties different lists at every level', () => {
    for (const level of LEVELS) {
      const lists = SPECIALTIES.map((id: SpecialtyId) =>
        searchTitles({ level, specialties: [id], ownTitles: [] }).join('|'),
      );
      expect(new Set(lists).size, level).toBe(SPECIALTIES.length);
    }
  });

  it('uses the seed\u2019s titles for the level when no specialty is known', () => {
    const levels: Level[] = ['junior', 'mid', 'senior'];
    for (const level of levels) {
      const titles = searchTitles({ level, specialties: [], ownTitles: [] });
      expect(titles.length).toBeGreaterThan(0);
      for (const t of titles) expect(levelsOfTitle(t)).toContain(level);
    }
    expect(searchTitles({ level: 'unknown', specialties: [], ownTitles: [] })).toEqual(
      SEED_TITLES.map((t) => t.title),
    );
  });

  it('guesses the level from the latest title when the years give none', () => {
    expect(levelFromTitle('Director of Claims')).toBe('senior');
    expect(levelFromTitle('Claims Representative')).toBe('junior');
    expect(levelFromTitle('Claims Analyst')).toBe('mid');
    expect(levelFromTitle(undefined)).toBe('mid');
    const titles = searchTitles({ level: 'unknown', specialties: ['claims'], ownTitles: ['Claims Manager'] });
    expect(titles).toContain('Director of Claims Operations');
    expect(titles).not.toContain('Claims Representative');
  });
});
