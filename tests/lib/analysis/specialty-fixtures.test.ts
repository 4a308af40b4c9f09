import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { type KnownLevel, SpecialtyIdSchema } from '../../../lib/analysis/schema';
import { quoteTerm } from '../../../lib/analysis/search-strings';
import { vocabularyOf } from '../../../lib/analysis/specialties';
import { cleanTitle } from '../../../lib/analysis/titles/clean-title';
import { levelsOfTitle } from '../../../lib/analysis/titles/search-titles';
import { EXPECTED, TODAY } from '../../fixtures/resumes/expected';
import { SPECIALTY_FIXTURES } from '../../fixtures/specialties';
import { resumeText } from '../../support/resume-text';
import { syntaxProblems } from '../../support/search-syntax';

const ORDER: KnownLevel[] = ['junior', 'mid', 'senior'];
const analysed = SPECIALTY_FIXTURES.map((fixture) => ({
  fixture,
  analysis: analyze(fixture.text, { today: TODAY }),
}));

describe('fixture resumes of every specialty and level', () => {
  it('cover every specialty at every level', () => {
    for (const id of SpecialtyIdSchema.options) {
      for (const level of ORDER) {
        expect(
          SPECIALTY_FIXTURES.filter((f) => f.specialty === id && f.level === level),
          `${id} ${level}`,
        ).toHaveLength(1);
      }
    }
  });

  for (const { fixture, analysis } of analysed) {
    describe(fixture.name, () => {
      it('gets its specialty and level', () => {
        expect(analysis.specialties[0]?.id).toBe(fixture.specialty);
        expect(analysis.level).toBe(fixture.level);
      });

      it('has its own title family first among the titles, and no title two levels off', () => {
        expect(analysis.searchTitles[0]).toBe(cleanTitle(fixture.title));
        for (const title of analysis.searchTitles.slice(1)) {
          const levels = levelsOfTitle(title) ?? [];
          expect(levels, title).toContain(fixture.level);
        }
      });

      it('searches for the specialty\u2019s keywords and the candidate\u2019s lines of business', () => {
        const labels = vocabularyOf(fixture.specialty).concepts.map((c) => c.label);
        const keywords = analysis.searchKeywords.filter((k) => labels.includes(k.label));
        expect(keywords.length).toBeGreaterThanOrEqual(1);
        for (const k of keywords.slice(0, 1)) {
          for (const form of k.forms) expect(analysis.searchString).toContain(quoteTerm(form));
        }
        expect(syntaxProblems(analysis.searchString)).toEqual([]);
        for (const context of analysis.planContexts) {
          expect(analysis.searchString).toContain(quoteTerm(context.forms[0] as string));
        }
      });
    });
  }

  it('never gives two candidates of different specialties the same title list', () => {
    // The older fixture resumes too, each under the specialty found for it.
    const older = Object.keys(EXPECTED)
      .map((name) => ({ name, analysis: analyze(resumeText(name), { today: TODAY }) }))
      .flatMap(({ name, analysis }) => {
        const specialty = analysis.specialties[0]?.id;
        return specialty ? [{ fixture: { name, specialty }, analysis }] : [];
      });
    expect(older.length).toBeGreaterThanOrEqual(10);
    const all = [...analysed, ...older];
    for (const a of all) {
      for (const b of all) {
        if (a.fixture.specialty === b.fixture.specialty) continue;
        expect(a.analysis.searchTitles, `${a.fixture.name} vs ${b.fixture.name}`).not.toEqual(
          b.analysis.searchTitles,
        );
      }
    }
  });
});
