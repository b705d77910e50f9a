import { describe, expect, it } from 'vitest';
import type { OpenBedPeriod } from './bed-days';
import { type DepartmentKpiInput, departmentKpis, type KpiCase } from './kpis';
import { wilsonInterval } from './wilson';

const PERIOD = { from: '2024-07-01', to: '2024-07-31' };
let seq = 0;

/** A performed grade-4 VATS operation of person P1 in admission A1, operated 07-10, discharged 07-15. */
const op = (over: Partial<KpiCase> = {}): KpiCase => ({
  caseKey: `C${++seq}`,
  admissionKey: 'A1',
  personKey: 'P1',
  performed: true,
  procedureType: 'surgery',
  surgeryDate: '2024-07-10',
  dischargeDate: '2024-07-15',
  grade: 4,
  approach: 'vats',
  province: '山西省',
  deathDate: null,
  clavienMax: null,
  ...over,
});

/** Admission n (person n) with the given operation overrides, one row per override. */
const admission = (n: number, ...ops: Partial<KpiCase>[]): KpiCase[] =>
  ops.map((o) => op({ admissionKey: `A${n}`, personKey: `P${n}`, ...o }));

const run = (
  cases: KpiCase[],
  extra: Partial<Parameters<typeof departmentKpis>[1]> = {},
  beds: Partial<DepartmentKpiInput> = {},
) => departmentKpis({ cases, stays: [], openBeds: [], ...beds }, { period: PERIOD, ...extra });

const terms = (p: { numerator: number; denominator: number; unknown: number }) => [
  p.numerator,
  p.denominator,
  p.unknown,
];

describe('operations and ablation count (episodes)', () => {
  it('counts performed surgery case-episodes dated in the period, each operation once', () => {
    const k = run([
      op(),
      op(), // the same person operated twice: two episodes
      op({ approach: 'ablation' }),
      op({ performed: false }),
      op({ procedureType: 'procedure' }),
      op({ procedureType: 'labour_analgesia' }),
      op({ surgeryDate: '2024-06-30' }),
      op({ surgeryDate: '2024-08-01' }),
      op({ surgeryDate: null }),
      op({ surgeryDate: '2024-07-31', admissionKey: null }), // outpatient operation
    ]);
    expect(k.operations).toBe(4);
    expect(k.ablationCount).toBe(1);
  });
});

describe('the unit of the 国考 shares: an admission discharged in the period with ≥ 1 performed surgery', () => {
  it('two operations in one admission count once', () => {
    const k = run(admission(1, { grade: 3 }, { grade: 4 }));
    expect(terms(k.grade4Share)).toEqual([1, 1, 0]);
    expect(k.grade4Share.countingNote).toBe('persons_per_admission');
  });

  it('is anchored on the discharge date, not the surgery date', () => {
    const k = run([
      ...admission(1, { surgeryDate: '2024-06-25', dischargeDate: '2024-07-02' }), // in
      ...admission(2, { surgeryDate: '2024-07-28', dischargeDate: '2024-08-03' }), // out: discharged in August
      ...admission(3, { dischargeDate: null }), // out: still in hospital
    ]);
    expect(terms(k.grade4Share)).toEqual([1, 1, 0]);
  });

  it('leaves out admissions without a performed surgery, and outpatients', () => {
    const k = run([
      ...admission(1, { procedureType: 'procedure' }),
      ...admission(2, { performed: false }),
      op({ admissionKey: null, personKey: 'P3' }),
      ...admission(4, { grade: 2 }),
    ]);
    expect(terms(k.grade4Share)).toEqual([0, 1, 0]);
  });

  it('a second admission of the same person is a second unit', () => {
    const k = run([
      ...admission(1, {}),
      op({ admissionKey: 'A9', personKey: 'P1', dischargeDate: '2024-07-29' }),
    ]);
    expect(k.grade4Share.denominator).toBe(2);
  });
});

describe('grade-4 share', () => {
  it('grade unknown on every operation: out of both terms, counted as unknown', () => {
    const k = run([...admission(1, { grade: null }, { grade: null }), ...admission(2, { grade: 4 })]);
    expect(terms(k.grade4Share)).toEqual([1, 1, 1]);
  });

  it('one grade-4 operation decides; a known grade 3 next to an ungraded one is unknown', () => {
    const k = run([
      ...admission(1, { grade: null }, { grade: 4 }),
      ...admission(2, { grade: 3 }, { grade: null }),
    ]);
    expect(terms(k.grade4Share)).toEqual([1, 1, 1]);
  });

  it('carries the Wilson 95 % bounds of numerator / denominator', () => {
    const k = run([
      ...admission(1, { grade: 4 }),
      ...admission(2, { grade: 3 }),
      ...admission(3, { grade: 2 }),
    ]);
    const ci = wilsonInterval(1, 3)!;
    expect(k.grade4Share).toMatchObject({
      numerator: 1,
      denominator: 3,
      value: 1 / 3,
      lower: ci.lower,
      upper: ci.upper,
    });
  });
});

describe('minimally-invasive shares', () => {
  it('VATS, robotic, laparoscopic, endoscopic and ablation are minimally invasive; open and other are not', () => {
    const approaches = [
      'vats',
      'robotic',
      'laparoscopic',
      'endoscopic',
      'ablation',
      'open',
      'other',
    ] as const;
    const k = run(approaches.flatMap((approach, i) => admission(i + 1, { approach })));
    expect(terms(k.minimallyInvasiveShare)).toEqual([5, 7, 0]);
  });

  it('an open and a VATS operation in one admission: minimally invasive, once', () => {
    const k = run(admission(1, { approach: 'open' }, { approach: 'vats' }));
    expect(terms(k.minimallyInvasiveShare)).toEqual([1, 1, 0]);
  });

  it('approach unknown and nothing minimally invasive: unknown', () => {
    const k = run([
      ...admission(1, { approach: null }),
      ...admission(2, { approach: 'open' }, { approach: null }),
    ]);
    expect(terms(k.minimallyInvasiveShare)).toEqual([0, 0, 2]);
  });

  it('without ablation: ablation operations leave both terms', () => {
    const k = run([
      ...admission(1, { approach: 'ablation' }), // only ablation: out of the denominator, not unknown
      ...admission(2, { approach: 'ablation' }, { approach: 'open' }), // only the open operation counts: no
      ...admission(3, { approach: 'ablation' }, { approach: 'vats' }), // yes
      ...admission(4, { approach: 'robotic' }), // yes
    ]);
    expect(terms(k.minimallyInvasiveShare)).toEqual([4, 4, 0]);
    expect(terms(k.minimallyInvasiveShareExcludingAblation)).toEqual([2, 3, 0]);
  });
});

describe('robotic share', () => {
  it('any robotic operation of the admission; approach unknown otherwise is unknown', () => {
    const k = run([
      ...admission(1, { approach: 'vats' }, { approach: 'robotic' }),
      ...admission(2, { approach: 'open' }),
      ...admission(3, { approach: null }),
      ...admission(4, { approach: null }, { approach: 'robotic' }),
    ]);
    expect(terms(k.roboticShare)).toEqual([2, 3, 1]);
  });
});

describe('outside-province share', () => {
  it('home 山西省 by default; unknown province counted apart', () => {
    const k = run([
      ...admission(1, { province: '山西省' }),
      ...admission(2, { province: '北京市' }),
      ...admission(3, { province: null }),
      ...admission(4, { province: '  ' }),
      ...admission(5, { province: ' 山西省 ' }),
      ...admission(6, { province: null }, { province: '河北省' }),
    ]);
    expect(terms(k.outsideProvinceShare)).toEqual([2, 4, 2]);
    expect(k.outsideProvinceShare.countingNote).toBe('persons_per_admission');
  });

  it('the home province is configurable', () => {
    const cases = [...admission(1, { province: '山西省' }), ...admission(2, { province: '河北省' })];
    expect(terms(run(cases, { homeProvince: '河北省' }).outsideProvinceShare)).toEqual([1, 2, 0]);
    expect(() => run(cases, { homeProvince: ' ' })).toThrow(RangeError);
  });
});

describe('28-day mortality (persons operated in the period)', () => {
  const dead = (n: number, surgeryDate: string, deathDate: string | null, extra: Partial<KpiCase> = {}) =>
    admission(n, { surgeryDate, deathDate, dischargeDate: null, ...extra });

  it('day 28 is in, day 29 out, day 0 in', () => {
    const k = run([
      ...dead(1, '2024-07-10', '2024-08-07'), // day 28
      ...dead(2, '2024-07-10', '2024-08-08'), // day 29
      ...dead(3, '2024-07-10', '2024-07-10'), // day 0
      ...dead(4, '2024-07-10', null),
    ]);
    expect(terms(k.mortality28d)).toEqual([2, 4, 0]);
    expect(k.mortality28d.countingNote).toBe('persons');
  });

  it('a death dated before the surgery is out of the numerator and of the denominator, counted as unknown', () => {
    const k = run([...dead(1, '2024-07-10', '2024-07-09'), ...dead(2, '2024-07-10', null)]);
    expect(terms(k.mortality28d)).toEqual([0, 1, 1]);
  });

  it('cohort by surgery date; a person operated twice counts once, from the first surgery in the period', () => {
    const k = run([
      ...dead(1, '2024-07-02', '2024-08-05', { caseKey: 'first' }), // day 34 from 07-02
      ...dead(1, '2024-07-20', '2024-08-05', { caseKey: 'second' }), // day 16 from 07-20: not the anchor
      ...dead(2, '2024-06-30', '2024-07-01'), // operated before the period: not in the cohort
      ...dead(3, '2024-06-20', null, { caseKey: 'june' }),
      ...dead(3, '2024-07-05', '2024-07-30', { caseKey: 'july' }), // day 0 = 07-05 (first surgery in the period)
    ]);
    expect(terms(k.mortality28d)).toEqual([1, 2, 0]);
  });

  it('is independent of the discharge date and of cancelled or non-surgical episodes', () => {
    const k = run([
      ...dead(1, '2024-07-10', '2024-07-20', { dischargeDate: '2024-09-01' }),
      ...dead(2, '2024-07-10', '2024-07-20', { performed: false }),
      ...dead(3, '2024-07-10', '2024-07-20', { procedureType: 'procedure' }),
    ]);
    expect(terms(k.mortality28d)).toEqual([1, 1, 0]);
  });

  it('the death date recorded on another row of the person is used', () => {
    const k = run([
      ...dead(1, '2024-07-10', null),
      op({ personKey: 'P1', performed: false, deathDate: '2024-07-12' }),
    ]);
    expect(terms(k.mortality28d)).toEqual([1, 1, 0]);
  });

  it('with a data cut-off, a survivor whose day 28 is not yet reached is unknown', () => {
    const cases = [
      ...dead(1, '2024-07-10', null),
      ...dead(2, '2024-07-25', null),
      ...dead(3, '2024-07-25', '2024-07-27'),
    ];
    // Day 28 of 07-10 is 08-07, of 07-25 is 08-22.
    expect(terms(run(cases, { dataCutoff: '2024-08-07' }).mortality28d)).toEqual([1, 2, 1]);
    expect(terms(run(cases, { dataCutoff: '2024-08-22' }).mortality28d)).toEqual([1, 3, 0]);
    expect(terms(run(cases).mortality28d)).toEqual([1, 3, 0]);
  });
});

describe('Clavien–Dindo ≥ III share', () => {
  it('IIIa is in, II is out, no complication recorded is out (never unknown)', () => {
    const k = run([
      ...admission(1, { clavienMax: 'IIIa' }),
      ...admission(2, { clavienMax: 'II' }),
      ...admission(3, { clavienMax: null }),
      ...admission(4, { clavienMax: 'V' }),
      ...admission(5, { clavienMax: 'I' }, { clavienMax: 'IVb' }), // once
    ]);
    expect(terms(k.clavienIIIPlusShare)).toEqual([3, 5, 0]);
    expect(k.clavienIIIPlusShare.countingNote).toBe('persons_per_admission');
  });

  it('a complication recorded on a non-surgical row of the stay counts', () => {
    const k = run([
      ...admission(1, { clavienMax: null }),
      op({ procedureType: 'procedure', clavienMax: 'IIIb' }),
    ]);
    expect(terms(k.clavienIIIPlusShare)).toEqual([1, 1, 0]);
  });
});

describe('empty period and bed statistics', () => {
  it('zero denominators give null value and bounds', () => {
    const k = run([]);
    for (const p of [k.grade4Share, k.minimallyInvasiveShare, k.mortality28d, k.outsideProvinceShare]) {
      expect(p).toMatchObject({
        numerator: 0,
        denominator: 0,
        value: null,
        lower: null,
        upper: null,
        unknown: 0,
      });
    }
    expect(k.bedOccupancy).toEqual({ occupiedBedDays: 0, openBedDays: 0, value: null });
    expect(k.averageLengthOfStay).toEqual({ discharges: 0, sumLosDays: 0, value: null });
  });

  it('bed occupancy and ALOS come from the §3 bed statistics of the selected wards', () => {
    const openBeds: OpenBedPeriod[] = [
      { ward: 'TS2', openBeds: 12, validFrom: null, validTo: '2024-07-15' },
      { ward: 'TS2', openBeds: 14, validFrom: '2024-07-16', validTo: null },
      { ward: 'ICU', openBeds: 8, validFrom: null, validTo: null },
    ];
    const stays = [
      { admissionDate: '2024-07-10', dischargeDate: '2024-07-10', ward: 'TS2' }, // same day: 1 bed-day, LOS 1
      { admissionDate: '2024-06-28', dischargeDate: '2024-07-04', ward: 'TS2' }, // 3 bed-days in July, LOS 6
      { admissionDate: '2024-07-01', dischargeDate: null, ward: 'ICU' },
    ];
    const k = run([], { wards: new Set(['TS2']) }, { stays, openBeds });
    expect(k.bedOccupancy).toEqual({ occupiedBedDays: 4, openBedDays: 15 * 12 + 16 * 14, value: 4 / 404 });
    expect(k.averageLengthOfStay).toEqual({ discharges: 2, sumLosDays: 7, value: 3.5 });
  });

  it('rejects a malformed period or date', () => {
    expect(() =>
      departmentKpis(
        { cases: [], stays: [], openBeds: [] },
        { period: { from: '2024-08-01', to: '2024-07-01' } },
      ),
    ).toThrow(RangeError);
    expect(() => run([op({ surgeryDate: '2024-07-32' })])).toThrow(RangeError);
  });
});
