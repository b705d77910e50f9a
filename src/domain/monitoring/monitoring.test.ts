import { describe, expect, it } from 'vitest';
import { getInstrument } from '../scores/index';
import { suggestAki, suggestDelirium, suggestFever, suggestPonv } from './detection';
import { isOverdue, responseFor, shouldEscalate } from './escalation';
import { diedWithin24h, isDay28Due, outcomeOnDay28 } from './outcome';

const news2 = (values: Record<string, unknown>) => {
  const r = getInstrument('news2')!.compute(values as never);
  if (r.status !== 'complete') throw new Error('incomplete');
  return r;
};

describe('the NEWS2 escalation loop', () => {
  it('maps each band to its alert and next due time (RCP Charts 3–4)', () => {
    const base = {
      respirationRate: 16,
      spo2: 97,
      spo2Scale: 1,
      onOxygen: false,
      systolicBp: 120,
      pulse: 75,
      consciousness: 'A',
      temperature: 37,
    };
    const cases: [Record<string, unknown>, number, string | null, number][] = [
      [base, 0, null, 720],
      [{ ...base, pulse: 95 }, 1, null, 240],
      [{ ...base, consciousness: 'C' }, 3, 'red_score', 60],
      [{ ...base, respirationRate: 22, spo2: 93, pulse: 95 }, 5, 'urgent', 60],
      // N5-like: the NEWS2 7 → emergency, continuous monitoring.
      [
        { ...base, respirationRate: 22, spo2: 95, onOxygen: true, systolicBp: 105, pulse: 95 },
        7,
        'emergency',
        15,
      ],
    ];
    for (const [values, total, alert, due] of cases) {
      const r = news2(values);
      expect(r.total, JSON.stringify(values)).toBe(total);
      expect(responseFor(r.band as never, r.details!.monitoringFrequency as never)).toEqual({
        alert,
        dueMinutes: due,
      });
    }
  });

  it('escalates unacknowledged alerts and flags overdue observations after the configured minutes', () => {
    expect(shouldEscalate('emergency', 0, 4 * 60_000)).toBe(false);
    expect(shouldEscalate('emergency', 0, 5 * 60_000)).toBe(true);
    expect(shouldEscalate('urgent', 0, 14 * 60_000)).toBe(false);
    expect(shouldEscalate('overdue', 0, 999 * 60_000)).toBe(false);
    expect(isOverdue(0, 14 * 60_000)).toBe(false);
    expect(isOverdue(0, 15 * 60_000)).toBe(true);
  });
});

describe('complication detection rules', () => {
  it('suggests AKI stage 1 from a creatinine rise (KDIGO 2012), not from a stable series', () => {
    const baseline = { value: 80, at: '2026-11-20T00:00:00Z' };
    expect(suggestAki(baseline, [{ value: 90, at: '2026-11-22T00:00:00Z' }])).toBeNull();
    const s = suggestAki(baseline, [
      { value: 90, at: '2026-11-22T00:00:00Z' },
      { value: 121, at: '2026-11-23T00:00:00Z' },
    ]);
    expect(s).toMatchObject({
      type: 'aki',
      rule: 'kdigo.creatinine',
      evidence: { stage: 1, creatinine: 121 },
    });
    expect(s!.onsetAt).toBe(Date.parse('2026-11-23T00:00:00Z'));
    expect(suggestAki(null, [{ value: 300, at: '2026-11-23T00:00:00Z' }])).toBeNull();
    // Without a baseline the 48-h rise still suggests AKI, naming the ratio rule as not evaluated.
    expect(
      suggestAki(null, [
        { value: 80, at: '2026-11-22T00:00:00Z' },
        { value: 106.5, at: '2026-11-24T00:00:00Z' },
      ]),
    ).toMatchObject({ evidence: { stage: 1, creatinine: 106.5, notEvaluated: 'baselineCreatinine' } });
  });

  it('suggests delirium from 4AT ≥ 4 or a positive CAM-ICU, PONV after anesthesia, fever over 24 h', () => {
    expect(suggestDelirium([{ instrument: '4at', total: 3, at: '2026-11-22T00:00:00Z' }])).toBeNull();
    expect(suggestDelirium([{ instrument: '4at', total: 4, at: '2026-11-22T00:00:00Z' }])?.rule).toBe(
      '4at.ge4',
    );
    expect(
      suggestDelirium([{ instrument: 'cam-icu', total: 0, positive: true, at: '2026-11-22T00:00:00Z' }])
        ?.rule,
    ).toBe('cam-icu.positive');
    const end = Date.parse('2026-11-22T10:00:00Z');
    expect(suggestPonv([{ kind: 'rescue_antiemetic', at: '2026-11-22T09:00:00Z' }], end)).toBeNull();
    expect(suggestPonv([{ kind: 'vomiting', at: '2026-11-22T12:00:00Z' }], end)?.rule).toBe('ponv.vomiting');
    expect(
      suggestFever([
        { value: 38.2, at: '2026-11-22T00:00:00Z' },
        { value: 38.1, at: '2026-11-22T23:00:00Z' },
      ]),
    ).toBeNull();
    expect(
      suggestFever([
        { value: 38.2, at: '2026-11-22T00:00:00Z' },
        { value: 37.0, at: '2026-11-22T12:00:00Z' },
        { value: 38.3, at: '2026-11-23T01:00:00Z' },
      ]),
    ).toBeNull();
    expect(
      suggestFever([
        { value: 38.2, at: '2026-11-22T00:00:00Z' },
        { value: 38.0, at: '2026-11-23T00:00:00Z' },
      ])?.type,
    ).toBe('persistent_fever');
  });
});

describe('the 28-day outcome', () => {
  const day = 86_400_000;
  it('is known from hospital data, else unknown (a follow-up call)', () => {
    expect(outcomeOnDay28({ anesthesiaEnd: 0, deathAt: 10 * day, dischargedAt: null })).toBe('died');
    expect(outcomeOnDay28({ anesthesiaEnd: 0, deathAt: 29 * day, dischargedAt: null })).toBe('alive');
    expect(outcomeOnDay28({ anesthesiaEnd: 0, deathAt: null, dischargedAt: null })).toBe('alive');
    expect(outcomeOnDay28({ anesthesiaEnd: 0, deathAt: null, dischargedAt: 30 * day })).toBe('alive');
    expect(outcomeOnDay28({ anesthesiaEnd: 0, deathAt: null, dischargedAt: 9 * day })).toBe('unknown');
    expect(isDay28Due(0, 28 * day - 1)).toBe(false);
    expect(isDay28Due(0, 28 * day)).toBe(true);
    expect(diedWithin24h(0, day)).toBe(true);
    expect(diedWithin24h(0, day + 1)).toBe(false);
  });
});

describe('intake and output', () => {
  it('sums per 24 h from the end of anesthesia with a cumulative balance', async () => {
    const { ioByDay } = await import('./intake-output');
    const h = 3_600_000;
    const days = ioByDay(
      [
        { direction: 'in', volumeMl: 1500, at: 2 * h },
        { direction: 'out', volumeMl: 800, at: 10 * h },
        { direction: 'in', volumeMl: 1000, at: 30 * h },
        { direction: 'out', volumeMl: 1600, at: 47 * h },
      ],
      0,
    );
    expect(days.map((d) => [d.day, d.inMl, d.outMl, d.balanceMl, d.cumulativeMl])).toEqual([
      [1, 1500, 800, 700, 700],
      [2, 1000, 1600, -600, 100],
    ]);
    expect(ioByDay([], 0)).toEqual([]);
  });
});

describe('urine output for KDIGO', () => {
  it('spreads measured volumes over the hours since the last measurement and stages oliguria', async () => {
    const { urineHours } = await import('./intake-output');
    const { suggestAkiFromUrine } = await import('./detection');
    const h = 3_600_000;
    const t0 = Date.parse('2026-11-22T00:00:00Z');
    // 70 kg: 0.5 mL/kg/h = 35 mL/h. 120 mL over 4 h = 30 mL/h, then 90 over 3 h = 30 mL/h → 7 h below.
    const hours = urineHours(
      [
        { volumeMl: 120, at: t0 + 4 * h },
        { volumeMl: 90, at: t0 + 7 * h },
      ],
      t0,
    );
    expect(hours).toHaveLength(7);
    expect(hours.every((x) => x.ml === 30)).toBe(true);
    expect(suggestAkiFromUrine(70, hours)).toMatchObject({
      type: 'aki',
      rule: 'kdigo.urine_output',
      evidence: { stage: 1 },
    });
    // 35 mL/h is exactly 0.5 mL/kg/h: not below.
    expect(suggestAkiFromUrine(70, urineHours([{ volumeMl: 35 * 7, at: t0 + 7 * h }], t0))).toBeNull();
    expect(suggestAkiFromUrine(null, hours)).toBeNull();
  });
});

describe('post-anesthesia visit findings', () => {
  it('suggest PONV from a rescue antiemetic even without vomiting, and awareness always', async () => {
    const { suggestFromVisit } = await import('./detection');
    const ctx = { anesthesiaEnd: 0, ketamineGiven: false, regionalBlock: false };
    expect(suggestFromVisit({ rescueAntiemetic: true }, 3_600_000, ctx).map((s) => s.rule)).toEqual([
      'visit72.rescue_antiemetic',
    ]);
    expect(
      suggestFromVisit({ awareness: true, hallucination: true }, 3_600_000, ctx).map((s) => s.type),
    ).toEqual(['awareness']);
    expect(suggestFromVisit({ hoarseness: true }, 71 * 3_600_000, ctx)).toEqual([]);
    expect(suggestFromVisit({ hoarseness: true }, 73 * 3_600_000, ctx).map((s) => s.type)).toEqual([
      'hoarseness_72h',
    ]);
  });
});
