// The mapping of an imported row onto the QC facts (to-facts.ts): unknown stays unknown, time anchors and death
// columns keep their defined empty meaning, kpi_only rows get no anesthesia facts.
import { describe, expect, it } from 'vitest';
import { classifyCase } from '../../quality/compute';
import { instant } from '../../quality/facts';
import { findIndicator } from '../../quality/indicators';
import {
  type CaseOver,
  cancelledRow,
  kpiRow,
  labourDelivery,
  staffingYear,
  surgeryRow,
  T,
  validate,
} from './history.fixture';
import { historyCaseFacts, historyDeliveryFacts, historyStaffingFacts } from './to-facts';
import type { HistoryCaseRow } from './types';

function rowOf(fields: string[]): HistoryCaseRow {
  const r = validate({ cases: [fields] });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.cases[0]!;
}
const caseIndicator = (code: string) => {
  const ind = findIndicator('2022', code);
  if (ind?.kind !== 'case') throw new Error(code);
  return ind;
};
const factsOf = (over: CaseOver = {}) => historyCaseFacts(rowOf(surgeryRow(over)), 'C1');

describe('historyCaseFacts', () => {
  it('maps a performed operation', () => {
    const f = factsOf();
    expect(f).toMatchObject({
      caseId: 'C1',
      personId: 'P1',
      externalId: 'E1',
      recordLevel: 'full',
      procedureType: 'surgery',
      status: { kind: 'performed' },
      location: 'or',
      urgency: 'elective',
      asa: 2,
      method: { class: 'ga_airway', subtype: 'ett', airway: 'ett' },
      visitCompletedAt: instant(T('16:00', '2025-03-02')),
      pacu: { kind: 'stay', inAt: instant(T('10:25')), outAt: instant(T('11:00')), firstTempC: 36.5 },
      temperature: { mode: 'intermittent', readings: 2, longestLowPairGapMinutes: 0 },
      extubation: { kind: 'extubated', at: instant(T('10:10')), reintubation: { kind: 'none' } },
      icu: { kind: 'none' },
      aspiration: { kind: 'none' },
      cardiacArrest: { kind: 'none' },
      cvc: { kind: 'none' },
      postopAnalgesia: { kind: 'none' },
      death: { kind: 'alive' },
    });
    expect(f.times.inRoomAt).toBe(instant(T('08:05')));
  });

  it('an empty flag is unknown (null), never false', () => {
    const row = rowOf(
      surgeryRow({ dental_injury: '', awareness: '', excl_cranial_surgery: '', active_warming: '0' }),
    );
    expect(row.dentalInjury).toBeNull();
    expect(row.awareness).toBeNull();
    expect(row.activeWarming).toBe(false);
    const f = historyCaseFacts(row, 'C1');
    expect(f.dentalInjury).toBeNull();
    expect(f.awareness).toBeNull();
    expect(f.cranialSurgery).toBeNull();
    expect(f.activeWarming).toBe(false);
    expect(classifyCase(caseIndicator('AQI-IAG-16'), f)).toBe('missing');
  });

  it('a flag with its detail: unknown, none, or the detail', () => {
    expect(factsOf({ aspiration: '' }).aspiration).toBeNull();
    expect(factsOf({ aspiration: '1', aspiration_exit_spo2_air: '88' }).aspiration).toEqual({
      kind: 'aspiration',
      exitSpo2Air: 88,
    });
    expect(factsOf({ cardiac_arrest: '1' }).cardiacArrest).toEqual({ kind: 'arrest', times: null });
    expect(factsOf({ cardiac_arrest: '1', cardiac_arrest_times: T('09:00') }).cardiacArrest).toEqual({
      kind: 'arrest',
      times: [instant(T('09:00'))],
    });
    expect(factsOf({ cvc_puncture: '1' }).cvc).toEqual({ kind: 'puncture', severeComplication: null });
    expect(factsOf({ postop_analgesia: '1', vas_movement: '4' }).postopAnalgesia).toEqual({
      kind: 'service',
      vasRest: null,
      vasMovement: 4,
    });
    expect(factsOf({ postop_analgesia: '' }).postopAnalgesia).toBeNull();
  });

  it('time anchors: empty = did not happen; a PACU stay without its end is of unknown length', () => {
    expect(factsOf({ pacu_in_at: '', pacu_out_at: '', pacu_first_temp_c: '' }).pacu).toEqual({
      kind: 'none',
    });
    expect(factsOf({ pacu_out_at: '', pacu_first_temp_c: '' }).pacu).toEqual({
      kind: 'stay',
      inAt: instant(T('10:25')),
      outAt: null,
      firstTempC: null,
    });
    expect(factsOf({ extubated_at: '', reintubation_unplanned: '' }).extubation).toEqual({ kind: 'none' });
    expect(factsOf({ icu_admission_at: T('11:30') }).icu).toEqual({
      kind: 'admitted',
      at: instant(T('11:30')),
      plannedBeforeInduction: null,
    });
  });

  it('re-intubation: unknown when the flag is empty; time and reason as given', () => {
    expect(factsOf({ reintubation_unplanned: '' }).extubation).toMatchObject({ reintubation: null });
    expect(
      factsOf({
        reintubation_unplanned: '1',
        reintubated_at: T('12:00'),
        reintubation_due_to_reoperation: '1',
      }).extubation,
    ).toMatchObject({ reintubation: { kind: 'unplanned', at: instant(T('12:00')), dueToReoperation: true } });
  });

  it('death: alive when empty, dead at the time, or by date only', () => {
    expect(factsOf({ death_date: '2025-03-06', death_at: T('10:00', '2025-03-06') }).death).toEqual({
      kind: 'dead',
      at: instant(T('10:00', '2025-03-06')),
    });
    expect(factsOf({ death_date: '2025-03-06' }).death).toEqual({
      kind: 'dead_date_only',
      date: '2025-03-06',
    });
  });

  it('temperature over the window: none, unknown mode, readings outside the window ignored', () => {
    expect(factsOf({ temp_monitoring: 'none', temp_series: '' }).temperature).toEqual({ mode: 'none' });
    expect(factsOf({ temp_monitoring: '', temp_series: '' }).temperature).toBeNull();
    expect(factsOf({ temp_monitoring: 'continuous', temp_series: '' }).temperature).toEqual({
      mode: 'continuous',
      readings: 0,
      longestLowRunMinutes: 0,
    });
    // 07:00 (ward, before entry) and 12:00 (after leaving PACU) are outside 08:05–11:00.
    const series = `${T('07:00')}=35.0;${T('08:20')}=35.9;${T('08:45')}=35.8;${T('12:00')}=35.0`;
    expect(factsOf({ temp_series: series }).temperature).toEqual({
      mode: 'intermittent',
      readings: 2,
      longestLowPairGapMinutes: 25,
    });
  });

  it('a cancellation keeps its stage; an empty method is unknown', () => {
    const f = historyCaseFacts(
      rowOf(
        cancelledRow('after_room_before_anesthesia', {
          anesthesia_class: '',
          anesthesia_subtype: '',
          airway_device: '',
        }),
      ),
      'C2',
    );
    expect(f.status).toEqual({ kind: 'cancelled', stage: 'after_room_before_anesthesia' });
    expect(f.method).toBeNull();
    expect(f.times.anesthesiaStartAt).toBeNull();
  });

  it('a kpi_only row has no anesthesia fact, and takes part in no anesthesia indicator', () => {
    const f = historyCaseFacts(rowOf(kpiRow({ death_date: '2025-03-20' })), 'C3');
    expect(f).toMatchObject({
      recordLevel: 'kpi_only',
      status: { kind: 'performed' },
      method: null,
      pacu: null,
    });
    expect(Object.values(f.times).every((t) => t === null)).toBe(true);
    expect([f.temperature, f.extubation, f.icu, f.dentalInjury, f.labourConvertedToCaesarean]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(f.death).toEqual({ kind: 'dead_date_only', date: '2025-03-20' });
    expect(classifyCase(caseIndicator('AQI-CRB-05'), f)).toBe('out');
  });
});

describe('historyDeliveryFacts and historyStaffingFacts', () => {
  it('maps a delivery, with the case id of its labour episode', () => {
    const r = validate({ deliveries: [labourDelivery({ labour_analgesia_episode_id: '' })] });
    if (!r.ok) throw new Error('invalid');
    expect(historyDeliveryFacts(r.deliveries[0]!)).toEqual({
      deliveryId: 'DL1',
      personId: 'P2',
      at: instant(T('14:20')),
      mode: 'vaginal',
      labourEpisodeId: null,
    });
    const linked = { ...r.deliveries[0]!, labourAnalgesiaEpisodeId: 'E9' };
    expect(historyDeliveryFacts(linked).labourEpisodeId).toBe('E9');
    expect(historyDeliveryFacts(linked, 'uuid-of-E9').labourEpisodeId).toBe('uuid-of-E9');
  });

  it('gives the head-counts of one year', () => {
    const rows = [...staffingYear(2024, '1'), ...staffingYear(2025, '4')];
    rows[7] = ['2025', 'anesthesia_nurse', '9'];
    const r = validate({ staffing: rows });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(historyStaffingFacts(r.staffing, 2025)).toEqual({
      year: 2025,
      anesthesiaNurses: 9,
      orNursesManaged: 4,
      anesthesiologistsFixedPost: 4,
      residentsExternal: 4,
      visitingTrainees: 4,
      supportDoctors: 4,
      multisiteDoctors: 4,
    });
    expect(historyStaffingFacts(r.staffing, 2023).anesthesiaNurses).toBeNull();
  });
});
