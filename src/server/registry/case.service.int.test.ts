// The case service on a real database, without HTTP: the access check comes first, a transition is one
// transaction with its audit row and its announcement, and nothing of another ward is reachable.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseEvents } from '../../db/schema';
import { wardsScope } from '../../domain/auth/scope';
import type { Subscriber } from '../realtime/hub';
import { createTestContext, refusal, type TestContext } from '../testing/test-context';
import { CaseService } from './case.service';

let t: TestContext;
let cases: CaseService;
let caseId: string;

beforeAll(async () => {
  t = await createTestContext();
  cases = new CaseService(t.ctx);
  ({ caseId } = await t.admittedCase());
});
afterAll(async () => t?.close());

const code = refusal;

describe('CaseService', () => {
  it('checks the permission and the ward scope before anything else', async () => {
    expect(await code(cases.detail(t.actor('admin'), caseId))).toBe('forbidden');
    expect(await code(cases.detail(t.actor('nurse', wardsScope([])), caseId))).toBe('not_found');
    expect(await code(cases.detail(t.actor('nurse', wardsScope([t.wardId])), caseId))).toBe('ok');
    expect(
      await code(
        cases.transition(t.actor('quality'), caseId, {
          to: 'in_room',
          at: '2026-11-22T01:00:00Z',
          version: 1,
        }),
      ),
    ).toBe('forbidden');
  });

  it('moves a case in one transaction: the status, its event, the audit row and the announcement', async () => {
    const received: string[] = [];
    const watcher: Subscriber = { sees: () => true, send: (e) => received.push(`${e.topic} ${e.type}`) };
    t.ctx.hub.subscribe(`case:${caseId}`, watcher);
    const nurse = t.actor('nurse');
    const moved = await cases.transition(nurse, caseId, {
      to: 'in_room',
      at: '2026-11-22T01:00:00Z',
      version: 1,
    });
    expect(moved).toMatchObject({ status: 'in_room', version: 2 });
    const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events.map((e) => e.toStatus)).toEqual(['in_room']);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, caseId));
    expect(audit.some((a) => a.action === 'transition' && a.userId === nurse.id)).toBe(true);
    await expect.poll(() => received).toContain(`case:${caseId} case.transition`);
    t.ctx.hub.unsubscribe(`case:${caseId}`, watcher);
  });

  it('refuses a stale version and an illegal step without changing anything', async () => {
    const nurse = t.actor('nurse');
    expect(
      await code(
        cases.transition(nurse, caseId, { to: 'anesthesia_start', at: '2026-11-22T01:05:00Z', version: 1 }),
      ),
    ).toBe('version_conflict');
    expect(
      await code(cases.transition(nurse, caseId, { to: 'ward', at: '2026-11-22T01:05:00Z', version: 2 })),
    ).toBe('illegal_transition');
    expect((await cases.detail(nurse, caseId)).version).toBe(2);
  });
});
