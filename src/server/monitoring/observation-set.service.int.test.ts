// The monitoring services on a real database, without HTTP: the access check comes first; an alerting
// set raises its alert in the same transaction as the set, the ward board shows it, and the
// acknowledgement records who did what, once.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { auditLog, beds, ewsAlerts } from '../../db/schema';
import { wardsScope } from '../../domain/auth/scope';
import type { Subscriber } from '../realtime/hub';
import { createTestContext, refusal, type TestContext } from '../testing/test-context';
import { EwsAlertService } from './ews-alert.service';
import { ObservationSetService } from './observation-set.service';
import { WardBoardService } from './ward-board.service';

let t: TestContext;
let sets: ObservationSetService;
let alerts: EwsAlertService;
let boards: WardBoardService;
let caseId: string;

const news7 = {
  respirationRate: 22,
  spo2: 95,
  onOxygen: true,
  systolicBp: 105,
  pulse: 95,
  consciousness: 'A' as const,
  temperature: 37,
};

beforeAll(async () => {
  t = await createTestContext();
  sets = new ObservationSetService(t.ctx);
  alerts = new EwsAlertService(t.ctx);
  boards = new WardBoardService(t.ctx);
  const _surgeon = t.actor('surgeon');
  const bedId = newId();
  await t.database.db.insert(beds).values({ id: bedId, wardId: t.wardId, code: '7' });
  ({ caseId } = await t.admittedCase({ bedId }));
});
afterAll(async () => t?.close());

const code = refusal;

describe('ObservationSetService, WardBoardService, EwsAlertService', () => {
  it('check the permission and the ward scope before anything else', async () => {
    const input = { takenAt: t.clock.now.toISOString(), values: news7 };
    expect(await code(sets.record(t.actor('quality'), caseId, input))).toBe('forbidden');
    expect(await code(sets.record(t.actor('nurse', wardsScope([])), caseId, input))).toBe('not_found');
    expect(await code(boards.board(t.actor('nurse', wardsScope([newId()])), t.wardId))).toBe('not_found');
    expect(await code(boards.board(t.actor('admin'), t.wardId))).toBe('forbidden');
    const none = await t.database.db.select().from(ewsAlerts).where(eq(ewsAlerts.caseId, caseId));
    expect(none).toEqual([]);
  });

  it('an alerting set raises its alert, the ward board shows it, the acknowledgement records the action', async () => {
    const received: string[] = [];
    const watcher: Subscriber = { sees: () => true, send: (e) => received.push(`${e.topic} ${e.type}`) };
    t.ctx.hub.subscribe(`ward:${t.wardId}`, watcher);
    const nurse = t.actor('nurse', wardsScope([t.wardId]));
    const saved = await sets.record(nurse, caseId, { takenAt: t.clock.now.toISOString(), values: news7 });
    expect(saved).toMatchObject({ complete: true, total: 7, band: 'high', alert: { type: 'emergency' } });
    // Continuous monitoring: the next set is due in 15 minutes.
    expect(Date.parse(saved.nextDueAt!) - t.clock.now.getTime()).toBe(15 * 60_000);
    await expect.poll(() => received).toContain(`ward:${t.wardId} ews.alert`);

    const board = await boards.board(nurse, t.wardId);
    const bed = board.beds.find((b) => b.bedCode === '7');
    expect(bed).toMatchObject({ caseId, news2: { total: 7, band: 'high', complete: true }, trend: [7] });
    const shown = bed!.alerts[0]!;
    expect(shown).toMatchObject({ id: saved.alert!.id, type: 'emergency', version: 1 });

    t.clock.advance(3 * 60_000);
    const ack = await alerts.acknowledge(nurse, shown.id, {
      action: 'rapid_response',
      note: '呼叫快速反应小组',
      version: shown.version,
    });
    expect(ack).toMatchObject({ status: 'acknowledged', action: 'rapid_response' });
    expect(ack.acknowledgedAt).toBe(t.clock.now.toISOString());
    const [row] = await t.database.db.select().from(ewsAlerts).where(eq(ewsAlerts.id, shown.id));
    expect(row).toMatchObject({ acknowledgedBy: nurse.id, note: '呼叫快速反应小组', version: 2 });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, shown.id), eq(auditLog.action, 'acknowledge')));
    expect(audit.map((a) => a.userId)).toEqual([nurse.id]);
    await expect.poll(() => received).toContain(`ward:${t.wardId} ews.ack`);
    expect((await boards.board(nurse, t.wardId)).beds.find((b) => b.bedCode === '7')?.alerts).toEqual([]);

    // Once: a second acknowledgement is refused and changes nothing.
    expect(await code(alerts.acknowledge(nurse, shown.id, { action: 'reviewed', version: 2 }))).toBe(
      'alert_closed',
    );
    expect((await alerts.ofCase(nurse, caseId)).items[0]).toMatchObject({ action: 'rapid_response' });
    t.ctx.hub.unsubscribe(`ward:${t.wardId}`, watcher);
  });

  it('an incomplete set is marked, not scored, and raises nothing', async () => {
    const saved = await sets.record(t.actor('nurse'), caseId, {
      takenAt: t.clock.now.toISOString(),
      values: { ...news7, consciousness: null },
    });
    expect(saved).toMatchObject({ complete: false, total: null, missing: ['consciousness'], alert: null });
    expect(saved.nextDueAt).toBeNull();
  });
});
