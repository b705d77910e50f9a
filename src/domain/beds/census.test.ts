import { describe, expect, it } from 'vitest';
import { type BedSegment, midnightCensus } from './census';

const at = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+08:00`);
const seg = (
  admissionId: string,
  ward: string,
  bedId: string | null,
  from: string,
  to: string | null,
  temporary = false,
): BedSegment => ({
  admissionId,
  patientId: `P-${admissionId}`,
  ward,
  bedId,
  temporary,
  from: at(from),
  to: to === null ? null : at(to),
});

describe('midnight census (24:00 of the date, Asia/Shanghai; china-standards.md §3)', () => {
  it('a transfer between wards at 15:00 counts the patient in the new ward at that midnight', () => {
    const segments = [
      seg('A1', 'TS1', 'TS1-03', '2024-07-08 10:00', '2024-07-10 15:00'),
      seg('A1', 'TS2', 'TS2-07', '2024-07-10 15:00', null),
    ];
    const before = midnightCensus(segments, '2024-07-09');
    expect(before.wards.map((w) => [w.ward, w.present])).toEqual([['TS1', 1]]);
    const day = midnightCensus(segments, '2024-07-10', { wards: ['TS1', 'TS2'] });
    expect(day.midnight.toISOString()).toBe('2024-07-10T16:00:00.000Z');
    expect(day.wards.map((w) => [w.ward, w.present])).toEqual([
      ['TS1', 0],
      ['TS2', 1],
    ]);
    expect(day.wards[1]!.occupants[0]).toEqual({
      admissionId: 'A1',
      patientId: 'P-A1',
      ward: 'TS2',
      bedId: 'TS2-07',
      extraBed: false,
      since: at('2024-07-10 15:00'),
    });
    expect(day.department).toEqual({ present: 1, inExtraBeds: 0 });
    expect(day.conflicts).toEqual([]);
  });

  it('a discharge at exactly 00:00 is still counted at the midnight that just ended', () => {
    const segments = [seg('A1', 'TS1', 'TS1-01', '2024-07-09 10:00', '2024-07-11 00:00')];
    expect(midnightCensus(segments, '2024-07-10').department.present).toBe(1);
    expect(midnightCensus(segments, '2024-07-11').department.present).toBe(0);
  });

  it('an admission at exactly 00:00 is not present at the midnight before it', () => {
    const segments = [seg('A1', 'TS1', 'TS1-01', '2024-07-11 00:00', null)];
    expect(midnightCensus(segments, '2024-07-10').department.present).toBe(0);
    expect(midnightCensus(segments, '2024-07-11').department.present).toBe(1);
  });

  it('a same-day stay is present at no midnight', () => {
    const segments = [seg('A1', 'TS1', 'TS1-01', '2024-07-10 08:00', '2024-07-10 19:30')];
    expect(midnightCensus(segments, '2024-07-09').department.present).toBe(0);
    expect(midnightCensus(segments, '2024-07-10').department.present).toBe(0);
  });

  it('counts patients in extra beds, registered or not, and orders registered beds first', () => {
    const segments = [
      seg('A3', 'TS1', null, '2024-12-20 09:00', null, true),
      seg('A2', 'TS1', 'TS1-J1', '2024-12-20 09:00', null, true),
      seg('A1', 'TS1', 'TS1-02', '2024-12-19 09:00', null),
    ];
    const c = midnightCensus(segments, '2024-12-20');
    expect(c.wards[0]!.occupants.map((o) => [o.bedId, o.extraBed])).toEqual([
      ['TS1-02', false],
      ['TS1-J1', true],
      [null, true],
    ]);
    expect(c.wards[0]).toMatchObject({ ward: 'TS1', present: 3, inExtraBeds: 2 });
    expect(c.department).toEqual({ present: 3, inExtraBeds: 2 });
  });

  it('without named wards, lists the wards met at that midnight by code; with a scope, only those', () => {
    const segments = [
      seg('A1', 'TS2', 'TS2-01', '2024-07-01 09:00', null),
      seg('A2', 'TS1', 'TS1-01', '2024-07-01 09:00', null),
      seg('A3', 'TS3', 'TS3-01', '2024-07-01 09:00', null),
    ];
    expect(midnightCensus(segments, '2024-07-05').wards.map((w) => w.ward)).toEqual(['TS1', 'TS2', 'TS3']);
    const scoped = midnightCensus(segments, '2024-07-05', { wards: ['TS3', 'TS9'] });
    expect(scoped.wards.map((w) => [w.ward, w.present])).toEqual([
      ['TS3', 1],
      ['TS9', 0],
    ]);
    expect(scoped.department.present).toBe(1);
    expect(midnightCensus(segments, '2024-07-05', { wards: [] }).department.present).toBe(0);
  });

  it('flags a bed with two patients (both counted) and an admission in two places (counted once)', () => {
    const segments = [
      seg('A1', 'TS1', 'TS1-05', '2024-07-01 09:00', null),
      seg('A2', 'TS1', 'TS1-05', '2024-07-03 09:00', null),
      seg('A3', 'TS1', 'TS1-06', '2024-07-01 09:00', null),
      seg('A3', 'TS2', 'TS2-01', '2024-07-04 15:00', null),
    ];
    const c = midnightCensus(segments, '2024-07-05');
    expect(c.department.present).toBe(3);
    expect(c.wards.map((w) => [w.ward, w.present])).toEqual([
      ['TS1', 2],
      ['TS2', 1],
    ]);
    expect(c.conflicts).toEqual([
      { kind: 'admission_in_two_places', admissionId: 'A3', wards: ['TS1', 'TS2'] },
      { kind: 'bed_double_occupied', bedId: 'TS1-05', admissionIds: ['A1', 'A2'] },
    ]);
  });

  it('the census of 2024-02-29 is taken at 24:00 of the leap day', () => {
    const segments = [
      seg('A1', 'TS1', 'TS1-01', '2024-02-28 10:00', '2024-03-01 09:00'),
      seg('A2', 'TS1', 'TS1-02', '2024-02-29 23:59', '2024-03-01 00:00'),
    ];
    const c = midnightCensus(segments, '2024-02-29');
    expect(c.midnight.toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(c.wards[0]!.occupants.map((o) => o.admissionId)).toEqual(['A1', 'A2']);
  });
});
