import { describe, expect, it } from 'vitest';
import { computeIndicator, type QualityInput } from './compute';
import type { CaseFacts } from './facts';
import { instant } from './facts';
import { at, gaCase, withTimes } from './facts.fixture';
import { findIndicator } from './indicators';
import type { Edition } from './types';

function run(code: string, cases: CaseFacts[], edition: Edition = '2022', extra: Partial<QualityInput> = {}) {
  const ind = findIndicator(edition, code);
  if (ind === null) throw new Error(`no indicator ${code}`);
  return computeIndicator(ind, { cases, ...extra });
}
const pacu = (minutes: number, firstTempC: number | null = 36.4): Partial<CaseFacts> => ({
  pacu: {
    kind: 'stay',
    inAt: at('11:30'),
    outAt: instant(new Date(at('11:30') + minutes * 60_000).toISOString()),
    firstTempC,
  },
});

describe('AQI-IHT-10 hypothermia (person, D08–D11)', () => {
  const hypo = { mode: 'continuous', readings: 10, longestLowRunMinutes: 30 } as const;
  it('counts a 30-min continuous run; 29 min does not', () => {
    const r = run('AQI-IHT-10', [
      gaCase({ temperature: hypo }),
      gaCase({ caseId: 'C2', personId: 'P2', temperature: { ...hypo, longestLowRunMinutes: 29 } }),
    ]);
    expect(r).toMatchObject({ numerator: 1, denominator: 2, value: 50, counting: 'person' });
    expect(r.caseIds?.numerator).toEqual(['C1']);
  });
  it('therapeutic cooling leaves the numerator only and is listed as excluded', () => {
    const r = run('AQI-IHT-10', [gaCase({ temperature: hypo, therapeuticCooling: true })]);
    expect(r).toMatchObject({ numerator: 0, denominator: 1, excluded: 1 });
    expect(r.caseIds?.excluded).toEqual(['C1']);
  });
  it('cooling flag unknown with hypothermia → missing; no readings → missing; mode unknown → unclassifiable', () => {
    expect(run('AQI-IHT-10', [gaCase({ temperature: hypo, therapeuticCooling: null })])).toMatchObject({
      missing: 1,
      denominator: 0,
    });
    expect(
      run('AQI-IHT-10', [
        gaCase({ temperature: { mode: 'intermittent', readings: 0, longestLowPairGapMinutes: 0 } }),
      ]),
    ).toMatchObject({ missing: 1 });
    expect(run('AQI-IHT-10', [gaCase({ temperature: null })])).toMatchObject({
      unclassifiable: 1,
      denominator: 0,
    });
    expect(run('AQI-IHT-10', [gaCase({ temperature: { mode: 'none' } })])).toMatchObject({
      denominator: 0,
      unclassifiable: 0,
    });
  });
  it('the denominator is all monitored anesthesia patients, not only GA', () => {
    const spinal = gaCase({ method: { class: 'neuraxial', subtype: 'spinal', airway: 'none' } });
    expect(run('AQI-IHT-10', [spinal])).toMatchObject({ denominator: 1 });
  });
});

describe('person vs episode (D03, D04)', () => {
  const a = gaCase({ caseId: 'A', unplannedAirway: true, severeAllergyEpinephrine: true });
  const b = gaCase({ caseId: 'B', severeAllergyEpinephrine: true });
  it('one person operated twice counts once in a person indicator and twice in an episode indicator', () => {
    expect(run('AQI-IUA-13', [a, b])).toMatchObject({ numerator: 1, denominator: 1, value: 1000 });
    expect(run('AQI-ISA-15', [a, b])).toMatchObject({ numerator: 2, denominator: 2, value: 10000 });
  });
  it('a person is yes if any episode is yes, else missing if any is unknown, else no', () => {
    expect(run('AQI-IUA-13', [a, gaCase({ caseId: 'B', unplannedAirway: null })])).toMatchObject({
      numerator: 1,
      missing: 0,
    });
    const r = run('AQI-IUA-13', [gaCase({ caseId: 'A' }), gaCase({ caseId: 'B', unplannedAirway: null })]);
    expect(r).toMatchObject({ numerator: 0, denominator: 0, missing: 1 });
    expect(r.personIds?.missing).toEqual(['P1']);
    expect(r.caseIds?.missing).toEqual(['B']);
  });
  it('shows the figure with unknowns counted as non-events beside it', () => {
    const r = run('AQI-ISA-15', [b, gaCase({ caseId: 'C', personId: 'P2', severeAllergyEpinephrine: null })]);
    expect(r).toMatchObject({ numerator: 1, denominator: 1, missing: 1 });
    expect(r.unknownsAsNonEvents).toEqual({ numerator: 1, denominator: 2, value: 5000 });
    expect(run('AQI-ISA-15', [b]).unknownsAsNonEvents).toBeNull();
  });
});

describe('PACU (D10, D16)', () => {
  it('AQI-IDP-18 counts a stay of 121 min; exactly 2 h is not delayed; out time unknown is missing', () => {
    expect(run('AQI-IDP-18', [gaCase(pacu(121))])).toMatchObject({ numerator: 1, value: 1000 });
    expect(run('AQI-IDP-18', [gaCase(pacu(120))])).toMatchObject({ numerator: 0, denominator: 1 });
    const unknownOut = gaCase({ pacu: { kind: 'stay', inAt: at('11:30'), outAt: null, firstTempC: 36 } });
    expect(run('AQI-IDP-18', [unknownOut])).toMatchObject({ missing: 1, denominator: 0 });
    expect(run('AQI-IDP-18', [gaCase({ pacu: { kind: 'none' } })])).toMatchObject({
      denominator: 0,
      missing: 0,
    });
    expect(run('AQI-IDP-18', [gaCase({ pacu: null })])).toMatchObject({ unclassifiable: 1 });
  });
  it('AQI-IHP-17: first PACU temperature 35.9 counts, 36.0 does not, unrecorded is missing', () => {
    expect(run('AQI-IHP-17', [gaCase(pacu(60, 35.9))])).toMatchObject({ numerator: 1, value: 100 });
    expect(run('AQI-IHP-17', [gaCase(pacu(60, 36))])).toMatchObject({ numerator: 0, denominator: 1 });
    expect(run('AQI-IHP-17', [gaCase(pacu(60, null))])).toMatchObject({ missing: 1 });
  });
});

describe('AQI-IUR-19 re-intubation (D15, D16)', () => {
  const reint = (hhmm: string | null, dueToReoperation: boolean | null = false): Partial<CaseFacts> => ({
    extubation: {
      kind: 'extubated',
      at: at('11:50'),
      reintubation: { kind: 'unplanned', at: hhmm === null ? null : at(hhmm), dueToReoperation },
    },
  });
  it('exactly 6 h after extubation counts; 6 h 1 min does not', () => {
    expect(run('AQI-IUR-19', [gaCase(reint('17:50'))])).toMatchObject({ numerator: 1, denominator: 1 });
    expect(run('AQI-IUR-19', [gaCase(reint('17:51'))])).toMatchObject({ numerator: 0, denominator: 1 });
  });
  it('re-intubation for an unplanned return to theatre is excluded from the numerator only', () => {
    const r = run('AQI-IUR-19', [gaCase(reint('13:00', true))]);
    expect(r).toMatchObject({ numerator: 0, denominator: 1, excluded: 1 });
  });
  it('time unknown → missing; extubation unknown → unclassifiable; not extubated → out', () => {
    expect(run('AQI-IUR-19', [gaCase(reint(null))])).toMatchObject({ missing: 1 });
    expect(run('AQI-IUR-19', [gaCase(reint('13:00', null))])).toMatchObject({ missing: 1 });
    expect(run('AQI-IUR-19', [gaCase({ extubation: null })])).toMatchObject({ unclassifiable: 1 });
    expect(run('AQI-IUR-19', [gaCase({ extubation: { kind: 'none' } })])).toMatchObject({ denominator: 0 });
  });
});

describe('AQI-TPM-25 death within 24 h after anesthesia end (D17)', () => {
  it('counts a death during anesthesia and one exactly 24 h after its end; not one minute later', () => {
    expect(run('AQI-TPM-25', [gaCase({ death: { kind: 'dead', at: at('10:00') } })])).toMatchObject({
      numerator: 1,
    });
    expect(
      run('AQI-TPM-25', [gaCase({ death: { kind: 'dead', at: at('11:20', '2025-03-04') } })]),
    ).toMatchObject({ numerator: 1 });
    expect(
      run('AQI-TPM-25', [gaCase({ death: { kind: 'dead', at: at('11:21', '2025-03-04') } })]),
    ).toMatchObject({ numerator: 0, denominator: 1 });
  });
  it('a death known by date only: yes inside, no outside, missing when partly inside', () => {
    const long = withTimes(gaCase({ death: { kind: 'dead_date_only', date: '2025-03-04' } }), {
      anesthesiaEndAt: at('00:00', '2025-03-04'),
    });
    expect(run('AQI-TPM-25', [long])).toMatchObject({ numerator: 1 });
    expect(
      run('AQI-TPM-25', [gaCase({ death: { kind: 'dead_date_only', date: '2025-03-08' } })]),
    ).toMatchObject({ numerator: 0, denominator: 1 });
    expect(
      run('AQI-TPM-25', [gaCase({ death: { kind: 'dead_date_only', date: '2025-03-04' } })]),
    ).toMatchObject({ missing: 1 });
    expect(run('AQI-TPM-25', [gaCase({ death: null })])).toMatchObject({ missing: 1 });
  });
});

describe('AQI-PVR-04 visit before room entry (D19)', () => {
  it('a visit strictly before entry counts; at the same minute or missing does not', () => {
    expect(run('AQI-PVR-04', [gaCase()])).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect(run('AQI-PVR-04', [gaCase({ visitCompletedAt: at('08:05') })])).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
    expect(run('AQI-PVR-04', [gaCase({ visitCompletedAt: null })])).toMatchObject({
      numerator: 0,
      denominator: 1,
      missing: 0,
    });
  });
  it('emergency and urgent cases are outside; unknown urgency is unclassifiable', () => {
    expect(
      run('AQI-PVR-04', [gaCase({ urgency: 'emergency' }), gaCase({ caseId: 'C2', urgency: 'urgent' })]),
    ).toMatchObject({ denominator: 0 });
    expect(run('AQI-PVR-04', [gaCase({ urgency: null })])).toMatchObject({ unclassifiable: 1 });
  });
});

describe('cancellations (D01, D20, D34)', () => {
  const afterRoom = withTimes(
    gaCase({ caseId: 'EP2', status: { kind: 'cancelled', stage: 'after_room_before_anesthesia' } }),
    {
      anesthesiaStartAt: null,
      surgeryStartAt: null,
      surgeryEndAt: null,
      anesthesiaEndAt: null,
    },
  );
  const afterInduction = withTimes(
    gaCase({ caseId: 'C3', status: { kind: 'cancelled', stage: 'after_anesthesia_before_incision' } }),
    {
      surgeryStartAt: null,
      surgeryEndAt: null,
    },
  );
  const beforeRoom = withTimes(afterRoom, { inRoomAt: null });
  const all = [
    gaCase(),
    afterRoom,
    afterInduction,
    { ...beforeRoom, caseId: 'C4', status: { kind: 'cancelled', stage: 'before_room' } } as CaseFacts,
  ];
  it('AQI-CRB-05 counts entries that were cancelled before anesthesia over all room entries', () => {
    expect(run('AQI-CRB-05', all)).toMatchObject({ numerator: 1, denominator: 3 });
  });
  it('AQI-CRA-06: a case cancelled after induction is in its own and every anesthesia denominator', () => {
    expect(run('AQI-CRA-06', all)).toMatchObject({ numerator: 1, denominator: 2, value: 500 });
    expect(run('AQI-TMR-07', all)).toMatchObject({ denominator: 2 });
  });
});

describe('method groups and exclusions (D05–D07, D12, D13, D31)', () => {
  const lma = gaCase({
    method: { class: 'ga_airway', subtype: 'lma', airway: 'lma' },
    dentalInjury: true,
    hoarseness72h: true,
  });
  it('an LMA is an airway-device GA (AQI-IDI-11) but not a tracheal intubation (AQI-IHE-23)', () => {
    expect(run('AQI-IDI-11', [lma])).toMatchObject({ numerator: 1, denominator: 1 });
    expect(run('AQI-IHE-23', [lma])).toMatchObject({ denominator: 0 });
  });
  it('a dental injury under GA without an airway device is counted nowhere', () => {
    const iv = gaCase({
      method: { class: 'ga_no_airway', subtype: 'iv', airway: 'none' },
      dentalInjury: true,
    });
    expect(run('AQI-IDI-11', [iv])).toMatchObject({ numerator: 0, denominator: 0 });
  });
  it('hoarseness after thoracic surgery stays in the denominator, out of the numerator', () => {
    const r = run('AQI-IHE-23', [gaCase({ hoarseness72h: true, laryngealNeckThoracicSurgery: true })]);
    expect(r).toMatchObject({ numerator: 0, denominator: 1, excluded: 1 });
  });
  it('AQI-INC-24 excludes cranial surgery from both terms; unknown flag → unclassifiable; sedation → excluded', () => {
    expect(run('AQI-INC-24', [gaCase({ coma24h: true, cranialSurgery: true })])).toMatchObject({
      numerator: 0,
      denominator: 0,
      excluded: 1,
    });
    expect(run('AQI-INC-24', [gaCase({ cranialSurgery: null })])).toMatchObject({ unclassifiable: 1 });
    expect(run('AQI-INC-24', [gaCase({ coma24h: true, comaDeliberateSedation: true })])).toMatchObject({
      numerator: 0,
      denominator: 1,
      excluded: 1,
    });
    expect(run('AQI-INC-24', [gaCase({ coma24h: true })])).toMatchObject({ numerator: 1, value: 10000 });
  });
  it('an unknown method is unclassifiable for GA and regional indicators but an anesthesia episode', () => {
    const unknown = gaCase({ method: null });
    expect(run('AQI-TMR-07', [unknown])).toMatchObject({ unclassifiable: 1, denominator: 0 });
    expect(run('AQI-ISN-22', [unknown])).toMatchObject({ unclassifiable: 1 });
    expect(run('AQI-CRA-06', [unknown])).toMatchObject({ denominator: 1 });
  });
  it('GA + paravertebral block is GA and regional (D05, D07); kpi_only rows count nowhere', () => {
    const combined = gaCase({ method: { class: 'combined', subtype: 'ga_block', airway: 'dlt' } });
    expect(run('AQI-AWR-08', [combined])).toMatchObject({ numerator: 1, denominator: 1 });
    expect(run('AQI-ISN-22', [combined])).toMatchObject({ denominator: 1 });
    expect(run('AQI-CRA-06', [gaCase({ recordLevel: 'kpi_only' })])).toMatchObject({ denominator: 0 });
  });
});

describe('AQI-ICA-14 cardiac arrest (D18)', () => {
  it('counts an arrest from anesthesia start to room exit; one before start or in PACU is excluded', () => {
    expect(
      run('AQI-ICA-14', [gaCase({ cardiacArrest: { kind: 'arrest', times: [at('09:00')] } })]),
    ).toMatchObject({ numerator: 1 });
    expect(
      run('AQI-ICA-14', [gaCase({ cardiacArrest: { kind: 'arrest', times: [at('08:10')] } })]),
    ).toMatchObject({ numerator: 0, denominator: 1, excluded: 1 });
    expect(
      run('AQI-ICA-14', [gaCase({ cardiacArrest: { kind: 'arrest', times: [at('12:00')] } })]),
    ).toMatchObject({ numerator: 0, excluded: 1 });
    expect(run('AQI-ICA-14', [gaCase({ cardiacArrest: { kind: 'arrest', times: null } })])).toMatchObject({
      missing: 1,
    });
  });
});

describe('other process and outcome indicators', () => {
  it('AQI-PAO-03, AQI-IRA-12 (SpO₂ 89 severe, 90 not, unrecorded missing), AQI-ATR-09, AQI-IUI-20, AQI-ASR-21', () => {
    expect(
      run('AQI-PAO-03', [
        gaCase({ location: 'outside_or' }),
        gaCase({ caseId: 'C2', location: 'day_surgery_or' }),
      ]),
    ).toMatchObject({ numerator: 1, denominator: 2 });
    expect(
      run('AQI-IRA-12', [gaCase({ aspiration: { kind: 'aspiration', exitSpo2Air: 89 } })]),
    ).toMatchObject({ numerator: 1 });
    expect(
      run('AQI-IRA-12', [gaCase({ aspiration: { kind: 'aspiration', exitSpo2Air: 90 } })]),
    ).toMatchObject({ numerator: 0, denominator: 1 });
    expect(
      run('AQI-IRA-12', [gaCase({ aspiration: { kind: 'aspiration', exitSpo2Air: null } })]),
    ).toMatchObject({ missing: 1 });
    expect(
      run('AQI-ATR-09', [
        gaCase({ autologousMl: 150, allogeneicMl: 0 }),
        gaCase({ personId: 'P2', allogeneicMl: 200 }),
      ]),
    ).toMatchObject({ numerator: 1, denominator: 2 });
    expect(run('AQI-ATR-09', [gaCase({ autologousMl: null, allogeneicMl: 200 })])).toMatchObject({
      missing: 1,
    });
    expect(run('AQI-ATR-09', [gaCase({ autologousMl: null })])).toMatchObject({ unclassifiable: 1 });
    expect(
      run('AQI-IUI-20', [
        gaCase({ icu: { kind: 'admitted', at: at('11:40'), plannedBeforeInduction: false } }),
      ]),
    ).toMatchObject({ numerator: 1 });
    expect(
      run('AQI-IUI-20', [
        gaCase({ icu: { kind: 'admitted', at: at('11:40'), plannedBeforeInduction: null } }),
      ]),
    ).toMatchObject({ missing: 1 });
    expect(
      run('AQI-ASR-21', [
        gaCase(),
        gaCase({ personId: 'P2', postopAnalgesia: { kind: 'service', vasRest: 2, vasMovement: 4 } }),
      ]),
    ).toMatchObject({ numerator: 1, denominator: 2 });
    expect(run('AQI-IAG-16', [gaCase({ awareness: null })])).toMatchObject({ missing: 1 });
  });
});
