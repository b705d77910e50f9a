// history-import.md §1 and §9: the value types of every column, each rejection at its row and column.
import { describe, expect, it } from 'vitest';
import { type CaseOver, cancelledRow, surgeryRow, T, validate, where } from './history.fixture';
import { parseDateTime } from './values';

/** The problems of one surgery row with `over` applied (the row is line 2). */
const problemsOf = (over: CaseOver) => where(validate({ cases: [surgeryRow(over)] }));
const at = (column: string) => [['cases', 2, column]];

describe('history import: the value of a cell (§1, §9)', () => {
  it('accepts the minimal valid row', () => {
    expect(validate({ cases: [surgeryRow()] })).toMatchObject({ ok: true });
  });

  it.each([
    ['sex', 'M'],
    ['record_level', 'partial'],
    ['surgery_grade', '5'],
    ['approach', 'lap'],
    ['procedure_type', 'operation'],
    ['asa', '7'],
    ['asa', '3E'],
    ['urgency', 'emerg'],
    ['location', 'OR'],
    ['case_status', 'done'],
    ['anesthesia_class', 'general'],
    ['airway_device', 'tube'],
    ['temp_monitoring', 'yes'],
  ])('rejects a value outside its enum: %s = %s', (column, value) => {
    const r = validate({ cases: [surgeryRow({ [column]: value })] });
    expect(where(r)).toEqual(at(column));
    expect(r.ok ? null : r.problems[0]!.message['en-US']).toContain('not an allowed value');
  });

  it('rejects a cancel_stage outside its enum', () => {
    expect(where(validate({ cases: [cancelledRow('before_room', { cancel_stage: 'later' })] }))).toEqual(
      at('cancel_stage'),
    );
  });

  it.each(['Y', '是', 'true', '2', ' 1', '1 '])('rejects the flag spelling %j', (value) => {
    expect(problemsOf({ dental_injury: value })).toEqual(at('dental_injury'));
  });

  it.each([
    ['no offset', '2025-03-03T08:05:00', 'no UTC offset'],
    ['no seconds', '2025-03-03T08:05+08:00', 'no seconds'],
    ['no seconds, no offset', '2025-03-03T08:05', 'no seconds'],
    ['a space for T', '2025-03-03 08:05:00+08:00', 'not a valid date-time'],
    ['a basic-format offset', '2025-03-03T08:05:00+0800', 'not a valid date-time'],
    ['a date only', '2025-03-03', 'not a valid date-time'],
    ['a day that does not exist', '2025-02-30T08:05:00+08:00', 'not a real calendar date'],
    ['hour 24', '2025-03-03T24:00:00+08:00', 'not a real calendar date'],
  ])('rejects a date-time with %s', (_what, value, reason) => {
    const r = validate({ cases: [surgeryRow({ consent_signed_at: value })] });
    expect(where(r)).toEqual(at('consent_signed_at'));
    expect(r.ok ? '' : r.problems[0]!.message['en-US']).toContain(reason);
  });

  it('reads a date-time as the instant, whatever the offset; Z and milliseconds are ISO 8601 too', () => {
    expect(parseDateTime('2025-03-01T08:10:00+08:00')).toBe(Date.parse('2025-03-01T00:10:00Z'));
    expect(parseDateTime('2025-03-01T00:10:00Z')).toBe(Date.parse('2025-03-01T00:10:00Z'));
    expect(parseDateTime('2025-02-28T19:10:00-05:00')).toBe(Date.parse('2025-03-01T00:10:00Z'));
    expect(parseDateTime('2025-03-01T08:10:00.250+08:00')).toBe(Date.parse('2025-03-01T00:10:00.250Z'));
    expect(parseDateTime('1961-04-02T00:00:00+08:00')).toBe(Date.parse('1961-04-01T16:00:00Z'));
    expect(problemsOf({ consent_signed_at: '2025-03-02T08:00:00Z' })).toEqual([]);
  });

  it.each([
    ['2025-02-30', 'not a real calendar date'],
    ['2023-02-29', 'not a real calendar date'],
    ['2025-13-01', 'not a real calendar date'],
    ['2025/03/03', 'not a YYYY-MM-DD date'],
    ['2025-3-3', 'not a YYYY-MM-DD date'],
    ['1960-01-01T00:00:00+08:00', 'not a YYYY-MM-DD date'],
  ])('rejects the date %s', (value, reason) => {
    const r = validate({ cases: [surgeryRow({ birth_date: value })] });
    expect(where(r)).toEqual(at('birth_date'));
    expect(r.ok ? '' : r.problems[0]!.message['en-US']).toContain(reason);
  });

  it('accepts 29 February of a leap year', () => {
    expect(problemsOf({ birth_date: '2024-02-29' })).toEqual([]);
  });

  it.each([
    ['36.123', 'more than 2 decimals'],
    ['24.99', 'outside 25–43'],
    ['43.01', 'outside 25–43'],
    ['36.', 'not a decimal'],
    ['.5', 'not a decimal'],
    ['36,5', 'not a decimal'],
    ['-36', 'not a decimal'],
    ['36.5℃', 'not a decimal'],
  ])('rejects the temperature %s', (value, reason) => {
    const r = validate({ cases: [surgeryRow({ pacu_first_temp_c: value })] });
    expect(where(r)).toEqual(at('pacu_first_temp_c'));
    expect(r.ok ? '' : r.problems[0]!.message['en-US']).toContain(reason);
  });

  it('accepts temperatures at the limits and with 0–2 decimals', () => {
    for (const v of ['25', '43', '43.00', '36.0', '35.95'])
      expect(problemsOf({ pacu_first_temp_c: v })).toEqual([]);
  });

  it.each([
    ['autologous_ml', '-1'],
    ['allogeneic_ml', '1.5'],
    ['allogeneic_ml', ' 200'],
    ['allogeneic_ml', '2e2'],
  ])('rejects %s = %j (integers are plain digits)', (column, value) => {
    expect(problemsOf({ [column]: value })).toEqual(at(column));
  });

  it('rejects integers outside their range', () => {
    expect(problemsOf({ aspiration: '1', aspiration_exit_spo2_air: '101' })).toEqual(
      at('aspiration_exit_spo2_air'),
    );
    expect(problemsOf({ postop_analgesia: '1', vas_movement: '11' })).toEqual(at('vas_movement'));
  });

  it.each([
    ['33 characters', 'E'.repeat(33)],
    ['an underscore', 'E_1'],
    ['a blank', 'E 1'],
    ['Chinese', '例次1'],
  ])('rejects an identifier with %s', (_what, value) => {
    expect(problemsOf({ episode_id: value })).toEqual(at('episode_id'));
    expect(problemsOf({ person_id: value })).toEqual(at('person_id'));
    expect(problemsOf({ admission_id: value })).toEqual(at('admission_id'));
  });

  it('accepts a 32-character identifier of letters, digits and hyphens', () => {
    expect(problemsOf({ episode_id: `Ab-${'9'.repeat(29)}` })).toEqual([]);
  });

  it('requires the ids, sex, record level, type and status on every row', () => {
    for (const column of ['episode_id', 'person_id', 'sex', 'record_level', 'procedure_type', 'case_status'])
      expect(problemsOf({ [column]: '' })).toContainEqual(['cases', 2, column]);
  });

  it('rejects a province that is not the full name of a province-level division', () => {
    expect(problemsOf({ province: '山西' })).toEqual(at('province'));
    expect(problemsOf({ province: '内蒙古自治区' })).toEqual([]);
    expect(problemsOf({ province: '' })).toEqual([]);
  });

  it('reads complications as name:grade with the grade after the last colon', () => {
    const r = validate({ cases: [surgeryRow({ complications: 'pneumonia:II;death:sepsis:V' })] });
    expect(r.ok && r.cases[0]!.complications).toEqual([
      { name: 'pneumonia', grade: 'II' },
      { name: 'death:sepsis', grade: 'V' },
    ]);
    for (const bad of ['pneumonia', 'pneumonia:III', ':II', 'pneumonia:II;', 'pneumonia:ii'])
      expect(problemsOf({ complications: bad })).toEqual(at('complications'));
  });

  it('rejects a temperature series that is not dt=dec items with strictly increasing times', () => {
    const bad = [
      `${T('08:20')}=36.4;${T('08:20')}=36.2`,
      `${T('08:30')}=36.4;${T('08:20')}=36.2`,
      `${T('08:20')}:36.4`,
      `${T('08:20')}=36.456`,
      `2025-03-03T08:20+08:00=36.4`,
      `${T('08:20')}=36.4;`,
    ];
    for (const series of bad) expect(problemsOf({ temp_series: series })).toEqual(at('temp_series'));
  });

  it('rejects a bad cardiac arrest time', () => {
    expect(
      problemsOf({ cardiac_arrest: '1', cardiac_arrest_times: `${T('09:00')};2025-03-03T09:30` }),
    ).toEqual(at('cardiac_arrest_times'));
  });

  it('rejects a NUL character in a text cell', () => {
    expect(problemsOf({ procedure_name: 'a\u0000b' })).toEqual(at('procedure_name'));
  });

  it('reports every bad cell of every row, not just the first', () => {
    const r = validate({
      cases: [
        surgeryRow({ sex: 'M', dental_injury: 'Y' }),
        surgeryRow({ episode_id: 'E2', asa: '9', consent_signed_at: '2025-03-02T08:00:00' }),
      ],
    });
    expect(where(r)).toEqual([
      ['cases', 2, 'sex'],
      ['cases', 2, 'dental_injury'],
      ['cases', 3, 'asa'],
      ['cases', 3, 'consent_signed_at'],
    ]);
    expect(r.ok ? null : r.problems[0]!.message['zh-CN']).toBe('“M” 不是允许的值（male, female, unknown）');
  });
});
