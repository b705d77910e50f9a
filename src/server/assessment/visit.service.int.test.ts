// The visit service on a real database, without HTTP: the access check on the case comes first (a
// role without the permission is forbidden, a case outside the actor's wards is not found and nothing
// is written), signing locks the visit and opens its recommendations as tasks in one transaction with
// its audit row and announcement, and an amendment is the next revision.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentVisits, auditLog, recommendationTasks } from '../../db/schema';
import { CAPRINI_VTE_ITEMS, type VisitData, visitData } from '../../domain/assessment/visit';
import { wardsScope } from '../../domain/auth/scope';
import type { Subscriber } from '../realtime/hub';
import { createTestContext, refusal, type TestContext } from '../testing/test-context';
import { RecommendationService } from './recommendation.service';
import { VisitService } from './visit.service';

let t: TestContext;
let visits: VisitService;
let caseId: string;

// Everything signing requires, with a PHQ-9 of 16 (a referral) and a high Caprini (prophylaxis).
const data: VisitData = visitData.parse({
  visitAt: '2026-11-22T01:00:00Z',
  heightCm: 170,
  weightKg: 52,
  history: {
    historyOfVte: true,
    familyHistoryOfThrombosis: false,
    varicoseVeins: true,
    congestiveHeartFailure: false,
    respiratoryInfectionLastMonth: false,
    chronicPulmonaryDisease: true,
  },
  vte: Object.fromEntries(CAPRINI_VTE_ITEMS.map((k) => [k, false])),
  airway: { mallampatiClass: 2 },
  vitals: { systolicBp: 130, pulse: 80, spo2: 97 },
  phq9: { item1: 2, item2: 2, item3: 2, item4: 2, item5: 2, item6: 2, item7: 2, item8: 2, item9: 0 },
  asaClass: 3,
  asaEmergency: false,
  plan: { anesthesiaMethod: 'general_tube', postopDestination: 'icu', plannedDurationMinutes: 300 },
});

beforeAll(async () => {
  t = await createTestContext();
  visits = new VisitService(t.ctx);
  ({ caseId } = await t.admittedCase({ caseOverrides: { scheduledStart: '2026-11-23T00:30:00Z' } }));
});
afterAll(async () => t?.close());

const code = refusal;

describe('VisitService', () => {
  it('checks the permission and the ward scope before anything else', async () => {
    const outside = wardsScope([]);
    expect(await code(visits.get(t.actor('admin'), caseId))).toBe('forbidden');
    expect(await code(visits.get(t.actor('nurse', outside), caseId))).toBe('not_found');
    expect(await code(visits.get(t.actor('nurse', wardsScope([t.wardId])), caseId))).toBe('ok');
    expect(await code(visits.save(t.actor('nurse'), caseId, { data }))).toBe('forbidden');
    expect(await code(visits.save(t.actor('anesthesiologist', outside), caseId, { data }))).toBe('not_found');
    expect(await code(visits.sign(t.actor('surgeon'), caseId, 1))).toBe('forbidden');
    expect(await code(visits.sign(t.actor('anesthesiologist', outside), caseId, 1))).toBe('not_found');
    expect(await code(visits.amend(t.actor('anesthesiologist', outside), caseId, '补充'))).toBe('not_found');
    expect(await code(visits.print(t.actor('nurse', outside), caseId))).toBe('not_found');
    const written = await t.database.db
      .select()
      .from(assessmentVisits)
      .where(eq(assessmentVisits.caseId, caseId));
    expect(written).toEqual([]);
  });

  it('signs a saved draft in one transaction: the lock, the tasks, the audit row and the announcement', async () => {
    const received: string[] = [];
    const watcher: Subscriber = { sees: () => true, send: (e) => received.push(`${e.topic} ${e.type}`) };
    t.ctx.hub.subscribe(`case:${caseId}`, watcher);
    const doctor = t.actor('anesthesiologist');
    const draft = await visits.save(doctor, caseId, { data });
    expect(draft).toMatchObject({ revision: 1, status: 'draft', late: false });
    expect(draft.highRiskFlags).toEqual(expect.arrayContaining(['phq9.high', 'caprini.high']));

    const signed = await visits.sign(doctor, caseId, draft.version);
    expect(signed).toMatchObject({ status: 'signed', signedBy: doctor.id, version: draft.version + 1 });
    const tasks = await t.database.db
      .select()
      .from(recommendationTasks)
      .where(eq(recommendationTasks.caseId, caseId));
    expect(tasks.map((x) => x.code)).toEqual(
      expect.arrayContaining(['phq9.referral', 'caprini.vte_prophylaxis.high']),
    );
    expect(tasks.every((x) => x.status === 'open' && x.visitId === signed.id)).toBe(true);
    const listed = await new RecommendationService(t.ctx).list(doctor, { status: 'open', caseId });
    expect(listed.items.map((x) => x.code).sort()).toEqual(tasks.map((x) => x.code).sort());
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, signed.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'sign']));
    await expect.poll(() => received).toContain(`case:${caseId} visit.signed`);
    t.ctx.hub.unsubscribe(`case:${caseId}`, watcher);

    expect(await code(visits.save(doctor, caseId, { data, version: signed.version }))).toBe('visit_signed');
    expect(await code(visits.sign(doctor, caseId, signed.version))).toBe('visit_signed');
  });

  it('amends as the next revision with its reason, keeping the signed one and its tasks', async () => {
    const doctor = t.actor('anesthesiologist');
    const before = await t.database.db
      .select()
      .from(recommendationTasks)
      .where(eq(recommendationTasks.caseId, caseId));
    const amended = await visits.amend(doctor, caseId, '补充术前肺功能结果');
    expect(amended).toMatchObject({ revision: 2, status: 'draft', amendmentReason: '补充术前肺功能结果' });
    expect(await code(visits.amend(doctor, caseId, '再次修订'))).toBe('visit_not_signed');
    const bundle = await visits.get(t.actor('nurse'), caseId);
    expect(bundle.revisions.map((r) => [r.revision, r.status])).toEqual([
      [1, 'signed'],
      [2, 'draft'],
    ]);
    expect(bundle.current?.id).toBe(amended.id);

    // Signing the amendment opens no second task for a recommendation already followed.
    await visits.sign(doctor, caseId, amended.version);
    const after = await t.database.db
      .select()
      .from(recommendationTasks)
      .where(eq(recommendationTasks.caseId, caseId));
    expect(after.length).toBe(before.length);
  });
});
