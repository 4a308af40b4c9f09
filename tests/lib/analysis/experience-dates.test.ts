import { describe, expect, it } from 'vitest';
import {
  findDateRanges,
  findStatedYears,
  MAX_STATED_YEARS,
  mergedYears,
  parseResumeDate,
  rangeSpan,
  sentenceFinder,
} from '../../../lib/analysis/experience-dates';

const TODAY = new Date('2026-11-25T00:00:00Z');

function years(line: string): number | null {
  const range = findDateRanges(line)[0];
  if (!range) return null;
  const span = rangeSpan(range, TODAY);
  return span ? Math.round(((span.to - span.from) / 12) * 10) / 10 : null;
}

describe('date ranges', () => {
  it.each([
    ['Jan 2018 – Present', 8.8],
    ['January 2018 - present', 8.8],
    ['Sept. 2019 — Current', 7.2],
    ['03/2015 - 06/2019', 4.3],
    ['3/2015-6/2019', 4.3],
    ['2012–2016', 4],
    ['2012 - 2012', 0.5],
    ['May 2014 to Current', 12.5],
    ['Jun 2020 through Dec 2021', 1.5],
    ['07/2014–05/2015', 0.8],
    ['Aug 2022 - Present · 4 yrs 4 mos', 4.3],
    ['Summer 2019 – Fall 2019', 0.3],
  ])('%s covers %d years', (line, expected) => {
    expect(years(line)).toBe(expected);
  });

  it.each([
    'Call (555) 201-2018',
    'Graduated 2016',
    'ZIP 2012-2016x',
    'Revenue grew 2010%',
    'v2.2018-2019',
    'Dec 2019 – Jan 2018',
  ])('finds no usable range in %s', (line) => {
    expect(years(line)).toBeNull();
  });

  it('clamps ranges that run past today', () => {
    expect(years('Jan 2026 – Dec 2030')).toBe(0.8);
  });

  it('parses single dates', () => {
    expect(parseResumeDate('Mar 2018')).toEqual({ year: 2018, month: 2 });
    expect(parseResumeDate('12/2019')).toEqual({ year: 2019, month: 11 });
    expect(parseResumeDate('2019')).toEqual({ year: 2019, month: null });
    expect(parseResumeDate('Marching 2018')).toBeNull();
  });
});

describe('merging', () => {
  it('counts overlapping months once', () => {
    expect(
      mergedYears([
        { from: 0, to: 24 },
        { from: 12, to: 36 },
        { from: 48, to: 60 },
      ]),
    ).toBe(4);
  });

  it('handles nested, touching and empty lists', () => {
    expect(
      mergedYears([
        { from: 0, to: 120 },
        { from: 10, to: 20 },
      ]),
    ).toBe(10);
    expect(
      mergedYears([
        { from: 0, to: 12 },
        { from: 12, to: 24 },
      ]),
    ).toBe(2);
    expect(mergedYears([])).toBe(0);
  });
});

describe('stated years', () => {
  it.each([
    ['7+ years of experience in claims', 7],
    ['Over ten years of managed care experience.', 10],
    ['5 yrs experience', 5],
    ["12 years' experience with HMOs", 12],
    ['seven (7) years of progressive health plan experience', 7],
  ])('reads %s', (text, expected) => {
    expect(findStatedYears(text).map((s) => s.years)).toEqual([expected]);
  });

  it('ignores years that are not experience', () => {
    expect(findStatedYears('Member for 5 years of the club; 3 years old; 2019 experience')).toEqual([]);
  });
});

describe('stated years on crafted pages', () => {
  /** The sentence bounds as first written: searching back and forth from each figure. */
  function naiveBounds(text: string, at: number) {
    const start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('. ', at)) + 1;
    const end = /\.(?=\s|$)|\n\s*\n|\n(?=\s*[\u2022*-])/.exec(text.slice(at));
    return { start, end: end ? at + end.index + (end[0] === '.' ? 1 : 0) : text.length };
  }

  it('finds the same sentences as searching from every figure', () => {
    const text = [
      'Summary. Over 7 years of managed care experience in claims.',
      'Worked 3 years\nof wrapped experience',
      '',
      '- 2 years of HMO experience',
      '\u2022 4 yrs experience. 5 years of experience',
      '6 years experience',
      '  \n  \n8 years experience. ',
    ].join('\n');
    const finder = sentenceFinder(text);
    const figures = [...text.matchAll(/\d+ (?:years|yrs)/g)].map((m) => m.index);
    expect(figures.length).toBe(7);
    for (const at of figures) expect(finder.at(at)).toEqual(naiveBounds(text, at));
  });

  it.each([
    ['one line', '5 years experience '],
    ['one sentence over many lines', '5 years experience\n'],
    ['sentences', '5 years experience. '],
    ['spaces after the figure', `5${' '.repeat(1_000)}`],
  ])('reads a 500,000-character page of %s once', (_, unit) => {
    const text = unit.repeat(Math.ceil(500_000 / unit.length)).slice(0, 500_000);
    const finder = sentenceFinder(text);
    for (const m of text.matchAll(/\d/g)) finder.at(m.index);
    expect(finder.work.stepped).toBeLessThanOrEqual(text.length);
    expect(finder.work.searched).toBeLessThanOrEqual(text.length);
  });

  it('keeps a few figures from a page repeating one, each quoted in a few hundred characters', () => {
    const text = '5 years experience '.repeat(26_316).slice(0, 500_000);
    const found = findStatedYears(text);
    expect(found.length).toBe(MAX_STATED_YEARS);
    for (const s of found) {
      expect(s.years).toBe(5);
      expect(s.sentence.length).toBeLessThanOrEqual(450);
      expect(s.sentence).toMatch(/5 years experience.*\u2026$/);
    }
  });

  it('quotes a short sentence whole', () => {
    expect(findStatedYears('Intro.\nI have 7+ years of claims experience. More.')[0]?.sentence).toBe(
      'I have 7+ years of claims experience.',
    );
  });
});
