import { describe, expect, it } from 'vitest';
import { ageItemPoints, CAPRINI_ITEMS, caprini } from './caprini';

const allNo = Object.fromEntries(Object.keys(CAPRINI_ITEMS).map((k) => [k, false]));
const women = { oralContraceptiveOrHrt: false, pregnantOrPostpartum: false, adverseObstetricHistory: false };
const man = (age: number, over: object = {}) => ({
  ...allNo,
  age,
  sex: 'male' as const,
  bmi: 22,
  surgery: 'none' as const,
  ...over,
});
const woman = (age: number, over: object = {}) => ({
  ...allNo,
  ...women,
  age,
  sex: 'female' as const,
  bmi: 22,
  surgery: 'none' as const,
  ...over,
});

describe('Caprini 2005 (§5.4 vectors C1–C6) under both band schemes', () => {
  it.each([
    ['C1 man 35, nothing', man(35), 0, 'low', 'very_low'],
    [
      'C2 woman 30, minor surgery, oral contraceptive',
      woman(30, { surgery: 'minor', oralContraceptiveOrHrt: true }),
      2,
      'moderate',
      'low',
    ],
    ['C3 man 45, minor surgery, BMI 27', man(45, { surgery: 'minor', bmi: 27 }), 3, 'high', 'moderate'],
    [
      'C4 woman 55, major surgery, varicose veins',
      woman(55, { surgery: 'major', varicoseVeins: true }),
      4,
      'high',
      'moderate',
    ],
    [
      'C5 woman 62, laparoscopic colectomy for cancer',
      woman(62, { surgery: 'laparoscopic', malignancy: true }),
      6,
      'highest',
      'high',
    ],
    [
      'C6 man 76, knee arthroplasty, previous DVT, BMI 31',
      man(76, { surgery: 'arthroplasty', historyOfVte: true, bmi: 31 }),
      12,
      'highest',
      'high',
    ],
  ])('%s', (_n, i, total, band2005, bandAccp) => {
    expect(caprini.compute({ ...i, bandScheme: 'caprini2005' })).toMatchObject({ total, band: band2005 });
    expect(caprini.compute(i)).toMatchObject({
      total,
      band: bandAccp,
      details: { bandScheme: 'ACCP-9 / China 2018' },
    });
  });

  it.each([
    [40, 0],
    [41, 1],
    [60, 1],
    [61, 2],
    [74, 2],
    [75, 3],
  ])('age %d → %d', (a, p) => expect(ageItemPoints(a)).toBe(p));
  it('BMI 25 does not score, 25.1 does', () => {
    expect(caprini.compute(man(30, { bmi: 25 }))).toMatchObject({ total: 0 });
    expect(caprini.compute(man(30, { bmi: 25.1 }))).toMatchObject({ total: 1 });
  });
  it.each([
    [0, 'very_low'],
    [1, 'low'],
    [2, 'low'],
    [3, 'moderate'],
    [4, 'moderate'],
    [5, 'high'],
  ])('ACCP-9 band at %d is %s', (n, band) => {
    const others = Array.from({ length: n }, (_, k) => `other ${k}`);
    expect(caprini.compute(man(30, { otherRiskFactors: others }))).toMatchObject({ total: n, band });
  });
  it('flags the high band and always proposes the band’s prophylaxis plan', () => {
    const r = caprini.compute(woman(62, { surgery: 'laparoscopic', malignancy: true }));
    expect(r).toMatchObject({
      flags: [{ code: 'caprini.high' }],
      recommendations: [{ code: 'caprini.vte_prophylaxis.high' }],
    });
  });
  it('asks the women-only items of women only', () => {
    const { oralContraceptiveOrHrt: _o, ...partial } = woman(30);
    expect(caprini.compute(partial)).toEqual({ status: 'incomplete', missing: ['oralContraceptiveOrHrt'] });
    expect(caprini.compute(man(30)).status).toBe('complete');
  });
});
