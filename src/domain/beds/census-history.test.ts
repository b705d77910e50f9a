import { describe, expect, it } from 'vitest';
import { dayNumber } from '../quality/bed-days';
import { bedHistoryIssues, HISTORY_ISSUE_TEXT, replayAdmissions, wardsOf } from './census-history';
import { historyOf, localTime, type StaySpec } from './census-stays.fixture';

const ok: StaySpec = {
  id: 'A1',
  moves: [
    ['TS1', 'TS1-01', '2024-07-08 10:00'],
    ['TS2', 'TS2-01', '2024-07-10 15:00'],
  ],
  out: null,
};

describe('replaying admissions from their bed segments', () => {
  it('orders the segments of an admission by start and knows its final ward and census days', () => {
    const h = historyOf([
      {
        id: 'A1',
        moves: [
          ['TS1', 'TS1-01', '2024-07-08 10:00'],
          ['TS2', 'TS2-01', '2024-07-10 15:00'],
        ],
        out: '2024-07-12 09:00',
      },
    ]);
    const reversed = { ...h, segments: [...h.segments].reverse() };
    const { admissions, issues } = replayAdmissions(reversed.segments, reversed.admissions);
    expect(issues).toEqual([]);
    expect(admissions[0]).toMatchObject({
      admissionDay: dayNumber('2024-07-08'),
      dischargeDay: dayNumber('2024-07-12'),
      finalWard: 'TS2',
      sameDay: false,
      stretches: [
        { ward: 'TS1', first: dayNumber('2024-07-08'), last: dayNumber('2024-07-09') },
        { ward: 'TS2', first: dayNumber('2024-07-10'), last: dayNumber('2024-07-11') },
      ],
    });
  });

  it('a same-day stay is one that is discharged on its admission date and present at no midnight', () => {
    const h = historyOf([
      { id: 'A1', moves: [['TS1', 'TS1-01', '2024-07-10 08:00']], out: '2024-07-10 20:00' },
      { id: 'A2', moves: [['TS1', 'TS1-02', '2024-07-10 08:00']], out: '2024-07-11 00:00' },
    ]);
    const { admissions } = replayAdmissions(h.segments, h.admissions);
    expect(admissions.map((a) => [a.record.admissionId, a.sameDay])).toEqual([
      ['A1', true],
      ['A2', false],
    ]);
  });

  it('names every inconsistency, one reason per admission', () => {
    const h = historyOf([
      {
        id: 'B1',
        moves: [['TS1', 'TS1-01', '2024-07-10 08:00']],
        out: '2024-07-12 09:00',
        dischargeDate: '2024-07-09',
      },
      { id: 'B2', moves: [['TS1', 'TS1-02', '2024-07-10 08:00']], out: null, dischargeDate: '2024-07-12' },
      { id: 'B3', moves: [], out: null },
    ]);
    const extra = {
      segments: [
        ...h.segments,
        // B4: two overlapping segments; B5: a segment ending before it starts; B6: no admission record.
        ...[
          ['B4', '2024-07-01 08:00', '2024-07-05 08:00'],
          ['B4', '2024-07-04 08:00', null],
          ['B5', '2024-07-03 08:00', '2024-07-02 08:00'],
          ['B6', '2024-07-03 08:00', null],
          ['B7', '2024-07-03 08:00', null],
        ].map(([id, from, to]) => ({
          admissionId: id!,
          patientId: id === 'B7' ? 'someone else' : `P-${id}`,
          ward: 'TS1',
          bedId: null,
          temporary: true,
          from: localTime(from!),
          to: to === null ? null : localTime(to!),
        })),
      ],
      admissions: [
        ...h.admissions,
        ...['B4', 'B5', 'B7', 'B8', 'B8'].map((id) => ({
          admissionId: id,
          patientId: `P-${id}`,
          admissionDate: '2024-07-01',
          dischargeDate: null,
        })),
      ],
    };
    const issues = bedHistoryIssues(extra);
    expect(new Map(issues.map((i) => [i.admissionId, i.reason]))).toEqual(
      new Map([
        ['B1', 'discharge_before_admission'],
        ['B2', 'open_segment_after_discharge'],
        ['B3', 'no_segments'],
        ['B4', 'overlapping_segments'],
        ['B5', 'segment_ends_before_start'],
        ['B6', 'no_admission_record'],
        ['B7', 'patient_mismatch'],
        ['B8', 'duplicate_admission_record'],
      ]),
    );
    expect(HISTORY_ISSUE_TEXT.overlapping_segments).toContain(' / ');
  });

  it('segments that only touch (a move at one instant) do not overlap', () => {
    expect(bedHistoryIssues(historyOf([ok]))).toEqual([]);
  });

  it('lists every ward the history names', () => {
    const h = historyOf([ok], {
      regular: [{ ward: 'TS3', openBeds: 1, validFrom: null, validTo: null }],
      closures: [{ ward: 'TS4', beds: 1, reason: 'disinfection', from: '2024-01-01', to: null }],
      extraBeds: [{ ward: 'TS0', beds: 1, from: '2024-01-01', to: null }],
    });
    expect(wardsOf(h)).toEqual(['TS0', 'TS1', 'TS2', 'TS3', 'TS4']);
  });
});
