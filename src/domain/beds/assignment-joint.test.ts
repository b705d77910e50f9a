import { describe, expect, it } from 'vitest';
import { dayNumber } from '../quality/bed-days';
import {
  type Assignment,
  checkBed,
  DEFAULT_BED_RULES,
  type DepartmentSnapshot,
  planningOrder,
  proposeJoint,
  resolveBedRules,
  type WaitingPatient,
} from './assignment';
import { buildDepartmentFixture } from './assignment.fixture';
import { bed, department, patient, room, twoWards, WARD_A, WARD_B } from './assignment-cases.fixture';

const rules = DEFAULT_BED_RULES;
const beds = (assignments: Assignment[]) => assignments.map((a) => [a.patient.id, a.bedId]);

/** Reverses a list deterministically (a different input order that must not change the answer). */
const reversed = <T>(list: readonly T[]): T[] => [...list].reverse();

function stayOf(p: WaitingPatient): [number, number] {
  const admit = dayNumber(p.admissionDate);
  return [admit, admit + Math.max(p.expectedLos, 1)];
}

/** Independent re-check of a joint result: every bed given breaks nothing, no bed holds two stays at once. */
function expectValid(snap: DepartmentSnapshot, assignments: Assignment[]): void {
  for (const a of assignments) {
    const others = assignments.filter((o) => o !== a);
    expect([a.patient.id, checkBed(snap, rules, a.patient, a.bedId, others)]).toEqual([a.patient.id, []]);
  }
  for (let i = 0; i < assignments.length; i++) {
    for (let j = i + 1; j < assignments.length; j++) {
      const a = assignments[i]!;
      const b = assignments[j]!;
      if (a.bedId !== b.bedId) continue;
      const [af, at] = stayOf(a.patient);
      const [bf, bt] = stayOf(b.patient);
      expect(af < bt && bf < at).toBe(false);
    }
  }
}

describe('joint proposal', () => {
  it('plans urgent patients first, then by planned admission date, then id', () => {
    const list = [
      patient('N2', { admissionDate: '2026-03-03' }),
      patient('N1', { admissionDate: '2026-03-03' }),
      patient('N0', { admissionDate: '2026-03-04' }),
      patient('U1', { admissionDate: '2026-03-05', priority: 'urgent' }),
      patient('N10', { admissionDate: '2026-03-02' }),
    ];
    expect(planningOrder(list).map((p) => p.id)).toEqual(['U1', 'N10', 'N1', 'N2', 'N0']);
  });

  it('updates the predicted occupancy after each patient, so the list is spread over the wards', () => {
    const snap = twoWards(10, 4, 2);
    const list = ['P1', 'P2', 'P3', 'P4'].map((id) => patient(id));
    const r = proposeJoint(snap, resolveBedRules({ improveJoint: false }), list);
    // B 2 → 3 → 4 (ties with A at 4 go to A by ward order), A 4 → 5, then B 4 → 5.
    expect(beds(r.assignments)).toEqual([
      ['P1', 'B-3'],
      ['P2', 'B-4'],
      ['P3', 'A-5'],
      ['P4', 'B-5'],
    ]);
    expect(r.proposals.map((p) => p.kind)).toEqual(['bed', 'bed', 'bed', 'bed']);
    expect(r.swaps).toBe(0);
    expectValid(snap, r.assignments);
  });

  it('never double-books: two patients for one bed get it one after the other or not at all', () => {
    const snap = department([WARD_A], [room('A', 'R1')], [bed('A', 'R1', '1')]);
    const list = [
      patient('P1', { expectedLos: 3 }),
      patient('P2', { admissionDate: '2026-03-03', expectedLos: 2 }),
      patient('P3', { admissionDate: '2026-03-05', expectedLos: 2 }),
    ];
    const r = proposeJoint(snap, rules, list);
    expect(beds(r.assignments)).toEqual([
      ['P1', 'A-1'],
      ['P3', 'A-1'],
    ]);
    const none = r.proposals[1]!;
    expect(none).toMatchObject({ kind: 'no-bed', patientId: 'P2', violationCounts: { 'double-booking': 1 } });
    expectValid(snap, r.assignments);
  });

  it('the swap pass fixes a greedy choice that cost a home ward', () => {
    // Balance off: U (urgent, no home ward) takes A-1 by board order, leaving N (home A) in B; one swap fixes it.
    const snap = department(
      [WARD_A, WARD_B],
      [room('A', 'R1'), room('B', 'R1')],
      [bed('A', 'R1', '1'), bed('B', 'R1', '1')],
    );
    const list = [patient('U', { priority: 'urgent' }), patient('N', { homeWard: 'A' })];
    const greedy = proposeJoint(
      snap,
      resolveBedRules({ weights: { balance: 0 }, improveJoint: false }),
      list,
    );
    expect(beds(greedy.assignments)).toEqual([
      ['U', 'A-1'],
      ['N', 'B-1'],
    ]);
    expect(greedy.objective).toBe(5);
    const improved = proposeJoint(snap, resolveBedRules({ weights: { balance: 0 } }), list);
    expect(beds(improved.assignments)).toEqual([
      ['U', 'B-1'],
      ['N', 'A-1'],
    ]);
    expect(improved.swaps).toBe(1);
    expect(improved.objective).toBe(0);
    expect(improved.proposals[1]?.explanation['zh-CN']).toBe(
      '胸外一病区 1 床：同组病区，入住后预计各病区占用率差由 100% 降至 0%',
    );
  });

  it('a swap that would break a hard constraint is not made', () => {
    // N (woman, home A) would gain her home ward from U's bed, but A's only room is for men.
    const snap = department(
      [WARD_A, WARD_B],
      [room('A', 'R1', { sex: 'male' }), room('B', 'R1')],
      [bed('A', 'R1', '1'), bed('B', 'R1', '1')],
    );
    const list = [
      patient('U', { priority: 'urgent', sex: 'male' }),
      patient('N', { homeWard: 'A', sex: 'female' }),
    ];
    const r = proposeJoint(snap, resolveBedRules({ weights: { balance: 0 } }), list);
    expect(beds(r.assignments)).toEqual([
      ['U', 'A-1'],
      ['N', 'B-1'],
    ]);
    expect(r.swaps).toBe(0);
    expect(r.objective).toBe(5);
  });

  it('fixed assignments are kept; a waiting patient listed there is planned again; duplicates are refused', () => {
    const snap = twoWards(4, 0, 0);
    const fixed: Assignment[] = [
      { patient: patient('F1'), bedId: 'A-1' },
      { patient: patient('P1'), bedId: 'A-2' },
    ];
    const r = proposeJoint(snap, rules, [patient('P1')], fixed);
    // F1 holds A-1: A at 1/4, B empty → P1 goes to B rather than keeping A-2.
    expect(beds(r.assignments)).toEqual([['P1', 'B-1']]);
    expect(() => proposeJoint(snap, rules, [patient('P1'), patient('P1')])).toThrow(/listed twice/);
  });
});

describe('a department of 8 wards / 400 beds with 60 waiting patients over 14 days', () => {
  const { snapshot, waiting } = buildDepartmentFixture(8, 50, 42);

  it('the fixture has the shape the bench relies on', () => {
    expect(snapshot.wards).toHaveLength(8);
    expect(snapshot.beds).toHaveLength(400);
    expect(waiting).toHaveLength(60);
    expect(snapshot.horizon).toEqual({ from: '2026-03-02', to: '2026-03-15' });
    expect(new Set(snapshot.beds.map((b) => b.status.kind))).toEqual(
      new Set(['free', 'occupied', 'cleaning', 'closed', 'reserved']),
    );
    expect(buildDepartmentFixture(8, 50, 42)).toEqual({ snapshot, waiting });
    expect(buildDepartmentFixture(8, 50, 43).waiting).not.toEqual(waiting);
  });

  it('completes with every hard constraint holding and no bed double-booked', () => {
    const r = proposeJoint(snapshot, rules, waiting);
    expect(r.proposals).toHaveLength(60);
    expect(r.assignments.length).toBeGreaterThanOrEqual(55);
    expectValid(snapshot, r.assignments);
    const placed = new Set(r.assignments.map((a) => a.patient.id));
    for (const p of r.proposals) expect(p.kind === 'bed').toBe(placed.has(p.patientId));
    // The improvement pass never makes the plan worse than the greedy one.
    const greedy = proposeJoint(snapshot, resolveBedRules({ improveJoint: false }), waiting);
    expect(r.objective).toBeLessThanOrEqual(greedy.objective + 1e-9);
  });

  it('is deterministic, whatever the order of wards, beds and waiting patients', () => {
    const a = proposeJoint(snapshot, rules, waiting);
    const shuffled: DepartmentSnapshot = {
      ...snapshot,
      wards: reversed(snapshot.wards),
      rooms: reversed(snapshot.rooms),
      beds: reversed(snapshot.beds),
    };
    const b = proposeJoint(shuffled, rules, reversed(waiting));
    expect(beds(b.assignments)).toEqual(beds(a.assignments));
    expect(b.proposals).toEqual(a.proposals);
    expect(b.objective).toBe(a.objective);
  });
});
