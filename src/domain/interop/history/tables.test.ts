// history-import.md §3/§5/§6/§10 headers, staffing.csv (§5), deliveries.csv (§6) and wards.csv (§10).
import { describe, expect, it } from 'vitest';
import { CASE_COLUMNS, checkHeader, DELIVERY_COLUMNS, STAFFING_COLUMNS, WARD_COLUMNS } from './headers';
import {
  type CaseOver,
  type DeliveryOver,
  labourDelivery,
  labourRow,
  staffingYear,
  surgeryRow,
  validate,
  where,
} from './history.fixture';

describe('headers', () => {
  it('are exactly the columns of §3, §5, §6 and §10', () => {
    expect(CASE_COLUMNS).toHaveLength(75);
    expect(CASE_COLUMNS[41]).toBe('anesthesia_class');
    expect(CASE_COLUMNS[74]).toBe('labour_converted_to_caesarean');
    expect(STAFFING_COLUMNS.join(',')).toBe('year,staff_category,headcount');
    expect(DELIVERY_COLUMNS.join(',')).toBe(
      'delivery_id,person_id,delivery_at,delivery_mode,labour_analgesia_episode_id',
    );
    expect(WARD_COLUMNS.join(',')).toBe('ward,open_beds,valid_from,valid_to');
    expect(checkHeader('cases', [...CASE_COLUMNS])).toBeNull();
  });
  it('name the first difference: a renamed, a missing, an extra or a swapped column', () => {
    expect(checkHeader('wards', ['ward', 'beds', 'valid_from', 'valid_to'])).toMatchObject({
      file: 'wards',
      row: 1,
      column: 'open_beds',
      message: { 'en-US': 'Header column 2 must be open_beds, found "beds"' },
    });
    expect(checkHeader('wards', ['ward', 'open_beds', 'valid_from'])).toMatchObject({ column: 'valid_to' });
    expect(checkHeader('wards', [...WARD_COLUMNS, 'note'])).toMatchObject({ column: 'note' });
    expect(checkHeader('staffing', ['staff_category', 'year', 'headcount'])).toMatchObject({
      column: 'year',
    });
    expect(checkHeader('wards', ['Ward', 'open_beds', 'valid_from', 'valid_to'])).toMatchObject({
      column: 'ward',
    });
  });
});

describe('staffing.csv (§5)', () => {
  it('accepts all seven categories for each year', () => {
    const r = validate({ staffing: [...staffingYear(2024), ...staffingYear(2025, '0')] });
    expect(r.ok && r.staffing).toHaveLength(14);
  });
  it('requires all seven categories for each year', () => {
    const r = validate({ staffing: staffingYear(2025).filter((s) => s[1] !== 'support_doctor') });
    expect(where(r)).toEqual([['staffing', null, 'staff_category']]);
    expect(r.ok ? '' : r.problems[0]!.message['en-US']).toBe(
      'Year 2025 lacks staff category support_doctor (write 0 if none)',
    );
  });
  it('has each year and category once', () => {
    expect(where(validate({ staffing: [...staffingYear(2025), ['2025', 'support_doctor', '1']] }))).toEqual([
      ['staffing', 9, 'staff_category'],
    ]);
  });
  it.each([
    ['year', ['25', 'anesthesia_nurse', '3']],
    ['staff_category', ['2025', 'nurse', '3']],
    ['headcount', ['2025', 'anesthesia_nurse', '-1']],
    ['headcount', ['2025', 'anesthesia_nurse', '2.5']],
    ['headcount', ['2025', 'anesthesia_nurse', '']],
  ])('rejects a bad %s', (column, row) => {
    const rows = staffingYear(2025).filter((s) => s[1] !== 'anesthesia_nurse');
    expect(where(validate({ staffing: [row, ...rows] }))).toContainEqual(['staffing', 2, column]);
  });
});

/** cases.csv = one operation (E1, P1) and a labour analgesia (E9, P2); deliveries.csv = `deliveries`. */
const run = (deliveries: string[][], labour: CaseOver = {}) =>
  where(validate({ cases: [surgeryRow(), labourRow(labour)], deliveries }));
const dl = (over: DeliveryOver) => labourDelivery(over);

describe('deliveries.csv (§6)', () => {
  it('accepts a linked labour row and deliveries without anesthesia', () => {
    expect(
      run([dl({}), dl({ delivery_id: 'DL2', person_id: 'P7', labour_analgesia_episode_id: '' })]),
    ).toEqual([]);
    expect(
      run([dl({ delivery_mode: 'caesarean_in_labour' })], { labour_converted_to_caesarean: '1' }),
    ).toEqual([]);
    expect(
      run([
        dl({}),
        dl({ delivery_id: 'DL2', delivery_mode: 'caesarean_elective', labour_analgesia_episode_id: '' }),
      ]),
    ).toEqual([]);
  });
  it.each([
    ['delivery_id', { delivery_id: '' }],
    ['delivery_id', { delivery_id: 'DL_1' }],
    ['person_id', { person_id: '' }],
    ['delivery_at', { delivery_at: '2025-03-03T14:20:00' }],
    ['delivery_mode', { delivery_mode: 'natural' }],
    ['labour_analgesia_episode_id', { labour_analgesia_episode_id: 'E 9' }],
  ])('rejects a bad %s', (column, over: DeliveryOver) => {
    expect(run([dl(over)])).toContainEqual(['deliveries', 2, column]);
  });
  it('delivery_id is unique', () => {
    const other = dl({ person_id: 'P7', labour_analgesia_episode_id: '' });
    expect(run([dl({}), other])).toEqual([['deliveries', 3, 'delivery_id']]);
  });
  it('a linked episode exists and is a performed full labour_analgesia row', () => {
    expect(run([dl({}), dl({ delivery_id: 'DL2', labour_analgesia_episode_id: 'E404' })])).toEqual([
      ['deliveries', 3, 'labour_analgesia_episode_id'],
    ]);
    expect(
      run([dl({}), dl({ delivery_id: 'DL2', person_id: 'P1', labour_analgesia_episode_id: 'E1' })]),
    ).toEqual([['deliveries', 3, 'labour_analgesia_episode_id']]);
    const cancelledLabour = {
      case_status: 'cancelled',
      cancel_stage: 'before_room',
      cancelled_at: '2025-03-03T07:00:00+08:00',
      in_room_at: '',
      anesthesia_start_at: '',
      anesthesia_end_at: '',
      out_of_room_at: '',
    };
    expect(run([dl({})], cancelledLabour)).toEqual([['deliveries', 2, 'labour_analgesia_episode_id']]);
  });
  it('a linked episode is of the same person', () => {
    expect(run([dl({ person_id: 'P3' })])).toEqual([['deliveries', 2, 'labour_analgesia_episode_id']]);
  });
  it('a labour episode is linked to one delivery only', () => {
    const r = validate({ cases: [labourRow()], deliveries: [dl({}), dl({ delivery_id: 'DL2' })] });
    expect(where(r)).toEqual([['deliveries', 3, 'labour_analgesia_episode_id']]);
    expect(r.ok ? '' : r.problems[0]!.message['en-US']).toContain(
      'already linked from the delivery on row 2',
    );
  });
  it('labour_converted_to_caesarean = 1 if and only if the delivery is caesarean_in_labour', () => {
    expect(run([dl({ delivery_mode: 'caesarean_in_labour' })])).toEqual([
      ['cases', 3, 'labour_converted_to_caesarean'],
    ]);
    expect(run([dl({})], { labour_converted_to_caesarean: '1' })).toEqual([
      ['cases', 3, 'labour_converted_to_caesarean'],
    ]);
    expect(
      run([dl({ delivery_mode: 'caesarean_in_labour' })], { labour_converted_to_caesarean: '' }),
    ).toEqual([['cases', 3, 'labour_converted_to_caesarean']]);
  });
  it('a caesarean_elective delivery has no labour episode', () => {
    expect(run([dl({ delivery_mode: 'caesarean_elective' })])).toContainEqual([
      'deliveries',
      2,
      'labour_analgesia_episode_id',
    ]);
  });
  it('every performed labour row is linked from exactly one delivery', () => {
    const r = validate({ cases: [surgeryRow(), labourRow()] });
    expect(where(r)).toEqual([['cases', 3, 'episode_id']]);
    expect(r.ok ? '' : r.problems[0]!.message['en-US']).toBe(
      'A performed labour analgesia row is linked from exactly one delivery of deliveries.csv',
    );
    expect(run([dl({ labour_analgesia_episode_id: '' })])).toEqual([['cases', 3, 'episode_id']]);
  });
  it('checks the links whatever the order the files are given in', () => {
    const v = validate({ deliveries: [dl({})], cases: [labourRow()] });
    expect(v.ok).toBe(true);
  });
});

describe('wards.csv (§10)', () => {
  const wards = (rows: string[][]) => where(validate({ wards: rows }));
  it('accepts the example of §10 and adjacent periods', () => {
    expect(
      wards([
        ['TS1', '12', '', ''],
        ['TS2', '12', '', '2024-06-30'],
        ['TS2', '14', '2024-07-01', ''],
      ]),
    ).toEqual([]);
  });
  it('rejects overlapping periods of one ward', () => {
    expect(
      wards([
        ['TS2', '12', '', '2024-07-01'],
        ['TS2', '14', '2024-07-01', ''],
      ]),
    ).toEqual([['wards', 3, 'valid_from']]);
    expect(
      wards([
        ['TS1', '12', '', ''],
        ['TS1', '14', '2024-07-01', '2024-12-31'],
      ]),
    ).toEqual([['wards', 3, 'valid_from']]);
    expect(
      wards([
        ['TS1', '14', '2024-07-01', '2024-12-31'],
        ['TS1', '12', '2023-01-01', '2025-01-01'],
        ['TS1', '10', '2024-01-01', '2024-02-01'],
      ]),
    ).toEqual([
      ['wards', 2, 'valid_from'],
      ['wards', 4, 'valid_from'],
    ]);
  });
  it.each([
    ['open_beds', ['TS1', '-1', '', '']],
    ['open_beds', ['TS1', '12.5', '', '']],
    ['open_beds', ['TS1', '', '', '']],
    ['ward', ['', '12', '', '']],
    ['ward', ['TS 1', '12', '', '']],
    ['valid_from', ['TS1', '12', '2024-02-30', '']],
    ['valid_to', ['TS1', '12', '2024-07-01', '2024-06-30']],
  ])('rejects a bad %s', (column, row) => {
    expect(wards([row])).toEqual([['wards', 2, column]]);
  });
});
