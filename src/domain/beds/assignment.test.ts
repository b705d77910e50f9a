import { describe, expect, it } from 'vitest';
import { DEFAULT_BED_RULES, type Proposal, proposeBed, resolveBedRules } from './assignment';
import {
  bed,
  department,
  patient,
  room,
  staying,
  twoWards,
  WARD_A,
  WARD_B,
} from './assignment-cases.fixture';
import type { BedProposal } from './assignment-types';

const rules = DEFAULT_BED_RULES;

function asBed(p: Proposal): BedProposal {
  if (p.kind !== 'bed') throw new Error(`expected a bed, got ${p.explanation['en-US']}`);
  return p;
}

describe('the balance objective against the home ward', () => {
  // A 5/10 occupied, B 2/10: spread 30 %. Into A → 60 % vs 20 % = 40 %; into B → 50 % vs 30 % = 20 %.
  const snap = twoWards(10, 5, 2);
  const homeA = patient('P1', { homeWard: 'A' });

  it('with the default weights balance wins: the emptier ward over the home ward', () => {
    const p = asBed(proposeBed(snap, rules, homeA));
    expect(p.bedId).toBe('B-3');
    expect(p.score.spreadBefore).toBeCloseTo(0.3, 12);
    expect(p.score.spreadAfter).toBeCloseTo(0.2, 12);
    expect(p.score.homeWard).toBe('other');
    expect(p.score.terms.balance).toBeCloseTo(20, 9);
    expect(p.score.terms.homeWard).toBe(5);
    expect(p.score.total).toBeCloseTo(25, 9);
    expect(p.explanation).toEqual({
      'zh-CN': '胸外二病区 3 床：非同组病区（同组：胸外一病区），入住后预计各病区占用率差由 30% 降至 20%',
      'en-US':
        'Thoracic Ward 2 bed 3: not the home ward (Thoracic Ward 1); predicted spread of ward occupancy falls from 30% to 20%',
    });
  });

  it('with the home ward weighing more than 20 points of spread, the home ward wins', () => {
    const heavyHome = resolveBedRules({ weights: { homeWard: 21 } });
    const p = asBed(proposeBed(snap, heavyHome, homeA));
    expect(p.bedId).toBe('A-6');
    expect(p.score.spreadAfter).toBeCloseTo(0.4, 12);
    expect(p.score.total).toBeCloseTo(40, 9);
    expect(p.explanation['zh-CN']).toBe('胸外一病区 6 床：同组病区，入住后预计各病区占用率差由 30% 升至 40%');
    // At exactly 20 points the two tie (B 20 + 20 = A 40) and the board order decides: ward A first.
    expect(asBed(proposeBed(snap, resolveBedRules({ weights: { homeWard: 20 } }), homeA)).bedId).toBe('A-6');
    expect(asBed(proposeBed(snap, resolveBedRules({ weights: { homeWard: 19 } }), homeA)).bedId).toBe('B-3');
  });

  it('explains itself as the issue asks: 胸外二病区 8 床 … 由 18% 降至 9%', () => {
    // 11 beds each, A 9 and B 7 occupied: 2/11 = 18 %; into B: 1/11 = 9 %.
    const p = asBed(proposeBed(twoWards(11, 9, 7), rules, patient('P1', { homeWard: 'B' })));
    expect(p.explanation).toEqual({
      'zh-CN': '胸外二病区 8 床：同组病区，入住后预计各病区占用率差由 18% 降至 9%',
      'en-US': 'Thoracic Ward 2 bed 8: home ward; predicted spread of ward occupancy falls from 18% to 9%',
    });
    expect(p).toMatchObject({ ward: 'B', room: 'R1', bedCode: '8', patientId: 'P1' });
  });

  it('the spread is the mean over the stay days: a ward emptying mid-stay counts for those days only', () => {
    // A: 4 beds, 2 leave on 03-04. B: 4 beds, 1 staying. Stay 03-02 – 03-05 (4 nights, 4 days).
    const leaving = { kind: 'occupied', patientSex: 'male', expectedDischarge: '2026-03-04' } as const;
    const snap = department(
      [WARD_A, WARD_B],
      [room('A', 'R1'), room('B', 'R1')],
      [
        bed('A', 'R1', '1', leaving),
        bed('A', 'R1', '2', leaving),
        bed('A', 'R1', '3'),
        bed('A', 'R1', '4'),
        bed('B', 'R1', '1', staying()),
        bed('B', 'R1', '2'),
        bed('B', 'R1', '3'),
        bed('B', 'R1', '4'),
      ],
    );
    const p = asBed(proposeBed(snap, rules, patient('P1', { expectedLos: 4 })));
    // Before: days 1–2 |0.5 − 0.25| = 0.25, days 3–4 |0 − 0.25| = 0.25 → 0.25.
    // Into A: 0.5, 0.5, 0, 0 → mean 0.25. Into B: 0, 0, 0.5, 0.5 → mean 0.25: a tie, ward A by board order.
    expect(p.score.spreadBefore).toBeCloseTo(0.25, 12);
    expect(p.score.spreadAfter).toBeCloseTo(0.25, 12);
    expect(p.bedId).toBe('A-3');
    expect(p.score.stayDays).toBe(4);
    // A shorter stay (2 days) falls on A's full days only: B is better (|0.5 − 0.5| = 0).
    const short = asBed(proposeBed(snap, rules, patient('P1', { expectedLos: 2 })));
    expect(short.bedId).toBe('B-2');
    expect(short.score.spreadAfter).toBe(0);
  });

  it('days after the horizon are not predicted: the mean covers the stay days inside it', () => {
    const p = asBed(
      proposeBed(twoWards(10, 5, 2), rules, patient('P1', { admissionDate: '2026-03-14', expectedLos: 10 })),
    );
    expect(p.score.stayDays).toBe(2);
    expect(p.bedId).toBe('B-3');
  });
});

describe('future transfers and reservations', () => {
  const monitoredWard = department(
    [WARD_A],
    [room('A', 'R1', { monitored: true }), room('A', 'R2')],
    [bed('A', 'R1', '1'), bed('A', 'R2', '2')],
  );

  it('a patient who needs no monitoring gets a regular bed before a monitored one', () => {
    const p = asBed(proposeBed(monitoredWard, rules, patient('P1')));
    expect(p.bedId).toBe('A-2');
    expect(p.score.futureTransfers).toBe(0);
    const free = resolveBedRules({ weights: { futureTransfer: 0 } });
    const q = asBed(proposeBed(monitoredWard, free, patient('P1')));
    expect(q.bedId).toBe('A-1');
    expect(q.score.transferReason).toBe('monitored-not-needed');
    expect(q.explanation['zh-CN']).toBe(
      '胸外一病区 1 床：入住后预计各病区占用率差保持 0%，占用监护床位，需要时须转出',
    );
  });

  it('monitoring for day 0–1 of a longer stay implies a step-down transfer; for the whole stay none', () => {
    const p = asBed(
      proposeBed(
        monitoredWard,
        rules,
        patient('P1', { needsMonitored: true, monitoredDays: 2, expectedLos: 8 }),
      ),
    );
    expect(p.bedId).toBe('A-1');
    expect(p.score).toMatchObject({ futureTransfers: 1, transferReason: 'monitored-step-down' });
    expect(p.score.terms.futureTransfer).toBe(3);
    expect(p.explanation['en-US']).toContain('a transfer to a regular bed when monitoring ends');
    const whole = asBed(
      proposeBed(monitoredWard, rules, patient('P1', { needsMonitored: true, expectedLos: 2 })),
    );
    expect(whole.score.futureTransfers).toBe(0);
  });

  it("a patient's reservation is honoured even against balance", () => {
    const snap = twoWards(10, 2, 5);
    const withReservation = {
      ...snap,
      beds: snap.beds.map((b) =>
        b.id === 'B-9'
          ? { ...b, status: { kind: 'reserved', patientId: 'P1', until: '2026-03-03' } as const }
          : b,
      ),
    };
    const p = asBed(proposeBed(withReservation, rules, patient('P1')));
    expect(p.bedId).toBe('B-9');
    expect(p.score.reservationElsewhere).toBe(false);
    const other = asBed(proposeBed(withReservation, rules, patient('P2')));
    expect(other.bedId).toBe('A-3');
    const off = resolveBedRules({ weights: { reservationElsewhere: 0 } });
    expect(asBed(proposeBed(withReservation, off, patient('P1'))).bedId).toBe('A-3');
  });
});

describe('no bed', () => {
  it('names why, with the number of beds breaking each constraint', () => {
    const snap = department(
      [WARD_A],
      [room('A', 'R1', { sex: 'female' }), room('A', 'R2')],
      [bed('A', 'R1', '1'), bed('A', 'R1', '2'), bed('A', 'R2', '3', staying())],
    );
    const p = proposeBed(snap, rules, patient('P1', { sex: 'male', isolation: true }));
    expect(p).toEqual({
      kind: 'no-bed',
      patientId: 'P1',
      bedsChecked: 3,
      violationCounts: { 'room-sex': 2, isolation: 3, 'bed-occupied': 1 },
      explanation: {
        'zh-CN': '无可用床位（共检查 3 床）：床位届时未空出 1 床，房间性别不符 2 床，无隔离条件 3 床',
        'en-US': 'no bed available (3 beds checked): bed not free in time: 1; room sex: 2; no isolation: 3',
      },
    });
  });

  it('a department without beds says so', () => {
    const p = proposeBed(department([WARD_A], [], []), rules, patient('P1'));
    expect(p.explanation['zh-CN']).toBe('无可用床位：科室没有床位');
  });
});
