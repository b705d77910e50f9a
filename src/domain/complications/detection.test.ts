import { describe, expect, it } from 'vitest';
import { urineHours } from '../monitoring/intake-output';
import {
  newSuggestions,
  suggestAki,
  suggestAkiAroundSurgery,
  suggestAkiFromUrine,
  suggestDelirium,
  suggestFever,
  suggestFromVisit,
  suggestPonv,
} from './detection';

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

describe('urine output for KDIGO', () => {
  it('spreads measured volumes over the hours since the last measurement and stages oliguria', async () => {
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

describe('creatinine around the operation', () => {
  const h = 3_600_000;
  const start = Date.parse('2026-11-21T00:30:00Z');
  it('takes the last value before anesthesia began as the baseline and the later ones as the series', () => {
    // Three days before: beyond the 48-h rise window, so only the ratio to the baseline counts here.
    const base = { value: 80, at: start - 72 * h };
    expect(suggestAkiAroundSurgery([base, { value: 95, at: start + 20 * h }], start)).toBeNull();
    // 1.5 × 80 = 120: reached at 120, not at 119.
    expect(suggestAkiAroundSurgery([base, { value: 119, at: start + 20 * h }], start)).toBeNull();
    expect(suggestAkiAroundSurgery([base, { value: 120, at: start + 20 * h }], start)).toMatchObject({
      rule: 'kdigo.creatinine',
      evidence: { stage: 1, baseline: 80, creatinine: 120 },
    });
    // An older, higher value before surgery is not the baseline: the last one is.
    expect(
      suggestAkiAroundSurgery(
        [{ value: 200, at: start - 100 * h }, base, { value: 125, at: start + 20 * h }],
        start,
      )?.evidence,
    ).toMatchObject({ baseline: 80 });
    // A value taken at the start of anesthesia belongs to the series.
    expect(suggestAkiAroundSurgery([base, { value: 130, at: start }], start)?.onsetAt).toBe(start);
    expect(suggestAkiAroundSurgery([], start)).toBeNull();
  });
});

describe('entering the registry', () => {
  const s = (type: 'aki' | 'delirium') => ({ type, rule: 'r', onsetAt: 0, evidence: {} });
  it('suggests a type once per case unless dismissed, and once per batch', () => {
    expect(newSuggestions([{ type: 'aki', status: 'suggested' }], [s('aki')])).toEqual([]);
    expect(newSuggestions([{ type: 'aki', status: 'confirmed' }], [s('aki')])).toEqual([]);
    expect(newSuggestions([{ type: 'aki', status: 'dismissed' }], [s('aki')])).toEqual([s('aki')]);
    expect(newSuggestions([], [s('aki'), s('aki'), s('delirium')])).toEqual([s('aki'), s('delirium')]);
  });
});
