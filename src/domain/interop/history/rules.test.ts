// history-import.md §2 and §4, rules 1–6 of a `full` row and the `kpi_only` rules: one valid row, one cell
// changed, the problem at that row and column (and nothing else).
import { describe, expect, it } from 'vitest';
import {
  type CaseOver,
  cancelledRow,
  kpiRow,
  labourDelivery,
  labourRow,
  surgeryRow,
  T,
  validate,
  where,
} from './history.fixture';

const surgery = (over: CaseOver) => where(validate({ cases: [surgeryRow(over)] }));
const labour = (over: CaseOver) =>
  where(validate({ cases: [labourRow(over)], deliveries: [labourDelivery()] }));
const cancelled = (stage: Parameters<typeof cancelledRow>[0], over: CaseOver = {}) =>
  where(validate({ cases: [cancelledRow(stage, over)] }));
const kpi = (over: CaseOver) => where(validate({ cases: [kpiRow(over)] }));
const at = (...columns: string[]) => columns.map((c) => ['cases', 2, c]);

describe('rule 1: the anesthesia method (§2)', () => {
  it('accepts every class with an allowed subtype and device, and an unknown method', () => {
    expect(
      surgery({ anesthesia_class: 'neuraxial', anesthesia_subtype: 'spinal', airway_device: 'none' }),
    ).toEqual([]);
    expect(
      surgery({ anesthesia_class: 'ga_airway', anesthesia_subtype: 'lma_ett', airway_device: 'lma_ett' }),
    ).toEqual([]);
    expect(
      surgery({ anesthesia_class: 'ga_no_airway', anesthesia_subtype: 'iv', airway_device: 'facemask' }),
    ).toEqual([]);
    expect(
      surgery({ anesthesia_class: 'combined', anesthesia_subtype: 'ga_block', airway_device: 'dlt' }),
    ).toEqual([]);
    expect(
      surgery({ anesthesia_class: 'other', anesthesia_subtype: 'local_mac', airway_device: 'none' }),
    ).toEqual([]);
    expect(surgery({ anesthesia_class: '', anesthesia_subtype: '', airway_device: '' })).toEqual([]);
  });
  it('rejects a subtype not allowed for the class', () => {
    const r = validate({ cases: [surgeryRow({ anesthesia_class: 'neuraxial', airway_device: 'none' })] });
    expect(where(r)).toEqual(at('anesthesia_subtype'));
    expect(r.ok ? '' : r.problems[0]!.message['zh-CN']).toBe('“ett” 不是 neuraxial 允许的亚类');
  });
  it('requires the subtype and the device with a class', () => {
    expect(surgery({ anesthesia_subtype: '' })).toEqual(at('anesthesia_subtype'));
    expect(surgery({ airway_device: '' })).toEqual(at('airway_device'));
  });
  it('ga_airway: the device equals the subtype', () => {
    expect(surgery({ airway_device: 'lma' })).toEqual(at('airway_device'));
  });
  it('ga_no_airway: the device is none or facemask', () => {
    expect(
      surgery({ anesthesia_class: 'ga_no_airway', anesthesia_subtype: 'mask', airway_device: 'lma' }),
    ).toEqual(at('airway_device'));
  });
  it('without a class, subtype and device are empty', () => {
    expect(surgery({ anesthesia_class: '', airway_device: '' })).toEqual(at('anesthesia_subtype'));
    expect(surgery({ anesthesia_class: '', anesthesia_subtype: '' })).toEqual(at('airway_device'));
  });
});

describe('rule 2: a performed row', () => {
  it('has no cancellation', () => {
    expect(surgery({ cancel_stage: 'before_room' })).toEqual(at('cancel_stage'));
    expect(surgery({ cancelled_at: T('08:00') })).toEqual(at('cancelled_at'));
  });
  it.each(['in_room_at', 'anesthesia_start_at', 'anesthesia_end_at', 'out_of_room_at'])(
    'requires %s',
    (column) => {
      expect(surgery({ [column]: '' })).toEqual(at(column));
    },
  );
  it.each(['surgery', 'procedure'])('requires the surgery times of a %s', (type) => {
    const grade = type === 'surgery' ? '3' : '';
    expect(surgery({ procedure_type: type, surgery_grade: grade, surgery_start_at: '' })).toEqual(
      at('surgery_start_at'),
    );
    expect(surgery({ procedure_type: type, surgery_grade: grade, surgery_end_at: '' })).toEqual(
      at('surgery_end_at'),
    );
  });
  it('requires the surgery date of a surgery, not of a procedure', () => {
    expect(surgery({ surgery_date: '' })).toEqual(at('surgery_date'));
    expect(surgery({ procedure_type: 'procedure', surgery_grade: '', surgery_date: '' })).toEqual([]);
  });
  it('surgery_date is the local (UTC+08:00) date of surgery_start_at, whatever its offset', () => {
    expect(surgery({ surgery_date: '2025-03-02' })).toEqual(at('surgery_date'));
    // 2025-03-02T16:45Z is 2025-03-03 00:45 in China.
    const late = {
      surgery_start_at: '2025-03-02T16:45:00Z',
      in_room_at: T('00:05'),
      anesthesia_start_at: T('00:15'),
    };
    expect(surgery({ ...late, surgery_date: '2025-03-03' })).toEqual([]);
    expect(surgery({ ...late, surgery_date: '2025-03-02' })).toEqual(at('surgery_date'));
  });
  it('a labour row has no surgery times, no PACU times and no surgery date', () => {
    expect(labour({ surgery_start_at: T('03:00') })).toEqual(at('surgery_start_at'));
    expect(labour({ surgery_end_at: T('03:00') })).toEqual(at('surgery_end_at'));
    expect(labour({ pacu_in_at: T('10:25') })).toEqual(at('pacu_in_at'));
    expect(labour({ pacu_out_at: T('11:00') })).toEqual(at('pacu_out_at'));
    expect(labour({ surgery_date: '2025-03-03' })).toEqual(at('surgery_date'));
  });
  it('surgery_grade is empty for procedures and labour', () => {
    expect(surgery({ procedure_type: 'procedure' })).toEqual(at('surgery_grade'));
    expect(labour({ surgery_grade: '2' })).toEqual(at('surgery_grade'));
  });
});

describe('rule 3: a cancelled row', () => {
  it('accepts each stage with its anchors', () => {
    for (const stage of [
      'before_room',
      'after_room_before_anesthesia',
      'after_anesthesia_before_incision',
    ] as const)
      expect(cancelled(stage)).toEqual([]);
  });
  it('requires cancel_stage and cancelled_at', () => {
    expect(cancelled('before_room', { cancel_stage: '' })).toEqual(at('cancel_stage'));
    expect(cancelled('before_room', { cancelled_at: '' })).toEqual(at('cancelled_at'));
  });
  it.each([
    ['surgery_start_at', T('08:45')],
    ['surgery_end_at', T('09:00')],
    ['pacu_in_at', T('09:30')],
    ['pacu_out_at', T('10:00')],
    ['surgery_date', '2025-03-03'],
  ])('has no %s', (column, value) => {
    const over = column === 'pacu_out_at' ? { pacu_in_at: T('09:30'), [column]: value } : { [column]: value };
    expect(cancelled('after_anesthesia_before_incision', over)).toContainEqual(['cases', 2, column]);
  });
  it('before_room: no room entry and no later anchor', () => {
    expect(cancelled('before_room', { in_room_at: T('08:05') })).toEqual(at('in_room_at'));
    expect(cancelled('before_room', { out_of_room_at: T('08:40') })).toEqual(at('out_of_room_at'));
  });
  it('after_room_before_anesthesia: room entry, no anesthesia, cancelled at or after entry', () => {
    expect(cancelled('after_room_before_anesthesia', { in_room_at: '' })).toEqual(at('in_room_at'));
    expect(cancelled('after_room_before_anesthesia', { anesthesia_start_at: T('08:15') })).toEqual(
      at('anesthesia_start_at'),
    );
    expect(cancelled('after_room_before_anesthesia', { anesthesia_end_at: T('08:30') })).toEqual(
      at('anesthesia_end_at'),
    );
    expect(cancelled('after_room_before_anesthesia', { cancelled_at: T('08:04') })).toEqual(
      at('cancelled_at'),
    );
    expect(cancelled('after_room_before_anesthesia', { cancelled_at: T('08:05') })).toEqual([]);
  });
  it('after_anesthesia_before_incision: entry and anesthesia, cancelled at or after its start', () => {
    for (const column of ['in_room_at', 'anesthesia_start_at', 'anesthesia_end_at'])
      expect(cancelled('after_anesthesia_before_incision', { [column]: '' })).toEqual(at(column));
    expect(cancelled('after_anesthesia_before_incision', { cancelled_at: T('08:10') })).toEqual(
      at('cancelled_at'),
    );
  });
});

describe('rule 4: the order of the anchors', () => {
  it.each([
    ['anesthesia_start_at', T('08:00')],
    ['surgery_start_at', T('08:10')],
    ['surgery_end_at', T('08:40')],
    ['anesthesia_end_at', T('09:59')],
    ['out_of_room_at', T('10:14')],
    ['pacu_in_at', T('10:19')],
    ['pacu_out_at', T('10:24')],
  ])('rejects %s before an earlier anchor', (column, value) => {
    expect(surgery({ [column]: value })).toEqual(at(column));
  });
  it('accepts equal times', () => {
    expect(surgery({ anesthesia_start_at: T('08:05'), surgery_start_at: T('08:05') })).toEqual([]);
  });
  it('extubation at or after anesthesia start; re-intubation strictly after extubation', () => {
    expect(surgery({ extubated_at: T('08:14') })).toEqual(at('extubated_at'));
    const again = { reintubation_unplanned: '1', reintubation_due_to_reoperation: '0' };
    expect(surgery({ ...again, reintubated_at: T('10:10') })).toEqual(at('reintubated_at'));
    expect(surgery({ ...again, reintubated_at: T('10:11') })).toEqual([]);
  });
  it('pacu_out_at requires pacu_in_at', () => {
    expect(surgery({ pacu_in_at: '', pacu_first_temp_c: '' })).toEqual(at('pacu_out_at'));
    expect(surgery({ pacu_out_at: '' })).toEqual([]);
  });
});

describe('rule 5: dependent cells', () => {
  it.each([
    ['icu_planned_before_induction', '1', {}],
    ['aspiration_exit_spo2_air', '95', {}],
    ['aspiration_exit_spo2_air', '95', { aspiration: '' }],
    ['cardiac_arrest_times', T('09:00'), {}],
    ['reintubated_at', T('11:00'), {}],
    ['reintubation_due_to_reoperation', '0', {}],
    ['reintubation_unplanned', '0', { extubated_at: '' }],
    ['vas_rest', '2', {}],
    ['vas_movement', '2', {}],
    ['vas_assessed_at', T('09:00', '2025-03-04'), {}],
    ['temp_series', `${T('08:20')}=36.4`, { temp_monitoring: 'none' }],
    ['temp_series', `${T('08:20')}=36.4`, { temp_monitoring: '' }],
    ['labour_converted_to_caesarean', '0', {}],
    ['pacu_first_temp_c', '36.5', { pacu_in_at: '', pacu_out_at: '' }],
  ])('%s = %s needs its parent', (column, value, parent: CaseOver) => {
    expect(surgery({ ...parent, [column]: value })).toEqual(at(column));
  });
  it('accepts them with their parent', () => {
    expect(surgery({ icu_admission_at: T('11:30'), icu_planned_before_induction: '0' })).toEqual([]);
    expect(surgery({ aspiration: '1', aspiration_exit_spo2_air: '88' })).toEqual([]);
    expect(surgery({ cardiac_arrest: '1', cardiac_arrest_times: `${T('09:00')};${T('09:30')}` })).toEqual([]);
    expect(
      surgery({ postop_analgesia: '1', vas_rest: '1', vas_movement: '3', vas_assessed_at: T('09:00') }),
    ).toEqual([]);
    expect(surgery({ temp_monitoring: 'continuous' })).toEqual([]);
  });
  it('a post-op extubation needs anesthesia', () => {
    expect(cancelled('after_room_before_anesthesia', { extubated_at: T('08:30') })).toEqual(
      at('extubated_at'),
    );
  });
});

describe('rule 6: urgency and labour', () => {
  it('urgency is na if and only if the row is labour analgesia', () => {
    expect(labour({})).toEqual([]);
    expect(labour({ urgency: 'elective' })).toEqual(at('urgency'));
    expect(labour({ urgency: '' })).toEqual(at('urgency'));
    expect(surgery({ urgency: 'na' })).toEqual(at('urgency'));
    expect(surgery({ urgency: '' })).toEqual([]);
  });
  it('labour rows are female', () => {
    expect(labour({ sex: 'unknown' })).toEqual(at('sex'));
  });
});

describe('rule 7: death and admission on a row', () => {
  it("death_at's local date is death_date; death_at needs death_date", () => {
    // 2025-03-06T17:00Z is 2025-03-07 01:00 in China.
    expect(surgery({ death_date: '2025-03-07', death_at: '2025-03-06T17:00:00Z' })).toEqual([]);
    expect(surgery({ death_date: '2025-03-06', death_at: '2025-03-06T17:00:00Z' })).toEqual(at('death_at'));
    expect(surgery({ death_at: T('20:00') })).toEqual(at('death_date'));
  });
  it('nobody is discharged after their death', () => {
    expect(surgery({ death_date: '2025-03-05' })).toEqual(at('discharge_date'));
    expect(surgery({ death_date: '2025-03-06' })).toEqual([]);
  });
  it('admission_date iff admission_id; discharge_date and ward only with an admission; discharge ≥ admission', () => {
    expect(surgery({ admission_date: '' })).toEqual(at('admission_date'));
    expect(surgery({ admission_id: '', discharge_date: '', ward: '' })).toEqual(at('admission_date'));
    expect(surgery({ admission_id: '', admission_date: '', ward: '' })).toEqual(at('discharge_date'));
    expect(surgery({ admission_id: '', admission_date: '', discharge_date: '' })).toEqual(at('ward'));
    expect(surgery({ admission_id: '', admission_date: '', discharge_date: '', ward: '' })).toEqual([]);
    expect(surgery({ discharge_date: '2025-02-28' })).toEqual(at('discharge_date'));
    expect(surgery({ discharge_date: '' })).toEqual([]);
  });
  it.each(['person_name', 'birth_date', 'scheduled_at', 'location'])('a full row requires %s', (column) => {
    expect(surgery({ [column]: '' })).toEqual(at(column));
  });
});

describe('kpi_only rows', () => {
  it('accepts a row with the KPI columns only; name, birth date and location may be empty or given', () => {
    expect(kpi({})).toEqual([]);
    expect(kpi({ person_name: '张三', birth_date: '', location: 'or' })).toEqual([]);
  });
  it('is performed, with a surgery date', () => {
    expect(kpi({ case_status: 'cancelled' })).toEqual(at('case_status'));
    expect(kpi({ surgery_date: '' })).toEqual(at('surgery_date'));
  });
  it.each([
    ['scheduled_at', T('08:00')],
    ['in_room_at', T('08:05')],
    ['anesthesia_class', 'ga_airway'],
    ['temp_monitoring', 'none'],
    ['dental_injury', '0'],
    ['labour_converted_to_caesarean', '0'],
  ])('has its anesthesia column %s empty', (column, value) => {
    expect(kpi({ [column]: value })).toEqual(at(column));
  });
});
