import { describe, expect, it } from 'vitest';
import { baseLevel, suggestLevel } from '../../../lib/analysis/level';
import type { FoundIndicator } from '../../../lib/analysis/level-indicators';
import type { Relevance } from '../../../lib/analysis/relevance';

/** `mid` mid-level and `senior` senior-level indicators, as the health-plan work would show them. */
function signals(mid: number, senior: number): FoundIndicator[] {
  const one = (level: 'mid' | 'senior', n: number) => ({
    id: `${level}-${n}`,
    level,
    label: `${level} work ${n}`,
    quote: `did ${level} work ${n}`,
  });
  return [
    ...Array.from({ length: mid }, (_, n) => one('mid', n)),
    ...Array.from({ length: senior }, (_, n) => one('senior', n)),
  ];
}

function levelFor(relevantYears: number | null, mid = 0, senior = 0, relevance: Relevance = 'strong') {
  const { level, evidence } = suggestLevel({ relevance, relevantYears, indicators: signals(mid, senior) });
  expect(evidence.kind).toBe('level');
  return { level, note: evidence.text };
}

describe('base level from health-plan years', () => {
  it('is junior under 2, mid from 2 to under 5, senior from 5', () => {
    expect(baseLevel(0)).toBe('junior');
    expect(baseLevel(1.99)).toBe('junior');
    expect(baseLevel(2)).toBe('mid');
    expect(baseLevel(4.99)).toBe('mid');
    expect(baseLevel(5)).toBe('senior');
    expect(baseLevel(30)).toBe('senior');
  });

  it('says the years and the range when no borderline move applies', () => {
    expect(levelFor(0.1)).toEqual({
      level: 'junior',
      note: '0.1 yrs of health-plan experience: junior (0–2 years)',
    });
    expect(levelFor(1)).toEqual({
      level: 'junior',
      note: '1 yr of health-plan experience: junior (0–2 years)',
    });
    expect(levelFor(1.99, 1, 0).level).toBe('junior');
    expect(levelFor(2, 1, 0)).toEqual({
      level: 'mid',
      note: '2 yrs of health-plan experience: mid (2–5 years)',
    });
    expect(levelFor(3.14)).toEqual({
      level: 'mid',
      note: '3.1 yrs of health-plan experience: mid (2–5 years)',
    });
    expect(levelFor(4.9, 0, 1).level).toBe('mid');
    expect(levelFor(5, 0, 1)).toEqual({
      level: 'senior',
      note: '5 yrs of health-plan experience: senior (5+ years)',
    });
    expect(levelFor(12).level).toBe('senior');
  });
});

describe('just under 2 with mid-level work: mid', () => {
  it('moves from 1.5 up to 2 with two mid or two senior indicators', () => {
    expect(levelFor(1.5, 2, 0)).toEqual({
      level: 'mid',
      note: '1.5 yrs is just under 2, but the work shown is mid-level: mid',
    });
    expect(levelFor(1.9, 0, 2)).toEqual({
      level: 'mid',
      note: '1.9 yrs is just under 2, but the work shown is mid-level: mid',
    });
  });

  it('does not move below 1.5', () => {
    expect(levelFor(1.49, 2, 2)).toEqual({
      level: 'junior',
      note: '1.5 yrs of health-plan experience: junior (0–2 years)',
    });
  });

  it('does not move with fewer than two of either kind', () => {
    expect(levelFor(1.8, 1, 0).level).toBe('junior');
    expect(levelFor(1.8, 0, 1).level).toBe('junior');
    expect(levelFor(1.8, 1, 1).level).toBe('junior');
  });
});

describe('just over 2 with no mid-level work: junior', () => {
  it('moves from 2 up to 2.5 when no indicator is shown', () => {
    expect(levelFor(2)).toEqual({
      level: 'junior',
      note: '2 yrs is just over 2, but no mid-level work is shown: junior',
    });
    expect(levelFor(2.49)).toEqual({
      level: 'junior',
      note: '2.5 yrs is just over 2, but no mid-level work is shown: junior',
    });
  });

  it('does not move from 2.5', () => {
    expect(levelFor(2.5)).toEqual({
      level: 'mid',
      note: '2.5 yrs of health-plan experience: mid (2–5 years)',
    });
  });

  it('does not move when any mid or senior indicator is shown', () => {
    expect(levelFor(2.2, 1, 0).level).toBe('mid');
    expect(levelFor(2.2, 0, 1).level).toBe('mid');
  });
});

describe('just under 5 with senior work: senior', () => {
  it('moves from 4.5 up to 5 with two or more senior indicators, and says how many', () => {
    expect(levelFor(4.5, 0, 2)).toEqual({
      level: 'senior',
      note: '4.5 yrs is just under 5, but 2 senior indicators are shown: senior',
    });
    expect(levelFor(4.9, 1, 3)).toEqual({
      level: 'senior',
      note: '4.9 yrs is just under 5, but 3 senior indicators are shown: senior',
    });
  });

  it('does not move below 4.5', () => {
    expect(levelFor(4.49, 0, 4)).toEqual({
      level: 'mid',
      note: '4.5 yrs of health-plan experience: mid (2–5 years)',
    });
  });

  it('does not move with one senior indicator, however many mid ones', () => {
    expect(levelFor(4.7, 0, 1).level).toBe('mid');
    expect(levelFor(4.7, 3, 1).level).toBe('mid');
  });
});

describe('just over 5 with no senior work: mid', () => {
  it('moves from 5 up to 5.5 when no senior indicator is shown, whatever the mid ones', () => {
    expect(levelFor(5)).toEqual({
      level: 'mid',
      note: '5 yrs is just over 5, but no senior indicators are shown: mid',
    });
    expect(levelFor(5.4, 3, 0)).toEqual({
      level: 'mid',
      note: '5.4 yrs is just over 5, but no senior indicators are shown: mid',
    });
  });

  it('does not move from 5.5', () => {
    expect(levelFor(5.5)).toEqual({
      level: 'senior',
      note: '5.5 yrs of health-plan experience: senior (5+ years)',
    });
  });

  it('does not move with one senior indicator', () => {
    expect(levelFor(5.2, 0, 1).level).toBe('senior');
  });
});

describe('no level', () => {
  it('when the page shows no health-plan substance, whatever its years and indicators', () => {
    expect(levelFor(7, 0, 3, 'none')).toEqual({
      level: 'unknown',
      note: 'Not a managed-care profile: no health-plan roles and too few managed-care terms, so no level, red flags or interview questions apply.',
    });
  });

  it('when the dated roles include no health-plan work', () => {
    expect(levelFor(0)).toEqual({
      level: 'unknown',
      note: 'No level suggested: none of the dated roles is health-plan work.',
    });
  });

  it('when there are no dates or stated years of health-plan experience', () => {
    for (const relevance of ['some', 'strong'] as const)
      expect(levelFor(null, 2, 2, relevance)).toEqual({
        level: 'unknown',
        note: 'No level suggested: no dates or stated years of health-plan experience.',
      });
  });

  it('is judged on any relevance short of none', () => {
    expect(levelFor(3, 1, 0, 'some').level).toBe('mid');
  });
});
