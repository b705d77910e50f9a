import { describe, expect, it } from 'vitest';
import { checkAllBeds, checkBed, DEFAULT_BED_RULES, resolveBedRules, type Violation } from './assignment';
import { bed, department, HORIZON, patient, room, staying, WARD_A, WARD_B } from './assignment-cases.fixture';
import type { Assignment, BedStatus, Room, WaitingPatient, Ward } from './assignment-types';

const rules = DEFAULT_BED_RULES;
const kinds = (vs: Violation[]) => vs.map((v) => v.kind);

/** One ward, one room, one bed A-1 with the given status and room attributes. */
function single(status: BedStatus, roomExtra: Partial<Room> = {}, ward: Ward = WARD_A) {
  return department([ward], [room('A', 'R1', roomExtra)], [bed('A', 'R1', '1', status)]);
}
const check = (snap: ReturnType<typeof single>, p: WaitingPatient, assigned: Assignment[] = [], r = rules) =>
  checkBed(snap, r, p, 'A-1', assigned);

describe('bed free or freeing by the admission date', () => {
  const freeing = single({ kind: 'occupied', patientSex: 'male', expectedDischarge: '2026-03-04' });

  it('an occupant leaving after the admission date blocks the bed; leaving that day frees it', () => {
    const v = check(freeing, patient('P1', { admissionDate: '2026-03-03' }));
    expect(v).toEqual([
      {
        kind: 'bed-occupied',
        freeFrom: '2026-03-04',
        message: {
          'zh-CN': '床位有患者，预计 2026-03-04 出院',
          'en-US': 'bed occupied until the expected discharge on 2026-03-04',
        },
      },
    ]);
    expect(check(freeing, patient('P1', { admissionDate: '2026-03-04' }))).toEqual([]);
  });

  it('an occupant without a discharge date blocks the bed for the whole horizon', () => {
    const v = check(single(staying()), patient('P1', { admissionDate: HORIZON.to }));
    expect(v.map((x) => [x.kind, 'freeFrom' in x ? x.freeFrom : undefined])).toEqual([
      ['bed-occupied', null],
    ]);
  });

  it('a closed bed is usable from its reopening date, never when no date is set', () => {
    const closed = single({ kind: 'closed', reopens: '2026-03-05' });
    expect(kinds(check(closed, patient('P1', { admissionDate: '2026-03-04' })))).toEqual(['bed-closed']);
    expect(check(closed, patient('P1', { admissionDate: '2026-03-05' }))).toEqual([]);
    const v = check(single({ kind: 'closed', reopens: null }), patient('P1', { admissionDate: HORIZON.to }));
    expect(v[0]?.message['zh-CN']).toBe('床位关闭，未定重新开放日期');
  });

  it('a bed reserved for someone else is held through its date; its own patient may have it', () => {
    const reserved = single({ kind: 'reserved', patientId: 'P9', until: '2026-03-03' });
    const v = check(reserved, patient('P1', { admissionDate: '2026-03-03' }));
    expect(v).toMatchObject([{ kind: 'bed-reserved', reservedFor: 'P9', until: '2026-03-03' }]);
    expect(v[0]?.message['zh-CN']).toBe('床位已为患者 P9 预留至 2026-03-03');
    expect(check(reserved, patient('P1', { admissionDate: '2026-03-04' }))).toEqual([]);
    expect(check(reserved, patient('P9', { admissionDate: '2026-03-02' }))).toEqual([]);
  });

  it('a bed being cleaned is free today', () => {
    expect(check(single({ kind: 'cleaning' }), patient('P1'))).toEqual([]);
  });
});

describe('no bed for two patients with overlapping stays', () => {
  const snap = single({ kind: 'free' });
  const other: Assignment = { patient: patient('P2', { expectedLos: 3 }), bedId: 'A-1' };

  it('overlap is a violation naming the other stay; admission on its discharge date is not', () => {
    const v = check(snap, patient('P1', { admissionDate: '2026-03-04' }), [other]);
    expect(v).toMatchObject([
      { kind: 'double-booking', otherPatientId: 'P2', from: '2026-03-02', to: '2026-03-05' },
    ]);
    expect(check(snap, patient('P1', { admissionDate: '2026-03-05' }), [other])).toEqual([]);
  });

  it('a same-day stay still takes the bed for its day (china-standards.md §3: counts as one bed-day)', () => {
    const sameDay: Assignment = { patient: patient('P2', { expectedLos: 0 }), bedId: 'A-1' };
    expect(kinds(check(snap, patient('P1'), [sameDay]))).toEqual(['double-booking']);
    expect(check(snap, patient('P1', { admissionDate: '2026-03-03' }), [sameDay])).toEqual([]);
  });

  it("the patient's own earlier assignment is ignored when re-checking", () => {
    expect(check(snap, patient('P2', { admissionDate: '2026-03-03' }), [other])).toEqual([]);
  });
});

describe('room sex', () => {
  it('a male room takes only men; switched off, anyone', () => {
    const male = single({ kind: 'free' }, { sex: 'male' });
    const v = check(male, patient('P1', { sex: 'female' }));
    expect(v).toEqual([
      {
        kind: 'room-sex',
        roomSex: 'male',
        patientSex: 'female',
        message: { 'zh-CN': '男病房，不收女患者', 'en-US': 'male room, the patient is female' },
      },
    ]);
    expect(check(male, patient('P1', { sex: 'male' }))).toEqual([]);
    const off = resolveBedRules({ constraints: { roomSex: false, occupantSex: false } });
    expect(check(male, patient('P1', { sex: 'female' }), [], off)).toEqual([]);
  });

  it('a mixed room whose occupants are all men during the stay counts as male', () => {
    const snap = department(
      [WARD_A],
      [room('A', 'R1')],
      [
        bed('A', 'R1', '1'),
        bed('A', 'R1', '2', { kind: 'occupied', patientSex: 'male', expectedDischarge: '2026-03-06' }),
      ],
    );
    const woman = patient('P1', { sex: 'female', admissionDate: '2026-03-03' });
    expect(check(snap, woman)).toMatchObject([
      { kind: 'occupant-sex', occupantSex: 'male', patientSex: 'female' },
    ]);
    expect(check(snap, { ...woman, admissionDate: '2026-03-06' })).toEqual([]);
    expect(check(snap, woman, [], resolveBedRules({ constraints: { occupantSex: false } }))).toEqual([]);
  });

  it('roommates already assigned count; a room already holding both sexes takes anyone', () => {
    const snap = department(
      [WARD_A],
      [room('A', 'R1')],
      [bed('A', 'R1', '1'), bed('A', 'R1', '2'), bed('A', 'R1', '3')],
    );
    const her: Assignment = { patient: patient('F1', { sex: 'female' }), bedId: 'A-2' };
    const him: Assignment = { patient: patient('M1', { sex: 'male' }), bedId: 'A-3' };
    expect(kinds(check(snap, patient('P1', { sex: 'male' }), [her]))).toEqual(['occupant-sex']);
    expect(check(snap, patient('P1', { sex: 'male' }), [her, him])).toEqual([]);
  });
});

describe('isolation, monitored bed, staffing limit', () => {
  it('isolation need → isolation-capable room', () => {
    const plain = single({ kind: 'free' });
    const v = check(plain, patient('P1', { isolation: true }));
    expect(v.map((x) => x.message['zh-CN'])).toEqual(['患者需隔离，该房间无隔离条件']);
    expect(
      check(single({ kind: 'free' }, { isolationCapable: true }), patient('P1', { isolation: true })),
    ).toEqual([]);
    expect(check(plain, patient('P1', { isolation: false }))).toEqual([]);
  });

  it('monitored need → monitored bed; switched off, any bed', () => {
    const plain = single({ kind: 'free' });
    expect(kinds(check(plain, patient('P1', { needsMonitored: true })))).toEqual(['monitored']);
    expect(
      check(single({ kind: 'free' }, { monitored: true }), patient('P1', { needsMonitored: true })),
    ).toEqual([]);
    const off = resolveBedRules({ constraints: { monitored: false } });
    expect(check(plain, patient('P1', { needsMonitored: true }), [], off)).toEqual([]);
  });

  it('predicted occupants on every stay day ≤ the ward limit, this patient included', () => {
    const limited: Ward = { ...WARD_A, staffingLimit: 2 };
    const leaving: BedStatus = { kind: 'occupied', patientSex: 'male', expectedDischarge: '2026-03-04' };
    const snap = department(
      [limited],
      [room('A', 'R1')],
      [bed('A', 'R1', '1', leaving), bed('A', 'R1', '2', leaving), bed('A', 'R1', '3')],
    );
    const v = check3(snap, patient('P1', { expectedLos: 3 }));
    expect(v).toEqual([
      {
        kind: 'staffing-limit',
        ward: 'A',
        limit: 2,
        date: '2026-03-02',
        predicted: 3,
        message: {
          'zh-CN': '2026-03-02 病区预计 3 人，超过护理人力上限 2 人',
          'en-US': 'ward predicted at 3 patients on 2026-03-02, over its nurse-staffing limit of 2',
        },
      },
    ]);
    expect(check3(snap, patient('P1', { admissionDate: '2026-03-04' }))).toEqual([]);
    // A later day of the stay: two patients assigned from 03-06 fill the ward.
    const later: Assignment[] = ['X1', 'X2'].map((id, i) => ({
      patient: patient(id, { admissionDate: '2026-03-06' }),
      bedId: `A-${i + 1}`,
    }));
    expect(check3(snap, patient('P1', { admissionDate: '2026-03-04', expectedLos: 3 }), later)).toMatchObject(
      [{ kind: 'staffing-limit', date: '2026-03-06', predicted: 3 }],
    );
    expect(
      check3(snap, patient('P1'), [], resolveBedRules({ constraints: { staffingLimit: false } })),
    ).toEqual([]);
  });
});

function check3(snap: ReturnType<typeof single>, p: WaitingPatient, assigned: Assignment[] = [], r = rules) {
  return checkBed(snap, r, p, 'A-3', assigned);
}

describe('bad requests and the whole board', () => {
  it('an unknown bed and an admission outside the horizon are violations, not crashes', () => {
    const snap = single({ kind: 'free' });
    expect(checkBed(snap, rules, patient('P1'), 'Z-9', [])).toEqual([
      {
        kind: 'unknown-bed',
        bedId: 'Z-9',
        message: { 'zh-CN': '床位 Z-9 不存在', 'en-US': 'bed Z-9 does not exist' },
      },
    ]);
    expect(check(snap, patient('P1', { admissionDate: '2026-03-16' }))).toMatchObject([
      { kind: 'outside-horizon', admissionDate: '2026-03-16', horizon: HORIZON },
    ]);
    expect(() => check(snap, patient('P1', { expectedLos: -1 }))).toThrow(RangeError);
    expect(() => check(snap, patient('P1', { admissionDate: '2026-02-30' }))).toThrow(RangeError);
  });

  it('inconsistent snapshots are refused', () => {
    const dup = department([WARD_A], [room('A', 'R1')], [bed('A', 'R1', '1'), bed('A', 'R1', '1')]);
    expect(() => check(dup, patient('P1'))).toThrow(/duplicate bed id/);
    const orphan = department([WARD_A], [room('A', 'R1')], [bed('A', 'R2', '1')]);
    expect(() => check(orphan, patient('P1'))).toThrow(/unknown room/);
  });

  it('checkAllBeds lists every bed in board order (ward code, then natural bed order)', () => {
    const snap = department(
      [WARD_B, WARD_A],
      [room('A', 'R1', { sex: 'female' }), room('B', 'R1')],
      [bed('B', 'R1', '10'), bed('B', 'R1', '2'), bed('A', 'R1', '1')],
    );
    const all = checkAllBeds(snap, rules, patient('P1', { sex: 'male' }));
    expect(all.map((b) => [b.bedId, kinds(b.violations)])).toEqual([
      ['A-1', ['room-sex']],
      ['B-2', []],
      ['B-10', []],
    ]);
  });
});

describe('rules as data', () => {
  it('overrides apply over the defaults; a negative weight or bad pass count is refused', () => {
    const r = resolveBedRules({ weights: { homeWard: 12 }, constraints: { isolation: false } });
    expect(r.weights).toEqual({ balance: 1, homeWard: 12, futureTransfer: 3, reservationElsewhere: 100 });
    expect(r.constraints.isolation).toBe(false);
    expect(r.constraints.roomSex).toBe(true);
    expect(resolveBedRules()).toEqual(DEFAULT_BED_RULES);
    expect(() => resolveBedRules({ weights: { balance: -1 } })).toThrow(/balance = -1/);
    expect(() => resolveBedRules({ weights: { futureTransfer: Number.NaN } })).toThrow(RangeError);
    expect(() => resolveBedRules({ maxSwapPasses: 1.5 })).toThrow(RangeError);
  });
});
