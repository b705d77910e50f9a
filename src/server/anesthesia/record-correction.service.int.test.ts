// Correcting the anesthesia record before signing, on a real database without HTTP: an entry edited or
// voided over the version read with a reason, what it was kept with who and when, a voided one struck
// but stored; entries recorded after the fact with their real time, within the time rules; the time of
// an event that moved the case correcting the case's status time in the state machine's order; a
// checklist answer changed only with a reason and withdrawn only before its gate; a vital sign entered
// by hand corrected with the reading it was kept; the signed record refusing them all.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, patientInput } from '../../api/registry';
import { caseEvents, surgicalCases } from '../../db/schema';
import { CHECKLIST } from '../../domain/anesthesia/record-vocabulary';
import { AppError } from '../errors/app-error';
import { CaseService } from '../registry/case.service';
import { PatientService } from '../registry/patient.service';
import { sampleCase, samplePatient } from '../testing/test-app';
import { createTestContext, type TestContext } from '../testing/test-context';
import { ObservationService } from './observation.service';
import { RecordService } from './record.service';
import { RecordCorrectionService } from './record-correction.service';
import { RecordEntryService } from './record-entry.service';

let t: TestContext;
let records: RecordService;
let entries: RecordEntryService;
let corrections: RecordCorrectionService;
let observations: ObservationService;
let caseId: string;
const IN = Date.parse('2026-11-22T01:00:00Z');
const at = (minutes: number) => new Date(IN + minutes * 60_000).toISOString();

/** The error's code and its fields, or 'ok'. */
const outcome = async (p: Promise<unknown>) => {
  try {
    await p;
    return { code: 'ok' };
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, fields: e.fields, params: e.params };
    throw e;
  }
};
const doctor = () => t.actor('anesthesiologist');
const view = () => records.view(t.actor('nurse'), caseId);
const answers = (phase: keyof typeof CHECKLIST) =>
  Object.fromEntries(CHECKLIST[phase].items.map((i) => [i.code, 'yes' as const]));

beforeAll(async () => {
  t = await createTestContext();
  records = new RecordService(t.ctx);
  entries = new RecordEntryService(t.ctx);
  corrections = new RecordCorrectionService(t.ctx);
  observations = new ObservationService(t.ctx);
  const surgeon = t.actor('surgeon');
  const patient = await new PatientService(t.ctx).create(surgeon, patientInput.parse(samplePatient()));
  const c = await new CaseService(t.ctx).create(
    surgeon,
    caseInput.parse(sampleCase(patient.id, { orRoom: 'OR-02' })),
  );
  caseId = c.id;
  // The clock is 02:00; the case entered at 01:00 and everything is recorded after the fact.
  await entries.event(t.actor('nurse'), caseId, { code: 'in_room', at: at(0) });
  await entries.checklist(t.actor('nurse'), caseId, { phase: 'sign_in', answers: answers('sign_in') });
  await entries.event(doctor(), caseId, { code: 'anesthesia_start', at: at(10) });
  await entries.checklist(t.actor('nurse'), caseId, { phase: 'time_out', answers: answers('time_out') });
});
afterAll(async () => t?.close());

describe('entries recorded after the fact', () => {
  it('take the time they happened, never in the future nor an intra-op event before 入室', async () => {
    const late = await entries.event(doctor(), caseId, { code: 'intubation', at: at(12) });
    expect(late.id).toBeTruthy();
    const r = await view();
    const e = r.events.find((x) => x.code === 'intubation')!;
    expect(e).toMatchObject({ at: at(12), recordedAt: '2026-11-22T02:00:00.000Z', version: 1, voided: null });
    expect(await outcome(entries.event(doctor(), caseId, { code: 'intubation', at: at(-1) }))).toMatchObject({
      code: 'validation_failed',
      fields: [{ path: 'at', message: '不能早于入室时间 09:00' }],
    });
    expect(
      await outcome(entries.event(doctor(), caseId, { code: 'custom', text: '体位', at: at(100) })),
    ).toMatchObject({ code: 'validation_failed', fields: [{ path: 'at', message: '不能晚于当前时间' }] });
    // 切皮 before 麻醉开始 is out of the status order, named with the step it collides with.
    expect(await outcome(entries.event(doctor(), caseId, { code: 'incision', at: at(5) }))).toMatchObject({
      code: 'validation_failed',
      fields: [{ path: 'at', message: '不能早于「麻醉开始」的时间 09:10' }],
    });
  });
});

describe('correcting an entry before signing', () => {
  it('edits a mistyped dose over its version with a reason, keeping what it was', async () => {
    const { id } = await entries.drug(doctor(), caseId, {
      drug: 'propofol',
      kind: 'bolus',
      dose: 1200,
      startAt: at(11),
    });
    expect((await view()).drugTotals).toMatchObject([{ drug: 'propofol', total: 1200 }]);
    const edited = await corrections.editDrug(doctor(), caseId, id, {
      version: 1,
      reason: '录入错误',
      dose: 120,
    });
    expect(edited.version).toBe(2);
    const r = await view();
    expect(r.drugTotals).toMatchObject([{ drug: 'propofol', total: 120 }]);
    const d = r.drugs.find((x) => x.id === id)!;
    expect(d).toMatchObject({ dose: 120, version: 2, voided: null });
    expect(d.corrections).toMatchObject([
      {
        action: 'edit',
        reason: '录入错误',
        before: { dose: 1200 },
        after: { dose: 120 },
        at: '2026-11-22T02:00:00.000Z',
      },
    ]);
    // Someone who read version 1 meanwhile: the platform's conflict, nothing overwritten.
    expect(
      await outcome(corrections.editDrug(doctor(), caseId, id, { version: 1, reason: '再改', dose: 100 })),
    ).toMatchObject({
      code: 'version_conflict',
      params: { current: 2 },
    });
    // Nothing to change, and the end of a bolus: each named.
    expect(
      (await outcome(corrections.editDrug(doctor(), caseId, id, { version: 2, reason: '无', dose: 120 })))
        .code,
    ).toBe('validation_failed');
    expect(
      await outcome(corrections.editDrug(doctor(), caseId, id, { version: 2, reason: 'x', rate: 5 })),
    ).toMatchObject({ fields: [{ path: 'rate' }] });
  });

  it('corrects an infusion’s start and end but never ends it before it starts', async () => {
    const { id } = await entries.drug(doctor(), caseId, {
      drug: 'remifentanil',
      kind: 'infusion',
      rate: 600,
      startAt: at(15),
    });
    expect(
      await outcome(corrections.editDrug(doctor(), caseId, id, { version: 1, reason: 'x', endAt: at(20) })),
    ).toMatchObject({ fields: [{ path: 'endAt' }] });
    await entries.stopDrug(doctor(), caseId, id, { at: at(45) });
    // Stopping moved it to version 2.
    expect(
      await outcome(corrections.editDrug(doctor(), caseId, id, { version: 2, reason: 'x', endAt: at(14) })),
    ).toMatchObject({ code: 'validation_failed', fields: [{ path: 'endAt', message: '不能早于开始时间' }] });
    await corrections.editDrug(doctor(), caseId, id, { version: 2, reason: '停泵时间补正', endAt: at(40) });
    expect((await view()).drugTotals.find((x) => x.drug === 'remifentanil')?.total).toBe(600 * (25 / 60));
  });

  it('voids a fluid with a reason: kept, struck, counted nowhere, and changed no more', async () => {
    const { id } = await entries.fluid(t.actor('nurse'), caseId, {
      direction: 'in',
      kind: 'crystalloid',
      volumeMl: 500,
      at: at(20),
    });
    await entries.fluid(t.actor('nurse'), caseId, {
      direction: 'out',
      kind: 'urine',
      volumeMl: 100,
      at: at(25),
    });
    await corrections.voidEntry(t.actor('nurse'), caseId, 'fluid', id, { version: 1, reason: '重复录入' });
    const r = await view();
    expect(r.balance).toEqual({ inMl: 0, outMl: 100, balanceMl: -100 });
    const f = r.fluids.find((x) => x.id === id)!;
    expect(f.voided).toMatchObject({ reason: '重复录入' });
    expect(f.corrections).toMatchObject([{ action: 'void', before: { volumeMl: 500, kind: 'crystalloid' } }]);
    expect(
      (
        await outcome(
          corrections.editFluid(t.actor('nurse'), caseId, id, { version: 2, reason: 'x', volumeMl: 1 }),
        )
      ).code,
    ).toBe('entry_voided');
    // A fluid's kind corrected across in and out moves it with its direction.
    const urine = r.fluids.find((x) => x.kind === 'urine')!;
    await corrections.editFluid(t.actor('nurse'), caseId, urine.id, {
      version: 1,
      reason: '记错种类',
      kind: 'blood_loss',
    });
    expect((await view()).fluids.find((x) => x.id === urine.id)).toMatchObject({
      kind: 'blood_loss',
      direction: 'out',
    });
  });

  it('voids an event that did not move the case, but not one that did', async () => {
    const r = await view();
    const intubation = r.events.find((e) => e.code === 'intubation')!;
    await corrections.voidEntry(doctor(), caseId, 'event', intubation.id, { version: 1, reason: '误点' });
    const start = r.events.find((e) => e.code === 'anesthesia_start')!;
    expect(
      await outcome(
        corrections.voidEntry(doctor(), caseId, 'event', start.id, { version: 1, reason: '误点' }),
      ),
    ).toMatchObject({ code: 'event_moved_case', params: { event: '麻醉开始', status: '麻醉开始' } });
    const after = await view();
    expect(after.events.find((e) => e.id === intubation.id)?.voided).toMatchObject({ reason: '误点' });
    expect(after.events.filter((e) => !e.voided).map((e) => e.code)).toEqual(['in_room', 'anesthesia_start']);
  });
});

describe('the time of an event that moved the case', () => {
  it('corrects the case’s status time with it, in the order of the state machine', async () => {
    // 切皮 tapped at 02:00 though it happened at 01:35; 手术结束 follows at 01:50.
    const incision = await entries.event(doctor(), caseId, { code: 'incision', at: at(60) });
    const before = (await view()).case.version;
    const edited = await corrections.editEvent(doctor(), caseId, incision.id, {
      version: 1,
      reason: '补记实际切皮时间',
      at: at(35),
      caseVersion: before,
    });
    expect(edited.caseVersion).toBe(before + 1);
    const [row] = await t.database.db.select().from(surgicalCases).where(eq(surgicalCases.id, caseId));
    expect(row!.surgeryStartAt?.toISOString()).toBe(at(35));
    const history = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(history.find((h) => h.toStatus === 'surgery_start')?.occurredAt.toISOString()).toBe(at(35));
    const r = await view();
    expect(r.events.find((e) => e.id === incision.id)).toMatchObject({
      at: at(35),
      corrections: [{ before: { at: at(60) }, after: { at: at(35) }, reason: '补记实际切皮时间' }],
    });
    // Not before the step before it; the case's version the client saw must be the case's.
    expect(
      await outcome(
        corrections.editEvent(doctor(), caseId, incision.id, { version: 2, reason: 'x', at: at(9) }),
      ),
    ).toMatchObject({ fields: [{ path: 'at', message: '不能早于「麻醉开始」的时间 09:10' }] });
    expect(
      (
        await outcome(
          corrections.editEvent(doctor(), caseId, incision.id, {
            version: 2,
            reason: 'x',
            at: at(30),
            caseVersion: before,
          }),
        )
      ).code,
    ).toBe('version_conflict');
    await entries.event(doctor(), caseId, { code: 'surgery_end', at: at(50) });
    // Nor after the step after it.
    expect(
      await outcome(
        corrections.editEvent(doctor(), caseId, incision.id, { version: 2, reason: 'x', at: at(55) }),
      ),
    ).toMatchObject({ fields: [{ path: 'at', message: '不能晚于「手术结束」的时间 09:50' }] });
  });

  it('keeps 入室 before the events recorded in the room', async () => {
    const r = await view();
    const inRoom = r.events.find((e) => e.code === 'in_room')!;
    await entries.event(doctor(), caseId, { code: 'position_change', at: at(3) });
    expect(
      await outcome(
        corrections.editEvent(doctor(), caseId, inRoom.id, { version: 1, reason: 'x', at: at(4) }),
      ),
    ).toMatchObject({ fields: [{ path: 'at', message: '不能晚于已记录的「体位改变」09:03' }] });
    await corrections.editEvent(doctor(), caseId, inRoom.id, {
      version: 1,
      reason: '入室时间补正',
      at: at(2),
    });
    expect((await view()).case.inRoomAt).toBe(at(2));
  });
});

describe('checklist answers', () => {
  it('change only with a reason and over the version read, what they were kept', async () => {
    const changed = { ...answers('sign_in'), allergy: 'no' as const };
    expect(
      await outcome(
        entries.checklist(t.actor('nurse'), caseId, {
          phase: 'sign_in',
          answers: changed,
          versions: { allergy: 1 },
        }),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ path: 'reason' }] });
    expect(
      (
        await outcome(
          entries.checklist(t.actor('nurse'), caseId, { phase: 'sign_in', answers: changed, reason: '复核' }),
        )
      ).code,
    ).toBe('version_conflict');
    await entries.checklist(t.actor('nurse'), caseId, {
      phase: 'sign_in',
      answers: changed,
      versions: { allergy: 1 },
      reason: '复核：青霉素过敏史未核',
    });
    const r = await view();
    expect(r.checklist.find((a) => a.item === 'allergy')).toMatchObject({ answer: 'no', version: 2 });
    expect(r.checklistCorrections).toMatchObject([
      {
        phase: 'sign_in',
        item: 'allergy',
        action: 'edit',
        before: { answer: 'yes' },
        after: { answer: 'no' },
      },
    ]);
    // Answers unchanged are written again as they were: no version moves, nothing is kept twice.
    await entries.checklist(t.actor('nurse'), caseId, { phase: 'sign_in', answers: changed });
    expect((await view()).checklistCorrections).toHaveLength(1);
  });

  it('are withdrawn only while their phase has let nothing through', async () => {
    expect(
      await outcome(
        corrections.withdrawAnswer(t.actor('nurse'), caseId, {
          phase: 'time_out',
          item: 'team',
          version: 1,
          reason: 'x',
        }),
      ),
    ).toMatchObject({ code: 'checklist_gate_passed', params: { status: '手术开始' } });
    await entries.checklist(t.actor('nurse'), caseId, { phase: 'sign_out', answers: { counts: 'yes' } });
    await corrections.withdrawAnswer(t.actor('nurse'), caseId, {
      phase: 'sign_out',
      item: 'counts',
      version: 1,
      reason: '清点尚未完成',
    });
    const r = await view();
    expect(r.checklist.some((a) => a.phase === 'sign_out')).toBe(false);
    expect(r.checklistCorrections.at(-1)).toMatchObject({
      item: 'counts',
      action: 'void',
      reason: '清点尚未完成',
      before: { answer: 'yes' },
    });
  });
});

describe('a vital sign entered by hand', () => {
  it('is corrected with the reading it was kept and marked, or voided', async () => {
    const { id } = await observations.enter(t.actor('nurse'), caseId, { param: 'hr', value: 80, at: at(30) });
    const typo = await observations.enter(t.actor('nurse'), caseId, {
      param: 'nibp_sys',
      value: 12,
      at: at(31),
    });
    const fixed = await observations.correct(t.actor('nurse'), caseId, typo.id, {
      version: 1,
      reason: '少输一位',
      value: 120,
    });
    expect(
      await outcome(
        observations.correct(t.actor('nurse'), caseId, typo.id, { version: 1, reason: 'x', value: 121 }),
      ),
    ).toMatchObject({ code: 'entry_voided' });
    await observations.voidManual(t.actor('nurse'), caseId, id, { version: 1, reason: '测量时患者体动' });
    const r = await view();
    expect(r.manualVitals.map((m) => [m.param, m.value, m.voided?.reason ?? null])).toEqual([
      ['hr', 80, '测量时患者体动'],
      ['nibp_sys', 12, '少输一位'],
      ['nibp_sys', 120, null],
    ]);
    expect(r.manualVitals[1]!.corrections).toMatchObject([
      { action: 'edit', before: { value: 12 }, after: { value: 120, id: Number(fixed.id) } },
    ]);
    const page = await observations.page(t.actor('nurse'), caseId, { limit: 100 });
    expect(page.items.filter((o) => !o.artefact).map((o) => o.value)).toEqual([120]);
  });
});

describe('signing', () => {
  it('names every missing field, then refuses corrections until amended', async () => {
    let r = await view();
    const missing = await outcome(records.sign(doctor(), caseId, { version: r.record.version }));
    expect(missing).toMatchObject({
      code: 'record_incomplete',
      params: { fields: '麻醉方式：必填' },
      fields: [{ path: 'method', message: '必填' }],
    });
    const saved = await records.update(doctor(), caseId, {
      method: 'general_tube',
      details: {},
      tempMode: 'continuous',
      version: r.record.version,
    });
    expect(await outcome(records.sign(doctor(), caseId, { version: saved.version }))).toMatchObject({
      fields: [{ path: 'details.airway', message: '必填' }],
    });
    const withAirway = await records.update(doctor(), caseId, {
      method: 'general_tube',
      details: { airway: '双腔支气管插管 37F' },
      tempMode: 'continuous',
      version: saved.version,
    });
    const signed = await records.sign(doctor(), caseId, { version: withAirway.version });
    r = await view();
    const drug = r.drugs.find((d) => d.drug === 'propofol')!;
    expect(
      (
        await outcome(
          corrections.editDrug(doctor(), caseId, drug.id, { version: drug.version, reason: 'x', dose: 100 }),
        )
      ).code,
    ).toBe('record_signed');
    await records.amend(doctor(), caseId, { reason: '更正丙泊酚剂量', version: signed.version });
    await corrections.editDrug(doctor(), caseId, drug.id, {
      version: drug.version,
      reason: '修订',
      dose: 100,
    });
    expect((await view()).drugTotals.find((d) => d.drug === 'propofol')?.total).toBe(100);
  });
});
