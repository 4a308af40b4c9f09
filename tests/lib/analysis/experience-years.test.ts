import { describe, expect, it } from 'vitest';
import { experienceYears } from '../../../lib/analysis/experience-years';
import type { Relevance } from '../../../lib/analysis/relevance';
import { GLOSSARY } from '../../../lib/glossary';
import { compileMatcher } from '../../../lib/matching/matcher';

const matcher = compileMatcher(GLOSSARY);
const YEAR = 12;
/** Months counted from year 0, as `MonthSpan`s are. */
const span = (fromYear: number, toYear: number) => ({ from: fromYear * YEAR, to: toYear * YEAR });

function years(
  text: string,
  spans = [span(2020, 2024)],
  relevantSpans = spans,
  relevance: Relevance = 'some',
) {
  return experienceYears({ text, spans, relevantSpans, relevance, matcher });
}

describe('years from dated roles', () => {
  it('adds up every dated role, and the health-plan ones apart', () => {
    expect(years('', [span(2010, 2014), span(2012, 2020)], [span(2018, 2020)])).toEqual({
      total: 10,
      relevant: 2,
      evidence: [],
    });
  });

  it('notes a stated figure two or more years off the dates, and keeps the dates', () => {
    expect(years('Over 7 years of claims experience.')).toEqual({
      total: 4,
      relevant: 4,
      evidence: [
        {
          kind: 'stated-years',
          text: 'States "Over 7 years of claims experience.", but the dated roles add up to 4 yrs: worth asking.',
        },
      ],
    });
    expect(years('5 years of experience.').evidence).toEqual([]);
  });
});

describe('stated years when no role is dated', () => {
  it('takes the largest stated figure, and its health-care sentence for the health-plan years', () => {
    const found = years('10 years of retail experience. 3 years of health plan experience.', []);
    expect(found).toEqual({
      total: 10,
      relevant: 3,
      evidence: [
        {
          kind: 'stated-years',
          text: 'No dated roles, so the years come from the figure the resume states: "10 years of retail experience."',
        },
      ],
    });
  });

  it("ignores figures that are not the person's own overall experience", () => {
    for (const text of [
      'Led a team with 40 years of combined claims experience.',
      'The role requires 5 years of managed care experience.',
      'Member services representative. 6 years of experience with Microsoft Excel.',
    ])
      expect(years(text, [])).toEqual({ total: null, relevant: null, evidence: [] });
  });

  it('reads a glossary term in the sentence as health care', () => {
    expect(years('4 years of HMO experience.', []).relevant).toBe(4);
  });

  it('counts a figure with no health-care sentence as health-plan years only on a strong page', () => {
    const text = '6 years of experience.';
    expect(years(text, [], [], 'some')).toMatchObject({ total: 6, relevant: null });
    expect(years(text, [], [], 'strong')).toMatchObject({ total: 6, relevant: 6 });
  });

  it('gives nulls with neither dates nor a stated figure', () => {
    expect(years('Claims examiner', [])).toEqual({ total: null, relevant: null, evidence: [] });
  });
});
