// The complication services on a real database, without HTTP: a creatinine rise entered through the
// lab service suggests AKI in the same transaction, and a holder of complications.write confirms it
// with a Clavien–Dindo grade, once.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { wardsScope } from '../../domain/auth/scope';
import { LabService } from '../monitoring/lab.service';
import type { Subscriber } from '../realtime/hub';
import { createTestContext, refusal, type TestContext } from '../testing/test-context';
import { ComplicationService } from './complication.service';

let t: TestContext;
let labs: LabService;
let complications: ComplicationService;
let caseId: string;

beforeAll(async () => {
  t = await createTestContext();
  labs = new LabService(t.ctx);
  complications = new ComplicationService(t.ctx);
  ({ caseId } = await t.admittedCase({ caseOverrides: { scheduledStart: '2026-11-21T00:30:00Z' } }));
});
afterAll(async () => t?.close());

const code = refusal;

describe('LabService → SuggestionService → ComplicationService', () => {
  it('a creatinine rise suggests AKI, which is confirmed with a grade', async () => {
    const received: string[] = [];
    const watcher: Subscriber = { sees: () => true, send: (e) => received.push(`${e.topic} ${e.type}`) };
    t.ctx.hub.subscribe(`case:${caseId}`, watcher);
    const nurse = t.actor('nurse', wardsScope([t.wardId]));
    const lab = (value: number, takenAt: string) =>
      labs.record(nurse, caseId, { analyte: 'creatinine', value, takenAt });
    expect(await lab(80, '2026-11-20T23:00:00Z')).toEqual({ suggestedComplication: null, aki: null });
    expect((await lab(95, '2026-11-21T20:00:00Z')).suggestedComplication).toBeNull();
    const rise = await lab(125, '2026-11-22T01:00:00Z');
    expect(rise.aki).toMatchObject({ stage: 1, baseline: 80, creatinine: 125 });
    const id = rise.suggestedComplication!;
    expect(id).toBeTruthy();
    await expect.poll(() => received).toContain(`case:${caseId} complication.suggested`);
    expect((await complications.list(nurse, caseId)).items).toEqual([
      expect.objectContaining({
        id,
        type: 'aki',
        status: 'suggested',
        rule: 'kdigo.creatinine',
        grade: null,
      }),
    ]);

    // Only complications.write decides, and only within the actor's wards.
    const confirm = { decision: 'confirm', grade: 'I', disability: false, version: 1 } as const;
    expect(await code(complications.decide(nurse, id, confirm))).toBe('forbidden');
    expect(await code(complications.decide(t.actor('surgeon', wardsScope([])), id, confirm))).toBe(
      'not_found',
    );

    const surgeon = t.actor('surgeon');
    const confirmed = await complications.decide(surgeon, id, {
      ...confirm,
      treatment: '补液，停用肾毒性药物',
    });
    expect(confirmed).toMatchObject({ id, status: 'confirmed', grade: 'I', version: 2 });
    expect(confirmed.decidedAt).toBe(t.clock.now.toISOString());
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, id));
    expect(audit.map((a) => [a.action, a.userId])).toEqual([['confirm', surgeon.id]]);
    expect(await code(complications.decide(surgeon, id, { ...confirm, version: 2 }))).toBe(
      'complication_decided',
    );

    // A further rise does not suggest the same complication twice.
    expect((await lab(170, '2026-11-22T01:30:00Z')).suggestedComplication).toBeNull();
    expect((await complications.list(nurse, caseId)).items).toHaveLength(1);
    t.ctx.hub.unsubscribe(`case:${caseId}`, watcher);
  });

  it('a complication the clinician records is confirmed with its grade and is not decided again', async () => {
    const recorded = await complications.record(t.actor('surgeon'), caseId, {
      type: 'pneumonia',
      onsetAt: '2026-11-22T01:00:00Z',
      grade: 'II',
      disability: false,
    });
    expect(recorded).toMatchObject({ status: 'confirmed', grade: 'II', rule: null });
    expect(
      await code(
        complications.decide(t.actor('surgeon'), recorded.id, {
          decision: 'dismiss',
          reason: '误报',
          version: 1,
        }),
      ),
    ).toBe('complication_decided');
  });
});
