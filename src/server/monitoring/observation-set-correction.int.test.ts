// Ward observation sets charted after the fact and corrected, on a real database without HTTP: a set
// takes the time it was taken (never in the future, nor while the patient was in theatre), entered now;
// a mistyped value is corrected with a reason over the version read, NEWS2, the next due time and the
// alerts following the corrected score, what it was kept with who and when; a voided set stays listed,
// struck through, and counts nowhere — not on the ward board, not for the overdue clock.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { overdueSets } from '../../db/monitoring/observation-set.repo';
import { auditLog, beds, ewsAlerts, observationCorrections, surgicalCases, users } from '../../db/schema';
import { wardsScope } from '../../domain/auth/scope';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { Subscriber } from '../realtime/hub';
import { createTestContext, refusal, type TestContext } from '../testing/test-context';
import { runEscalation } from './escalation.job';
import { ObservationSetService } from './observation-set.service';
import { WardBoardService } from './ward-board.service';

let t: TestContext;
let sets: ObservationSetService;
let boards: WardBoardService;
let caseId: string;
let nurse: Actor;
const MIN = 60_000;
const NOW = Date.parse('2026-11-22T02:00:00Z'); // 10:00 site time
const at = (minutes: number) => new Date(NOW + minutes * MIN).toISOString();
// In theatre 04:00–07:00 site time (20:00–23:00 UTC the day before).
const IN_ROOM = NOW - 6 * 60 * MIN;
const OUT_OF_ROOM = NOW - 3 * 60 * MIN;

const normal = {
  respirationRate: 16,
  spo2: 97,
  onOxygen: false,
  systolicBp: 120,
  pulse: 75,
  consciousness: 'A' as const,
  temperature: 37,
};
// NEWS2 7 (RR 2, oxygen 2, SBP 1, pulse 1, SpO2 1): emergency response.
const news7 = { ...normal, respirationRate: 22, spo2: 95, onOxygen: true, systolicBp: 105, pulse: 95 };

const fieldsOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, fields: e.fields };
    throw e;
  }
};
const bed = async () => (await boards.board(nurse, t.wardId)).beds.find((b) => b.bedCode === '12')!;
const listed = async (id: string) => (await sets.list(nurse, caseId)).items.find((s) => s.id === id)!;
const alertsOf = (setId: string) => t.database.db.select().from(ewsAlerts).where(eq(ewsAlerts.setId, setId));

beforeAll(async () => {
  t = await createTestContext();
  sets = new ObservationSetService(t.ctx);
  boards = new WardBoardService(t.ctx);
  nurse = t.actor('nurse', wardsScope([t.wardId]));
  await t.database.db.insert(users).values({
    id: nurse.id,
    username: nurse.username,
    displayName: '王护士',
    role: 'nurse',
    passwordHash: 'x',
  });
  const bedId = newId();
  await t.database.db.insert(beds).values({ id: bedId, wardId: t.wardId, code: '12' });
  ({ caseId } = await t.admittedCase({ bedId }));
  // Back on the ward after the operation.
  await t.database.db
    .update(surgicalCases)
    .set({
      status: 'ward',
      inRoomAt: new Date(IN_ROOM),
      outOfRoomAt: new Date(OUT_OF_ROOM),
      destination: 'ward',
      destinationAt: new Date(OUT_OF_ROOM + 60 * MIN),
    })
    .where(eq(surgicalCases.id, caseId));
});
afterAll(async () => t?.close());

describe('a set charted after the fact', () => {
  it('takes the time it was taken, entered now', async () => {
    const saved = await sets.record(nurse, caseId, { takenAt: at(-25), values: normal });
    const s = await listed(saved.id);
    expect(s).toMatchObject({ takenAt: at(-25), enteredAt: at(0), enteredBy: '王护士', version: 1 });
    // The next set is due from when it was taken (NEWS2 0: 12-hourly, RCP Chart 4).
    expect(saved.nextDueAt).toBe(at(-25 + 720));
  });

  it('is refused in the future, while the patient was in theatre, or a week before the case, naming takenAt', async () => {
    const entry = (takenAt: string, who = nurse) =>
      fieldsOf(sets.record(who, caseId, { takenAt, values: normal }));
    expect(await entry(at(2))).toBe('ok');
    expect(await entry(at(3))).toEqual({
      code: 'validation_failed',
      fields: [{ path: 'takenAt', message: '不能晚于当前时间' }],
    });
    expect(await entry(at(3), { ...nurse, locale: 'en-US' })).toEqual({
      code: 'validation_failed',
      fields: [{ path: 'takenAt', message: 'Cannot be in the future' }],
    });
    expect(await entry(at(-4 * 60))).toEqual({
      code: 'validation_failed',
      fields: [
        {
          path: 'takenAt',
          message: '患者此时在手术室（入室 04:00，出室 07:00），术中生命体征记在麻醉记录单上',
        },
      ],
    });
    // The pre-operative baseline, before 入室, is the ward's.
    expect(await entry(at(-7 * 60))).toBe('ok');
    expect(await entry(at(-9 * 24 * 60))).toMatchObject({
      fields: [{ path: 'takenAt', message: '早于本台手术 7 天以上，请核对日期' }],
    });
  });
});

describe('correcting a set', () => {
  it('a mistyped value: NEWS2, the next due time and the alerts follow; what it was is kept', async () => {
    const received: string[] = [];
    const watcher: Subscriber = { sees: () => true, send: (e) => received.push(`${e.topic} ${e.type}`) };
    t.ctx.hub.subscribe(`ward:${t.wardId}`, watcher);
    // RR 35 typed for 15: a single red score, its alert raised.
    const typo = await sets.record(nurse, caseId, {
      takenAt: at(0),
      values: { ...normal, respirationRate: 35 },
    });
    expect(typo).toMatchObject({ total: 3, band: 'low_medium', alert: { type: 'red_score' } });
    t.clock.advance(2 * MIN);
    const fixed = await sets.edit(nurse, caseId, typo.id, {
      version: 1,
      reason: '呼吸频率录入错误',
      values: { respirationRate: 15 },
    });
    expect(fixed).toMatchObject({ total: 0, band: 'low', version: 2, alert: null });
    expect(fixed.withdrawnAlerts).toEqual([typo.alert!.id]);
    expect(fixed.nextDueAt).toBe(at(720));
    const [alert] = await alertsOf(typo.id);
    expect(alert).toMatchObject({ status: 'withdrawn', version: 2, type: 'red_score' });

    const s = await listed(typo.id);
    expect(s).toMatchObject({ total: 0, version: 2, values: { respirationRate: 15, spo2Scale: 1 } });
    expect(s.corrections).toEqual([
      {
        action: 'edit',
        at: at(2),
        by: '王护士',
        reason: '呼吸频率录入错误',
        before: { respirationRate: 35, total: 3 },
        after: { respirationRate: 15, total: 0 },
      },
    ]);
    const [row] = await t.database.db
      .select()
      .from(observationCorrections)
      .where(eq(observationCorrections.setId, typo.id));
    expect(row).toMatchObject({ version: 1, changedBy: nurse.id });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, typo.id), eq(auditLog.action, 'correction')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ action: 'edit', fields: ['respirationRate', 'total'] });
    // The board shows the corrected score and no alert; it was told.
    expect(await bed()).toMatchObject({ news2: { total: 0 }, alerts: [] });
    await expect.poll(() => received).toContain(`ward:${t.wardId} ews.set`);
    t.ctx.hub.unsubscribe(`ward:${t.wardId}`, watcher);
  });

  it('a correction that worsens the score raises the alert it now calls for', async () => {
    t.clock.advance(MIN);
    const s = await sets.record(nurse, caseId, { takenAt: at(3), values: normal });
    const worse = await sets.edit(nurse, caseId, s.id, { version: 1, reason: '录错患者体征', values: news7 });
    expect(worse).toMatchObject({
      total: 7,
      band: 'high',
      alert: { type: 'emergency' },
      withdrawnAlerts: [],
    });
    expect((await bed()).alerts.map((a) => a.type)).toContain('emergency');
    // Back to normal: the emergency alert is withdrawn, not left to escalate.
    const back = await sets.edit(nurse, caseId, s.id, { version: 2, reason: '核对后更正', values: normal });
    expect(back.withdrawnAlerts).toEqual([worse.alert!.id]);
    expect((await bed()).alerts).toEqual([]);
  });

  it('moves the set’s time within the rules; the next due time follows', async () => {
    const s = await sets.record(nurse, caseId, { takenAt: at(3), values: normal });
    expect(
      await fieldsOf(
        sets.edit(nurse, caseId, s.id, { version: 1, reason: '时间录错', takenAt: at(-5 * 60) }),
      ),
    ).toMatchObject({ code: 'validation_failed', fields: [{ path: 'takenAt' }] });
    const moved = await sets.edit(nurse, caseId, s.id, { version: 1, reason: '时间录错', takenAt: at(-60) });
    expect(moved.nextDueAt).toBe(at(-60 + 720));
    const l = await listed(s.id);
    expect(l).toMatchObject({ takenAt: at(-60), enteredAt: at(3) });
    expect(l.corrections[0]).toMatchObject({ before: { takenAt: at(3) }, after: { takenAt: at(-60) } });
  });

  it('refuses a stale version (409), nothing changed, a reasonless or voided set, others’ wards', async () => {
    const s = await sets.record(nurse, caseId, { takenAt: at(3), values: normal });
    await sets.edit(nurse, caseId, s.id, { version: 1, reason: '更正', values: { pulse: 80 } });
    const stale = sets.edit(nurse, caseId, s.id, { version: 1, reason: '同时更正', values: { pulse: 85 } });
    expect(await refusal(stale)).toBe('version_conflict');
    expect(
      (await fieldsOf(sets.void(nurse, caseId, s.id, { version: 1, reason: '重复' }))) as object,
    ).toMatchObject({
      code: 'version_conflict',
    });
    expect(
      await fieldsOf(sets.edit(nurse, caseId, s.id, { version: 2, reason: '更正', values: { pulse: 80 } })),
    ).toEqual({ code: 'validation_failed', fields: [{ path: '', message: '与原记录相同，未作修改' }] });
    await sets.void(nurse, caseId, s.id, { version: 2, reason: '重复录入' });
    expect(
      await refusal(sets.edit(nurse, caseId, s.id, { version: 3, reason: '更正', values: normal })),
    ).toBe('observation_set_voided');
    const outside = t.actor('nurse', wardsScope([newId()]));
    expect(await refusal(sets.void(outside, caseId, s.id, { version: 3, reason: 'x' }))).toBe('not_found');
    expect(await refusal(sets.void(t.actor('quality'), caseId, s.id, { version: 3, reason: 'x' }))).toBe(
      'forbidden',
    );
    expect(await refusal(sets.void(nurse, caseId, newId(), { version: 1, reason: 'x' }))).toBe('not_found');
  });
});

describe('a voided set', () => {
  it('stays listed with its reason, withdraws its alerts and is no longer the latest set anywhere', async () => {
    t.clock.advance(10 * MIN);
    const earlier = await sets.record(nurse, caseId, { takenAt: at(10), values: { ...normal, pulse: 95 } });
    const wrong = await sets.record(nurse, caseId, { takenAt: at(12), values: news7 });
    expect((await bed()).news2).toMatchObject({ total: 7 });
    const voided = await sets.void(nurse, caseId, wrong.id, { version: 1, reason: '录入到错误的患者' });
    expect(voided.withdrawnAlerts).toEqual([wrong.alert!.id]);

    const l = await listed(wrong.id);
    expect(l.voided).toEqual({ at: at(13), by: '王护士', reason: '录入到错误的患者' });
    expect(l.corrections[0]).toMatchObject({
      action: 'void',
      before: { total: 7, respirationRate: 22 },
      after: {},
    });
    // The board: the earlier set is the latest again, with its score, due time and no alert.
    const b = await bed();
    expect(b.news2).toMatchObject({ total: 1 });
    expect(b.nextDueAt).toBe(earlier.nextDueAt);
    expect(b.alerts).toEqual([]);
    expect(b.trend).not.toContain(7);

    // The overdue clock runs from the earlier set (NEWS2 1: 4-hourly), not the voided one.
    const late = await overdueSets(t.database.db, new Date(Date.parse(earlier.nextDueAt!) + MIN));
    expect(late.filter((x) => x.case_id === caseId).map((x) => x.id)).toEqual([earlier.id]);
    t.clock.set(new Date(Date.parse(earlier.nextDueAt!) + 16 * MIN));
    await runEscalation(t.database, t.ctx.hub, t.clock.now);
    expect((await alertsOf(earlier.id)).map((a) => a.type)).toEqual(['overdue']);
    expect(await alertsOf(wrong.id)).toMatchObject([{ status: 'withdrawn' }]);
  });
});
