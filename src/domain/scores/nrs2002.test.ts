import { describe, expect, it } from 'vitest';
import { bmiGrade, intakeGrade, nrs2002 } from './nrs2002';

const normal = {
  bmi: 23,
  weightLoss: 'none' as const,
  intakePercent: 100,
  impairedGeneralCondition: false,
  severelyIll: false,
};

describe('NRS-2002 (§7.4 vectors NR1–NR7)', () => {
  it.each([
    ['NR1 45 y, hernia', { ...normal, age: 45, diseaseSeverity: 0 }, [0, 0, 0], 0, 'not_at_risk'],
    [
      'NR2 72 y, major abdominal surgery',
      { ...normal, age: 72, bmi: 24, diseaseSeverity: 2 },
      [0, 2, 1],
      3,
      'at_risk',
    ],
    ['NR3 69 y, same', { ...normal, age: 69, bmi: 24, diseaseSeverity: 2 }, [0, 2, 0], 2, 'not_at_risk'],
    [
      'NR4 65 y, 6 % in 3 months, COPD',
      { ...normal, age: 65, weightLoss: 'over5pct_3months', diseaseSeverity: 1 },
      [1, 1, 0],
      2,
      'not_at_risk',
    ],
    [
      'NR5 66 y, BMI 18.5 impaired, gastrectomy',
      { ...normal, age: 66, bmi: 18.5, impairedGeneralCondition: true, diseaseSeverity: 2 },
      [2, 2, 0],
      4,
      'at_risk',
    ],
    [
      'NR6 50 y, BMI 18.4 impaired, head injury ICU',
      {
        ...normal,
        age: 50,
        bmi: 18.4,
        impairedGeneralCondition: true,
        diseaseSeverity: 3,
        severelyIll: true,
      },
      [3, 3, 0],
      6,
      'at_risk',
    ],
    [
      'NR7 80 y, eats 20 %, hip fracture',
      { ...normal, age: 80, intakePercent: 20, diseaseSeverity: 1 },
      [3, 1, 1],
      5,
      'at_risk',
    ],
  ] as [string, object, number[], number, string][])('%s', (_n, i, subs, total, band) => {
    const r = nrs2002.compute(i);
    if (r.status !== 'complete') throw new Error('expected a score');
    expect(Object.values(r.subscores)).toEqual(subs);
    expect(r.total).toBe(total);
    expect(r.band).toBe(band);
  });
  it.each([
    [25, 3],
    [26, 2],
    [49, 2],
    [50, 1],
    [75, 1],
    [76, 0],
  ])('intake %d %% → grade %d (severer wins, D12)', (p, g) => expect(intakeGrade(p)).toBe(g));
  it('BMI grades only with impaired general condition', () => {
    expect(bmiGrade(18.4, false)).toBe(0);
    expect([bmiGrade(18.4, true), bmiGrade(18.5, true), bmiGrade(20.5, true), bmiGrade(20.6, true)]).toEqual([
      3, 2, 2, 0,
    ]);
  });
  it('age 70 exactly counts; ≥ 3 proposes a nutrition plan', () => {
    const r = nrs2002.compute({ ...normal, age: 70, diseaseSeverity: 2 });
    expect(r).toMatchObject({
      total: 3,
      flags: [{ code: 'nrs2002.at_risk' }],
      recommendations: [{ code: 'nrs2002.nutrition_plan' }],
    });
  });
});
