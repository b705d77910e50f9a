// The case's safety gates on a real database, without HTTP: 麻醉开始, 手术开始 and 出室 wait for their WHO
// checklist phase and 入室 for an empty theatre, from the case service and from the anesthesia record;
// only an anesthesiologist proceeds past a gate, with a reason kept on the event and in the audit row;
// of two cases entering one room at once, exactly one gets in.

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, patientInput, transitionInput } from '../../api/registry';
import { auditLog, caseEvents } from '../../db/schema';
import { CHECKLIST, type ChecklistPhase } from '../../domain/anesthesia/record-vocabulary';
import type { Role } from '../../domain/auth/permissions';
import type { CancelReasonCode } from '../../domain/registry/cancel-reasons';
import type { TargetStatus } from '../../domain/registry/case-status';
import { RecordEntryService } from '../anesthesia/record-entry.service';
import { AppError } from '../errors/app-error';
import { localise } from '../errors/messages';
import { sampleCase, samplePatient } from '../testing/test-app';
import { createTestContext, type TestContext } from '../testing/test-context';
import { CaseService } from './case.service';
import { PatientService } from './patient.service';

let t: TestContext;
let cases: CaseService;
let entries: RecordEntryService;
let patients = 0;

beforeAll(async () => {
  t = await createTestContext();
  cases = new CaseService(t.ctx);
  entries = new RecordEntryService(t.ctx);
});
afterAll(async () => t?.close());

const min = (m: number) => new Date(Date.parse('2026-11-22T00:30:00Z') + m * 60_000).toISOString();

/** A new patient's case in the room. */
async function newCase(room: string, name = '张三', procedureText = '胸腹腔镜联合食管癌根治术') {
  const surgeon = t.actor('surgeon');
  patients += 1;
  const patient = await new PatientService(t.ctx).create(
    surgeon,
    patientInput.parse(
      samplePatient({ mrn: `ZY2026G${String(patients).padStart(3, '0')}`, name, idCard: null }),
    ),
  );
  return (
    await cases.create(surgeon, caseInput.parse(sampleCase(patient.id, { orRoom: room, procedureText })))
  ).id;
}

/** Moves the case on, by a nurse unless another role is given; returns the new version. */
async function move(
  id: string,
  to: TargetStatus,
  at: string,
  extra: { role?: Role; override?: { reason: string }; reason?: string; reasonCode?: CancelReasonCode } = {},
) {
  const { version } = await cases.detail(t.actor('nurse'), id);
  const { role = 'nurse', ...rest } = extra;
  return (await cases.transition(t.actor(role), id, { to, at, version, ...rest })).version;
}

const answerAll = (id: string, phase: ChecklistPhase) =>
  entries.checklist(t.actor('nurse'), id, {
    phase,
    answers: Object.fromEntries(CHECKLIST[phase].items.map((i) => [i.code, 'yes' as const])),
  });

const refusal = async (p: Promise<unknown>): Promise<AppError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

const eventsOf = (id: string) =>
  t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(caseEvents.occurredAt);
const transitionAudits = async (id: string) =>
  (
    await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, id), eq(auditLog.action, 'transition')))
  ).map((a) => ({ ...a, detail: (a.detail ?? {}) as Record<string, unknown> }));

describe('the WHO checklist gates', () => {
  it('refuse 麻醉开始, 手术开始 and 出室 until their phase is complete, naming it, from the case page', async () => {
    const id = await newCase('OR-01');
    await move(id, 'in_room', min(0));
    expect((await cases.detail(t.actor('nurse'), id)).gates).toEqual([
      { to: 'anesthesia_start', checklist: 'sign_in', complete: false },
    ]);

    const steps = [
      ['anesthesia_start', 'sign_in', '麻醉实施前核查尚未完成，不能变更为麻醉开始'],
      ['surgery_start', 'time_out', '手术开始前核查尚未完成，不能变更为手术开始'],
      ['out_of_room', 'sign_out', '患者离室前核查尚未完成，不能变更为出室'],
    ] as const;
    let at = 0;
    for (const [to, phase, message] of steps) {
      if (to === 'out_of_room') {
        await move(id, 'surgery_end', min(++at));
        await move(id, 'anesthesia_end', min(++at));
      }
      const before = await cases.detail(t.actor('nurse'), id);
      const e = await refusal(
        cases.transition(t.actor('nurse'), id, { to, at: min(++at), version: before.version }),
      );
      expect(e).toMatchObject({
        code: 'transition_checklist_incomplete',
        statusCode: 409,
        extra: { checklist: phase, to },
        fields: [{ path: 'override.reason' }],
      });
      expect(localise(e.code, 'zh-CN', e.params)).toBe(message);
      const after = await cases.detail(t.actor('nurse'), id);
      expect(after).toMatchObject({ status: before.status, version: before.version });
      expect(after.gates).toEqual([{ to, checklist: phase, complete: false }]);

      await answerAll(id, phase);
      expect((await cases.detail(t.actor('nurse'), id)).gates).toEqual([
        { to, checklist: phase, complete: true },
      ]);
      await move(id, to, min(++at));
    }
    expect((await eventsOf(id)).map((e) => [e.toStatus, e.reason])).toEqual([
      ['in_room', null],
      ['anesthesia_start', null],
      ['surgery_start', null],
      ['surgery_end', null],
      ['anesthesia_end', null],
      ['out_of_room', null],
    ]);
    expect((await transitionAudits(id)).some((a) => 'override' in a.detail)).toBe(false);
  });

  it('speak English to an English-speaking user', async () => {
    const id = await newCase('OR-21');
    await move(id, 'in_room', min(0));
    const e = await refusal(
      cases.transition({ ...t.actor('nurse'), locale: 'en-US' }, id, {
        to: 'anesthesia_start',
        at: min(1),
        version: 2,
      }),
    );
    expect(localise(e.code, 'en-US', e.params)).toBe(
      'The checklist "Sign in (before induction)" is not complete; the case cannot move to "Anesthesia started"',
    );
  });

  it('let only an anesthesiologist proceed without the phase, the reason kept on the event and the audit row', async () => {
    const id = await newCase('OR-22');
    await move(id, 'in_room', min(0));
    await answerAll(id, 'sign_in');
    await move(id, 'anesthesia_start', min(5));
    const override = { reason: '急诊止血，时间核查口头完成' };
    for (const role of ['nurse', 'surgeon'] as const)
      expect((await refusal(move(id, 'surgery_start', min(10), { role, override }))).code, role).toBe(
        'gate_override_forbidden',
      );
    expect((await cases.detail(t.actor('nurse'), id)).status).toBe('anesthesia_start');

    const doctor = t.actor('anesthesiologist');
    const { version } = await cases.detail(doctor, id);
    await cases.transition(doctor, id, { to: 'surgery_start', at: min(10), version, override });
    const detail = await cases.detail(doctor, id);
    expect(detail.status).toBe('surgery_start');
    expect(detail.events.at(-1)).toMatchObject({ toStatus: 'surgery_start', reason: override.reason });
    const audits = await transitionAudits(id);
    expect(audits.find((a) => a.detail.to === 'surgery_start')).toMatchObject({
      userId: doctor.id,
      role: 'anesthesiologist',
      detail: {
        override: { reason: override.reason, gates: [{ gate: 'checklist', checklist: 'time_out' }] },
      },
    });
    expect(audits.find((a) => a.detail.to === 'anesthesia_start')?.detail).not.toHaveProperty('override');
  });

  it('take an override as a non-empty single line', () => {
    const base = { to: 'surgery_start', at: min(0), version: 1 };
    expect(transitionInput.safeParse({ ...base, override: { reason: '口头核查' } }).success).toBe(true);
    for (const reason of ['', '   ', '第一行\n第二行'])
      expect(transitionInput.safeParse({ ...base, override: { reason } }).success, reason).toBe(false);
    expect(transitionInput.safeParse({ ...base, override: {} }).success).toBe(false);
  });

  it('hold the anesthesia record’s one-tap events too: a nurse’s reason does not pass 出室', async () => {
    const id = await newCase('OR-23');
    const nurse = t.actor('nurse');
    await entries.event(nurse, id, { code: 'in_room', at: min(0) });
    await answerAll(id, 'sign_in');
    await answerAll(id, 'time_out');
    for (const [code, at] of [
      ['anesthesia_start', 5],
      ['incision', 10],
      ['surgery_end', 20],
      ['anesthesia_end', 25],
    ] as const)
      await entries.event(nurse, id, { code, at: min(at) });
    expect((await refusal(entries.event(nurse, id, { code: 'out_of_room', at: min(30) }))).code).toBe(
      'checklist_incomplete',
    );
    // Past the record's own question, the registry's gate still holds it.
    expect(['transition_checklist_incomplete', 'gate_override_forbidden']).toContain(
      (
        await refusal(
          entries.event(nurse, id, { code: 'out_of_room', at: min(30), overrideReason: '忘记核查' }),
        )
      ).code,
    );
    expect((await cases.detail(nurse, id)).status).toBe('anesthesia_end');
    await answerAll(id, 'sign_out');
    await entries.event(nurse, id, { code: 'out_of_room', at: min(30) });
    expect((await cases.detail(nurse, id)).status).toBe('out_of_room');
  });
});

describe('one patient per theatre', () => {
  it('refuses 入室 while another case is in the room, naming the patient, until that case is out', async () => {
    const first = await newCase('OR-02', '张三', '胸腔镜下右肺上叶切除术');
    const second = await newCase('OR-02', '李四');
    await move(first, 'in_room', min(0));
    const e = await refusal(move(second, 'in_room', min(1)));
    expect(e).toMatchObject({
      code: 'room_occupied',
      statusCode: 409,
      extra: { occupant: { caseId: first } },
    });
    expect(localise(e.code, 'zh-CN', e.params)).toBe(
      'OR-02 中患者 张三（手术：胸腔镜下右肺上叶切除术）尚未出室',
    );
    expect((await cases.detail(t.actor('nurse'), second)).roomOccupant).toEqual({
      caseId: first,
      room: 'OR-02',
      patientName: '张三',
      procedureText: '胸腔镜下右肺上叶切除术',
    });
    // The OR board's public screen sees the case, not who the patient is.
    expect((await cases.detail(t.actor('viewer'), second)).roomOccupant?.patientName).toBe('张*');
    // From the anesthesia record the same.
    expect(
      (await refusal(entries.event(t.actor('nurse'), second, { code: 'in_room', at: min(1) }))).code,
    ).toBe('room_occupied');
    // A cancelled case has left the room.
    await move(first, 'cancelled', min(2), {
      reasonCode: 'patient_condition',
      reason: '入室后血压 210/120 mmHg',
    });
    expect((await cases.detail(t.actor('nurse'), second)).roomOccupant).toBeNull();
    await move(second, 'in_room', min(3));
  });

  it('lets an anesthesiologist bring a second patient in with a reason, kept on the event and the audit row', async () => {
    const first = await newCase('OR-03', '王五');
    const second = await newCase('OR-03', '赵六');
    await move(first, 'in_room', min(0));
    const override = { reason: '上一台出室未及时记录，患者已离室' };
    expect((await refusal(move(second, 'in_room', min(1), { override }))).code).toBe(
      'gate_override_forbidden',
    );
    await move(second, 'in_room', min(1), { role: 'anesthesiologist', override });
    expect((await eventsOf(second)).map((e) => e.reason)).toEqual([override.reason]);
    const [audit] = await transitionAudits(second);
    expect(audit?.detail).toMatchObject({
      to: 'in_room',
      override: { reason: override.reason, gates: [{ gate: 'room_occupied', occupant: first }] },
    });
    // A third is told of the one who came in last.
    const third = await newCase('OR-03', '孙七');
    const e = await refusal(move(third, 'in_room', min(2)));
    expect(e.params).toMatchObject({ room: 'OR-03', patient: '赵六' });
  });

  it('lets exactly one of two cases entering one room at once get in', async () => {
    for (const room of ['OR-11', 'OR-12', 'OR-13']) {
      const pair = [await newCase(room), await newCase(room, '李四')];
      const nurse = t.actor('nurse');
      const outcomes = await Promise.allSettled(
        pair.map((id) => cases.transition(nurse, id, { to: 'in_room', at: min(0), version: 1 })),
      );
      expect(
        outcomes.filter((o) => o.status === 'fulfilled'),
        room,
      ).toHaveLength(1);
      const lost = outcomes.find((o) => o.status === 'rejected');
      expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: 'room_occupied' });
      const statuses = await Promise.all(pair.map(async (id) => (await cases.detail(nurse, id)).status));
      expect(statuses.sort()).toEqual(['in_room', 'scheduled']);
    }
  });

  it('refuses moving a case that is in its room into a room another case is in', async () => {
    const there = await newCase('OR-04', '周八');
    const moving = await newCase('OR-05', '吴九');
    const planned = await newCase('OR-05', '郑十');
    await move(there, 'in_room', min(0));
    await move(moving, 'in_room', min(0));
    const surgeon = t.actor('surgeon');
    const edit = async (id: string) => {
      const c = await cases.detail(surgeon, id);
      return cases.update(surgeon, id, {
        ...caseInput.parse(sampleCase(c.patientId, { orRoom: 'OR-04' })),
        version: c.version,
      });
    };
    expect((await refusal(edit(moving))).code).toBe('room_occupied');
    expect((await cases.detail(surgeon, moving)).orRoom).toBe('OR-05');
    // A case not yet in a room may be planned into any.
    expect((await edit(planned)).orRoom).toBe('OR-04');
  });
});
