import { describe, expect, it } from 'vitest';
import { computeAll, computeIndicator, type QualityInput } from './compute';
import type { CaseFacts, StaffingFacts } from './facts';
import { instant } from './facts';
import { at, gaCase } from './facts.fixture';
import { findIndicator, INDICATORS } from './indicators';
import type { Edition } from './types';

function run(code: string, cases: CaseFacts[], edition: Edition = '2015', extra: Partial<QualityInput> = {}) {
  const ind = findIndicator(edition, code);
  if (ind === null) throw new Error(`no indicator ${code}`);
  return computeIndicator(ind, { cases, ...extra });
}
const stay = (minutes: number, firstTempC: number | null = 36.4): Partial<CaseFacts> => ({
  pacu: {
    kind: 'stay',
    inAt: at('11:30'),
    outAt: instant(new Date(at('11:30') + minutes * 60_000).toISOString()),
    firstTempC,
  },
});

describe('codes', () => {
  it('2022 has the 26 codes of §1.2 in order; 2015 the 17 of §1.3 with the per-class splits', () => {
    expect(INDICATORS['2022'].map((i) => i.code)).toEqual([
      'AQI-DNR-01',
      'AQI-ACC-02',
      'AQI-PAO-03',
      'AQI-PVR-04',
      'AQI-CRB-05',
      'AQI-CRA-06',
      'AQI-TMR-07',
      'AQI-AWR-08',
      'AQI-ATR-09',
      'AQI-IHT-10',
      'AQI-IDI-11',
      'AQI-IRA-12',
      'AQI-IUA-13',
      'AQI-ICA-14',
      'AQI-ISA-15',
      'AQI-IAG-16',
      'AQI-IHP-17',
      'AQI-IDP-18',
      'AQI-IUR-19',
      'AQI-IUI-20',
      'AQI-ASR-21',
      'AQI-ISN-22',
      'AQI-IHE-23',
      'AQI-INC-24',
      'AQI-TPM-25',
      'AQI-EPD-26',
    ]);
    expect(INDICATORS['2015'].map((i) => i.code)).toEqual([
      '2015-01',
      '2015-02.ASA1',
      '2015-02.ASA2',
      '2015-02.ASA3',
      '2015-02.ASA4',
      '2015-02.ASA5',
      '2015-02.ASA6',
      '2015-03',
      '2015-04.neuraxial',
      '2015-04.ga_airway',
      '2015-04.ga_no_airway',
      '2015-04.combined',
      '2015-04.other',
      '2015-05',
      '2015-06',
      '2015-07',
      '2015-08',
      '2015-09',
      '2015-10',
      '2015-11',
      '2015-12',
      '2015-13',
      '2015-14',
      '2015-15',
      '2015-16',
      '2015-17',
    ]);
  });
  it('every indicator names its source, readings and both languages', () => {
    for (const ind of [...INDICATORS['2022'], ...INDICATORS['2015']]) {
      expect(ind.source).toMatch(/^§1\.[23] #\d+/);
      expect(ind.readings.length).toBeGreaterThan(0);
      expect(ind.name['zh-CN'].length).toBeGreaterThan(0);
      expect(ind.name['en-US'].length).toBeGreaterThan(0);
    }
  });
});

describe('2015 thresholds against 2022', () => {
  it('PACU > 3 h (2015-06) vs > 2 h: 121 min and 180 min count in 2022 only, 181 min in both', () => {
    expect(run('2015-06', [gaCase(stay(121))])).toMatchObject({ numerator: 0, denominator: 1 });
    expect(run('2015-06', [gaCase(stay(180))])).toMatchObject({ numerator: 0 });
    expect(run('AQI-IDP-18', [gaCase(stay(180))], '2022')).toMatchObject({ numerator: 1 });
    expect(run('2015-06', [gaCase(stay(181))])).toMatchObject({ numerator: 1, value: 100 });
  });
  it('PACU hypothermia < 35.5 ℃ (2015-07): 35.9 counts in 2022 only, 35.5 in neither, 35.4 in both', () => {
    expect(run('2015-07', [gaCase(stay(60, 35.9))])).toMatchObject({ numerator: 0, denominator: 1 });
    expect(run('2015-07', [gaCase(stay(60, 35.5))])).toMatchObject({ numerator: 0 });
    expect(run('2015-07', [gaCase(stay(60, 35.4))])).toMatchObject({ numerator: 1 });
  });
  it('death within 24 h from anesthesia start (2015-10) vs end (2022)', () => {
    const f = gaCase({ death: { kind: 'dead', at: at('09:00', '2025-03-04') } });
    expect(run('2015-10', [f])).toMatchObject({ numerator: 0, denominator: 1 });
    expect(run('AQI-TPM-25', [f], '2022')).toMatchObject({ numerator: 1 });
    expect(
      run('2015-10', [gaCase({ death: { kind: 'dead', at: at('08:15', '2025-03-04') } })]),
    ).toMatchObject({ numerator: 1 });
  });
  it('cardiac arrest in PACU within 24 h of start counts in 2015-11 only', () => {
    const f = gaCase({ cardiacArrest: { kind: 'arrest', times: [at('12:00')] } });
    expect(run('2015-11', [f])).toMatchObject({ numerator: 1 });
    expect(run('AQI-ICA-14', [f], '2022')).toMatchObject({ numerator: 0, excluded: 1 });
  });
  it('re-intubation for reoperation counts in 2015-09 (no exclusion)', () => {
    const f = gaCase({
      extubation: {
        kind: 'extubated',
        at: at('11:50'),
        reintubation: { kind: 'unplanned', at: at('13:00'), dueToReoperation: true },
      },
    });
    expect(run('2015-09', [f])).toMatchObject({ numerator: 1, denominator: 1 });
  });
  it('2015-08 unplanned ICU has all ICU admissions as denominator', () => {
    const icu = (planned: boolean | null, personId: string) =>
      gaCase({ personId, icu: { kind: 'admitted', at: at('11:40'), plannedBeforeInduction: planned } });
    expect(run('2015-08', [icu(false, 'P1'), icu(true, 'P2'), gaCase({ personId: 'P3' })])).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    expect(
      run('AQI-IUI-20', [icu(false, 'P1'), icu(true, 'P2'), gaCase({ personId: 'P3' })], '2022'),
    ).toMatchObject({ denominator: 3 });
  });
  it('2015-12 needs ≥ 400 ml in the episode, never summed across episodes', () => {
    expect(run('2015-12', [gaCase({ autologousMl: 400, allogeneicMl: 0 })])).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
    expect(run('2015-12', [gaCase({ autologousMl: 200, allogeneicMl: 200 })])).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
    expect(
      run('2015-12', [gaCase({ autologousMl: 300 }), gaCase({ caseId: 'C2', autologousMl: 300 })]),
    ).toMatchObject({ denominator: 0 });
    expect(run('2015-12', [gaCase({ autologousMl: null, allogeneicMl: 300 })])).toMatchObject({
      unclassifiable: 1,
    });
  });
  it('2015-17 counts a coma after cranial surgery; 2015-14 is neuraxial only; 2015-15 over punctures', () => {
    expect(run('2015-17', [gaCase({ coma24h: true, cranialSurgery: true })])).toMatchObject({ numerator: 1 });
    const block = gaCase({
      method: { class: 'other', subtype: 'nerve_block', airway: 'none' },
      neuroDeficit72h: true,
    });
    expect(run('2015-14', [block])).toMatchObject({ denominator: 0 });
    expect(run('AQI-ISN-22', [block], '2022')).toMatchObject({ numerator: 1 });
    expect(
      run('2015-15', [
        gaCase({ cvc: { kind: 'puncture', severeComplication: true } }),
        gaCase({ caseId: 'C2' }),
      ]),
    ).toMatchObject({ numerator: 1, denominator: 1 });
    expect(run('2015-15', [gaCase({ cvc: { kind: 'puncture', severeComplication: null } })])).toMatchObject({
      missing: 1,
    });
  });
});

describe('shares', () => {
  it('2015-02: a person’s highest known ASA class; the six shares add up to 100 %', () => {
    const cases = [
      gaCase({ caseId: 'A', personId: 'P1', asa: 2 }),
      gaCase({ caseId: 'B', personId: 'P1', asa: 3 }),
      gaCase({ caseId: 'C', personId: 'P2', asa: null }),
      gaCase({ caseId: 'D', personId: 'P2', asa: 1 }),
      gaCase({ caseId: 'E', personId: 'P3', asa: null }),
    ];
    const shares = computeAll(
      INDICATORS['2015'].filter((i) => i.kind === 'asa_share'),
      { cases },
    );
    expect(shares.map((r) => r.numerator)).toEqual([1, 0, 1, 0, 0, 0]);
    expect(shares.every((r) => r.denominator === 2 && r.unclassifiable === 1)).toBe(true);
    expect(shares.reduce((s, r) => s + (r.value ?? 0), 0)).toBe(100);
    expect(shares[2]!.caseIds?.numerator).toEqual(['A', 'B']);
  });
  it('2015-03 emergency and 2015-04 method shares count episodes; unknown is missing', () => {
    const cases = [gaCase({ urgency: 'emergency' }), gaCase({ caseId: 'C2', urgency: 'na', method: null })];
    expect(run('2015-03', cases)).toMatchObject({ numerator: 1, denominator: 2 });
    expect(run('2015-04.ga_airway', cases)).toMatchObject({ numerator: 1, denominator: 1, missing: 1 });
  });
});

describe('staffing (D21) and deliveries (D14, D33)', () => {
  const staffing: StaffingFacts = {
    year: 2025,
    anesthesiaNurses: 15,
    orNursesManaged: 40,
    anesthesiologistsFixedPost: 20,
    residentsExternal: 5,
    visitingTrainees: 3,
    supportDoctors: 0,
    multisiteDoctors: 1,
  };
  const year = [gaCase(), gaCase({ caseId: 'C2' }), gaCase({ caseId: 'C3', recordLevel: 'kpi_only' })];
  it('AQI-DNR-01 nurses per fixed-post doctor; AQI-ACC-02 episodes per doctor; 2015-01 doctors per 10,000', () => {
    expect(run('AQI-DNR-01', year, '2022', { staffing })).toMatchObject({
      numerator: 15,
      denominator: 20,
      value: 0.75,
    });
    expect(run('AQI-ACC-02', year, '2022', { staffing })).toMatchObject({
      numerator: 2,
      denominator: 20,
      value: 0.1,
    });
    expect(run('2015-01', year, '2015', { staffing })).toMatchObject({
      numerator: 20,
      denominator: 2,
      value: 100000,
    });
    expect(run('AQI-DNR-01', year, '2022')).toMatchObject({ numerator: null, value: null });
  });
  it('AQI-EPD-26: women delivering vaginally with neuraxial analgesia; conversions out of both terms', () => {
    const epidural = gaCase({
      caseId: 'EP3',
      personId: 'W1',
      procedureType: 'labour_analgesia',
      urgency: 'na',
      method: { class: 'neuraxial', subtype: 'epidural', airway: 'none' },
      labourConvertedToCaesarean: false,
    });
    const iv = {
      ...epidural,
      caseId: 'EP4',
      personId: 'W2',
      method: { class: 'other', subtype: 'systemic_analgesia', airway: 'none' },
    } as CaseFacts;
    const converted = { ...epidural, caseId: 'EP5', personId: 'W4', labourConvertedToCaesarean: true };
    const d = (
      deliveryId: string,
      personId: string,
      mode: 'vaginal' | 'caesarean_in_labour' | 'caesarean_elective',
      ep: string | null,
    ) => ({
      deliveryId,
      personId,
      at: at('08:20'),
      mode,
      labourEpisodeId: ep,
    });
    const deliveries = [
      d('DL1', 'W1', 'vaginal', 'EP3'),
      d('DL2', 'W2', 'vaginal', 'EP4'),
      d('DL3', 'W3', 'vaginal', null),
      d('DL4', 'W4', 'caesarean_in_labour', 'EP5'),
      d('DL5', 'W5', 'caesarean_elective', null),
      d('DL6', 'W1', 'vaginal', null),
    ];
    const r = run('AQI-EPD-26', [epidural, iv, converted], '2022', { deliveries });
    expect(r).toMatchObject({ numerator: 1, denominator: 3, excluded: 1, counting: 'person' });
    expect(r.personIds?.numerator).toEqual(['W1']);
    expect(r.caseIds?.excluded).toEqual(['EP5']);
  });
});
