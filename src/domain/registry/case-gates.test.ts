import { describe, expect, it } from 'vitest';
import {
  CHECKLIST,
  type ChecklistAnswer,
  type ChecklistPhase,
  RECORD_EVENTS,
} from '../anesthesia/record-vocabulary';
import {
  CHECKLIST_GATES,
  checklistGate,
  gatesFrom,
  holdsOn,
  passGates,
  ROOM_HOLDING_STATUSES,
  type RoomOccupant,
} from './case-gates';
import { CASE_STATUSES, NEXT_STATUSES, type TargetStatus } from './case-status';

/** Every item of the phases answered (`no` and `na` count as answered). */
const answered = (...phases: ChecklistPhase[]) =>
  new Map<string, ChecklistAnswer>(
    phases.flatMap((p) =>
      CHECKLIST[p].items.map((i, n) => [`${p}.${i.code}`, n === 0 ? 'no' : 'yes'] as const),
    ),
  );
const occupant: RoomOccupant = {
  caseId: 'c-1',
  room: 'OR-08',
  patientName: '张三',
  procedureText: '胸腔镜下右肺上叶切除术',
};

describe('checklist gates', () => {
  it.each([
    ['anesthesia_start', 'sign_in'],
    ['surgery_start', 'time_out'],
    ['out_of_room', 'sign_out'],
  ] as const)('gates %s by the %s phase', (to, phase) => {
    expect(checklistGate(to)).toBe(phase);
  });

  it('gates no other transition', () => {
    const gated = Object.keys(CHECKLIST_GATES);
    for (const to of CASE_STATUSES.filter((s) => s !== 'scheduled') as TargetStatus[])
      if (!gated.includes(to)) expect(checklistGate(to), to).toBeNull();
  });

  it('the record’s one-tap events need the phase their transition is gated by', () => {
    for (const e of RECORD_EVENTS.filter((e) => e.transition))
      expect(e.needs ?? null, e.code).toBe(checklistGate(e.transition!));
  });

  it.each([
    ['in_room', 'anesthesia_start', 'sign_in'],
    ['anesthesia_start', 'surgery_start', 'time_out'],
    ['anesthesia_end', 'out_of_room', 'sign_out'],
  ] as const)('holds %s → %s until every item of %s is answered', (from, to, phase) => {
    expect(holdsOn(to, new Map(), null)).toEqual([{ gate: 'checklist', checklist: phase }]);
    const partial = answered(phase);
    partial.delete(`${phase}.${CHECKLIST[phase].items.at(-1)!.code}`);
    expect(holdsOn(to, partial, null)).toEqual([{ gate: 'checklist', checklist: phase }]);
    expect(holdsOn(to, answered(phase), null)).toEqual([]);
    // Another phase's answers do not open this gate.
    const others = (['sign_in', 'time_out', 'sign_out'] as const).filter((p) => p !== phase);
    expect(holdsOn(to, answered(...others), null)).toHaveLength(1);
    expect(gatesFrom(from, new Map())).toEqual([{ to, checklist: phase, complete: false }]);
    expect(gatesFrom(from, answered(phase))).toEqual([{ to, checklist: phase, complete: true }]);
  });

  it('lists a gate only for the allowed transitions that have one', () => {
    expect(gatesFrom('scheduled', new Map())).toEqual([]);
    expect(gatesFrom('surgery_end', new Map())).toEqual([]);
    expect(gatesFrom('ward', answered('sign_in', 'time_out', 'sign_out'))).toEqual([]);
    for (const status of CASE_STATUSES)
      for (const g of gatesFrom(status, new Map())) expect(NEXT_STATUSES[status]).toContain(g.to);
  });
});

describe('one patient per theatre', () => {
  it('a case holds its room from 入室 until 出室', () => {
    expect(ROOM_HOLDING_STATUSES).toEqual([
      'in_room',
      'anesthesia_start',
      'surgery_start',
      'surgery_end',
      'anesthesia_end',
    ]);
  });

  it('holds entry into a room another case is in, and nothing else', () => {
    expect(holdsOn('in_room', new Map(), occupant)).toEqual([{ gate: 'room_occupied', occupant }]);
    expect(holdsOn('in_room', new Map(), null)).toEqual([]);
    expect(holdsOn('cancelled', new Map(), occupant)).toEqual([]);
  });
});

describe('overriding a gate', () => {
  const held = holdsOn('surgery_start', new Map(), null);

  it('lets an unheld transition pass, an override given there not counting as one', () => {
    expect(passGates([], undefined, false)).toEqual({ ok: true, overridden: [], reason: null });
    expect(passGates([], { reason: '不需要' }, true)).toEqual({ ok: true, overridden: [], reason: null });
  });

  it('refuses a held transition without a reason, or with a blank one', () => {
    expect(passGates(held, undefined, true)).toEqual({ ok: false, problem: 'held', hold: held[0] });
    expect(passGates(held, { reason: '   ' }, true)).toMatchObject({ ok: false, problem: 'held' });
  });

  it('refuses an override by a user who may not override', () => {
    expect(passGates(held, { reason: '急诊止血' }, false)).toEqual({
      ok: false,
      problem: 'override_forbidden',
      hold: held[0],
    });
  });

  it('passes every hold with the reason, trimmed', () => {
    const both = [...held, { gate: 'room_occupied' as const, occupant }];
    expect(passGates(both, { reason: ' 急诊止血，核查口头完成 ' }, true)).toEqual({
      ok: true,
      overridden: both,
      reason: '急诊止血，核查口头完成',
    });
  });
});
