import { describe, expect, it } from 'vitest';
import { computeAll, indicatorValue, type Outcome, personOutcome } from './compute';
import { anchorDate, instant, localDateOf } from './facts';
import { at, gaCase, UNKNOWN_OUTCOMES, withTimes } from './facts.fixture';
import { INDICATORS } from './indicators';

describe('person outcome (D04)', () => {
  const cases: [Outcome[], Outcome][] = [
    [['denominator', 'numerator', 'missing'], 'numerator'],
    [['denominator', 'missing'], 'missing'],
    [['denominator', 'unclassifiable'], 'missing'],
    [['unclassifiable', 'out'], 'unclassifiable'],
    [['excluded', 'denominator'], 'denominator'],
    [['excluded_numerator', 'denominator'], 'excluded_numerator'],
    [['excluded', 'excluded'], 'excluded'],
    [['out'], 'out'],
  ];
  it.each(cases)('%j → %s', (outcomes, expected) => {
    expect(personOutcome(outcomes)).toBe(expected);
  });
});

describe('values', () => {
  it('in the indicator’s own unit, null when the denominator is 0', () => {
    expect(indicatorValue(1, 4, '%')).toBe(25);
    expect(indicatorValue(1, 4, '‰')).toBe(250);
    expect(indicatorValue(1, 4, '‱')).toBe(2500);
    expect(indicatorValue(3, 4, 'ratio')).toBe(0.75);
    expect(indicatorValue(0, 0, '%')).toBeNull();
  });

  it('every indicator of both editions computes on an empty period with no value', () => {
    for (const edition of ['2022', '2015'] as const) {
      const results = computeAll(INDICATORS[edition], { cases: [] });
      expect(results).toHaveLength(26);
      for (const r of results) expect(r.value).toBeNull();
    }
  });

  it('every indicator of both editions computes on a case with every fact unknown without counting it as "no"', () => {
    const unknown = gaCase({
      ...UNKNOWN_OUTCOMES,
      location: null,
      urgency: null,
      asa: null,
      method: null,
      cranialSurgery: null,
      laryngealNeckThoracicSurgery: null,
      death: null,
    });
    // Decided from the time anchors and the status alone.
    const decided = new Set(['AQI-CRB-05', 'AQI-CRA-06', '2015-05']);
    for (const r of computeAll([...INDICATORS['2022'], ...INDICATORS['2015']], { cases: [unknown] })) {
      if (r.counting === 'staffing' || r.code === 'AQI-EPD-26') continue;
      if (decided.has(r.code)) continue;
      expect({ code: r.code, denominator: r.denominator }).toEqual({ code: r.code, denominator: 0 });
      expect(r.missing + r.unclassifiable).toBe(1);
    }
  });
});

describe('period anchor (D02) and instants', () => {
  it('anchors on the local date of room entry, else of the scheduled time', () => {
    const late = withTimes(gaCase(), {
      inRoomAt: at('23:50', '2025-03-31'),
      anesthesiaStartAt: at('00:10', '2025-04-01'),
    });
    expect(anchorDate(late)).toBe('2025-03-31');
    expect(anchorDate(withTimes(gaCase(), { inRoomAt: null, scheduledAt: at('07:30', '2025-04-01') }))).toBe(
      '2025-04-01',
    );
    expect(anchorDate(withTimes(gaCase(), { inRoomAt: null, scheduledAt: null }))).toBeNull();
  });
  it('takes UTC+08:00 calendar days whatever the written offset, and refuses a time without an offset', () => {
    expect(localDateOf(instant('2025-03-31T16:30:00Z'))).toBe('2025-04-01');
    expect(() => instant('2025-03-31T16:30:00')).toThrow();
  });
});

describe('options', () => {
  it('ids: false gives the same figures without the drill-down lists', () => {
    const cases = [
      gaCase({ unplannedAirway: true }),
      gaCase({ caseId: 'C2', personId: 'P2', unplannedAirway: null }),
    ];
    const all = [...INDICATORS['2022'], ...INDICATORS['2015']];
    const full = computeAll(all, { cases });
    const bare = computeAll(all, { cases }, { ids: false });
    expect(bare.map(({ caseIds, personIds, ...r }) => r)).toEqual(
      full.map(({ caseIds, personIds, ...r }) => r),
    );
    expect(bare.every((r) => r.caseIds === null && r.personIds === null)).toBe(true);
    expect(full.find((r) => r.code === 'AQI-IUA-13')).toMatchObject({ numerator: 1, missing: 1 });
  });
});
