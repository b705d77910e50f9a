// The anesthesia record's services on a real database, without HTTP: the access check comes first; a
// one-tap event moves the case in one transaction; the alerts and the hypotension exposure are derived
// by the ingest as the monitor's messages are stored, changed by an artefact mark and by a late reading,
// and read — never recomputed — by the record; a drug entry announces the record alone.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { devices, intraopEpisodes, intraopStates } from '../../db/schema';
import { wardsScope } from '../../domain/auth/scope';
import { deviceMessage, simDevice } from '../interop/simulator/messages';
import type { RealtimeEvent, Subscriber } from '../realtime/hub';
import { steadyVitals } from '../testing/monitor-vitals';
import { createTestContext, refusal, type TestContext } from '../testing/test-context';
import { ObservationService } from './observation.service';
import { RecordService } from './record.service';
import { RecordEntryService } from './record-entry.service';

let t: TestContext;
let records: RecordService;
let entries: RecordEntryService;
let observations: ObservationService;
let caseId: string;
const monitor = simDevice('mindray-ihe', 0, 2);
const IN = Date.parse('2026-11-22T01:00:00Z');
const at = (minutes: number) => new Date(IN + minutes * 60_000);
let seq = 0;

const vitals = steadyVitals;
/** One message from the room's monitor, stored and acknowledged. */
const send = async (minutes: number, artMean: number) => {
  const result = await t.ctx.ingestor.submit({
    text: deviceMessage(monitor, vitals(artMean), at(minutes), ++seq),
    remoteAddress: '127.0.0.1',
    receivedAt: at(minutes),
  });
  expect(result.outcome).toBe('stored');
};
const code = refusal;
const storedEpisodes = () =>
  t.database.db
    .select()
    .from(intraopEpisodes)
    .where(and(eq(intraopEpisodes.caseId, caseId), eq(intraopEpisodes.kind, 'hypotension')));

beforeAll(async () => {
  t = await createTestContext();
  records = new RecordService(t.ctx);
  entries = new RecordEntryService(t.ctx);
  observations = new ObservationService(t.ctx);
  ({ caseId } = await t.admittedCase({ caseOverrides: { orRoom: monitor.room } }));
  await t.database.db.insert(devices).values({
    id: newId(),
    vendor: 'mindray',
    model: 'N17',
    identifier: monitor.identifier,
    placeKind: 'or_room',
    placeCode: monitor.room,
  });
  t.ctx.ingestor.devices.invalidate();
});
afterAll(async () => t?.close());

describe('the anesthesia record services', () => {
  it('check the permission and the ward scope before anything else', async () => {
    expect(await code(records.view(t.actor('admin'), caseId))).toBe('forbidden');
    expect(await code(records.view(t.actor('nurse', wardsScope([])), caseId))).toBe('not_found');
    expect(await code(records.view(t.actor('nurse', wardsScope([t.wardId])), caseId))).toBe('ok');
    expect(
      await code(
        entries.drug(t.actor('quality'), caseId, {
          drug: 'propofol',
          kind: 'bolus',
          dose: 1,
          startAt: at(0).toISOString(),
        }),
      ),
    ).toBe('forbidden');
  });

  it('move the case with 入室 in one transaction: the registry’s transition, the entry, the announcements', async () => {
    const received: RealtimeEvent[] = [];
    const watcher: Subscriber = { sees: () => true, send: (e) => received.push(e) };
    t.ctx.hub.subscribe(`case:${caseId}`, watcher);
    const moved = await entries.event(t.actor('nurse'), caseId, { code: 'in_room', at: at(0).toISOString() });
    expect(moved.caseVersion).toBe(2);
    const view = await records.view(t.actor('nurse'), caseId);
    expect(view.case).toMatchObject({ status: 'in_room', inRoomAt: at(0).toISOString() });
    await expect.poll(() => received.map((e) => e.type)).toEqual(['case.transition', 'record.changed']);
    expect(received[1]).toMatchObject({ data: { what: 'event' } });
    t.ctx.hub.unsubscribe(`case:${caseId}`, watcher);
  });

  it('derive hypotension and its exposure as the monitor’s messages are stored, and read them back', async () => {
    for (const [minute, map] of [
      [1, 80],
      [2, 60],
      [3, 58],
    ] as const)
      await send(minute, map);
    // Still running at the last reading: nothing has ended, so nothing is stored as an episode yet.
    expect(await storedEpisodes()).toEqual([]);
    await send(4, 75);
    expect((await storedEpisodes()).map((e) => [e.startAt.getTime(), e.endAt.getTime(), e.extreme])).toEqual([
      [at(2).getTime(), at(4).getTime(), 58],
    ]);
    const view = await records.view(t.actor('nurse'), caseId);
    expect(view.alerts.filter((a) => a.kind === 'hypotension')).toMatchObject([
      { start: at(2).toISOString(), end: at(4).toISOString(), extreme: 58, acknowledged: false },
    ]);
    // Step method to now (02:00): 60 for a minute and 58 for a minute below 65.
    expect(view.exposure).toMatchObject({ source: 'invasive', threshold: 65, minutesBelow: 2, aut: 5 + 7 });
  });

  it('give what a derivation from every stored reading gives', async () => {
    const stored = await records.view(t.actor('nurse'), caseId);
    await t.database.db.delete(intraopEpisodes).where(eq(intraopEpisodes.caseId, caseId));
    await t.database.db.delete(intraopStates).where(eq(intraopStates.caseId, caseId));
    const again = await records.view(t.actor('nurse'), caseId);
    expect({ alerts: again.alerts, exposure: again.exposure }).toEqual({
      alerts: stored.alerts,
      exposure: stored.exposure,
    });
  });

  it('change the stored episodes and exposure when readings are marked artefact', async () => {
    const nurse = t.actor('nurse');
    const page = await observations.page(nurse, caseId, { param: 'art_mean', limit: 100 });
    for (const o of page.items.filter((x) => x.value < 65))
      await observations.markArtefact(t.actor('anesthesiologist'), caseId, o.id, '冲洗管路');
    expect(await storedEpisodes()).toEqual([]);
    const view = await records.view(nurse, caseId);
    expect(view.alerts.some((a) => a.kind === 'hypotension')).toBe(false);
    expect(view.exposure).toMatchObject({ minutesBelow: 0, aut: 0 });
  });

  it('change them when a reading arrives late, before readings already folded', async () => {
    await send(1.5, 50);
    // 50 from 01:01:30 until the next valid in-range reading, 75 at 01:04 (the two between are artefacts).
    expect((await storedEpisodes()).map((e) => [e.startAt.getTime(), e.endAt.getTime(), e.extreme])).toEqual([
      [at(1.5).getTime(), at(4).getTime(), 50],
    ]);
    const view = await records.view(t.actor('nurse'), caseId);
    expect(view.exposure).toMatchObject({ minutesBelow: 2.5, aut: 15 * 2.5 });
  });

  it('announce a drug entry as a change of the record alone', async () => {
    const received: RealtimeEvent[] = [];
    const watcher: Subscriber = { sees: () => true, send: (e) => received.push(e) };
    t.ctx.hub.subscribe(`case:${caseId}`, watcher);
    await entries.drug(t.actor('anesthesiologist'), caseId, {
      drug: 'propofol',
      kind: 'bolus',
      dose: 120,
      startAt: at(5).toISOString(),
    });
    await expect.poll(() => received).toMatchObject([{ type: 'record.changed', data: { what: 'drug' } }]);
    expect((await records.view(t.actor('nurse'), caseId)).drugTotals).toEqual([
      { drug: 'propofol', name: '丙泊酚', total: 120, unit: 'mg' },
    ]);
    t.ctx.hub.unsubscribe(`case:${caseId}`, watcher);
  });
});
