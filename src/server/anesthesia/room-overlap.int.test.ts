// A theatre monitor's readings belong to exactly one case (room-stays.ts), on a real database: while an
// override let a second case into a room whose first case had not left, the room's readings are the
// later case's alone — in the pages, the chart (its stored minutes and its edges), the extent and the
// derived alerts — and the earlier case's again once the later one has left. Each entry or exit of the
// other case is a change of the earlier case's basis: its alerts are derived again on the next read, as
// they are when its own 入室 is corrected.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, patientInput } from '../../api/registry';
import { ownersOfReading } from '../../db/anesthesia/intraop.repo';
import { readingExtent } from '../../db/anesthesia/reading.repo';
import { newId } from '../../db/ids';
import { devices, observations as observationsTable, surgicalCases } from '../../db/schema';
import { deviceMessage, simDevice } from '../interop/simulator/messages';
import { CaseService } from '../registry/case.service';
import { PatientService } from '../registry/patient.service';
import { steadyVitals } from '../testing/monitor-vitals';
import { sampleCase, samplePatient } from '../testing/test-app';
import { createTestContext, type TestContext } from '../testing/test-context';
import { ObservationService } from './observation.service';
import { RecordService } from './record.service';
import { RecordCorrectionService } from './record-correction.service';
import { RecordEntryService } from './record-entry.service';

let t: TestContext;
let records: RecordService;
let entries: RecordEntryService;
let observations: ObservationService;
let first: string;
let second: string;
const monitor = simDevice('mindray-ihe', 0, 2);
const IN = Date.parse('2026-11-22T00:00:00Z');
const at = (minutes: number) => new Date(IN + minutes * 60_000);
let seq = 0;

const vitals = steadyVitals;
/** One message of the room's monitor at each of these minutes (and half-minutes), stored by the ingest. */
const send = async (minutes: number[], artMean: number) => {
  for (const m of minutes) {
    const result = await t.ctx.ingestor.submit({
      text: deviceMessage(monitor, vitals(artMean), at(m), ++seq),
      remoteAddress: '127.0.0.1',
      receivedAt: at(m),
    });
    expect(result.outcome).toBe('stored');
  }
};
const range = (from: number, to: number, step = 1) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
/** The minutes of a case's heart-rate readings. */
const hrMinutes = async (caseId: string) =>
  (await observations.page(t.actor('nurse'), caseId, { param: 'hr', limit: 1000 })).items.map(
    (o) => (Date.parse(o.observedAt) - IN) / 60_000,
  );
const hypotension = async (caseId: string) =>
  (await records.view(t.actor('nurse'), caseId)).alerts
    .filter((a) => a.kind === 'hypotension')
    .map((a) => [(Date.parse(a.start) - IN) / 60_000, (Date.parse(a.end) - IN) / 60_000]);
const chartCount = async (caseId: string, bucketSeconds: number) =>
  (await observations.series(t.actor('nurse'), caseId, { bucketSeconds })).count;

beforeAll(async () => {
  t = await createTestContext();
  t.clock.set(at(120));
  records = new RecordService(t.ctx);
  entries = new RecordEntryService(t.ctx);
  observations = new ObservationService(t.ctx);
  const surgeon = t.actor('surgeon');
  const patients = new PatientService(t.ctx);
  const cases = new CaseService(t.ctx);
  const make = async (mrn: string) => {
    const p = await patients.create(surgeon, patientInput.parse(samplePatient({ mrn, idCard: null })));
    return (await cases.create(surgeon, caseInput.parse(sampleCase(p.id, { orRoom: monitor.room })))).id;
  };
  first = await make('ZY20269001');
  second = await make('ZY20269002');
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

describe('a room reading while two stays overlap', () => {
  it('is the first case’s while it is alone in the room', async () => {
    await entries.event(t.actor('nurse'), first, { code: 'in_room', at: at(0).toISOString() });
    await send(range(1, 10), 85);
    expect(await hrMinutes(first)).toEqual(range(1, 10));
    expect(await hypotension(first)).toEqual([]);
  });

  it('goes to the later case alone once an override let it in', async () => {
    // 出室 of the first case was never recorded; an anesthesiologist lets the second one in.
    const refused = await entries
      .event(t.actor('nurse'), second, { code: 'in_room', at: at(20).toISOString() })
      .catch((e: { code: string }) => e.code);
    expect(refused).toBe('room_occupied');
    await entries.event(t.actor('anesthesiologist'), second, {
      code: 'in_room',
      at: at(20).toISOString(),
      overrideReason: '前一台已出室，系统未记录',
    });
    // Hypotension while both stays are open: the later case's, not the earlier one's.
    await send([...range(20, 30), 30.5], 50);
    await send(range(31, 34), 85);
    expect(await hrMinutes(second)).toEqual([...range(20, 30), 30.5, ...range(31, 34)]);
    expect(await hrMinutes(first)).toEqual(range(1, 10));
    expect(await hypotension(second)).toEqual([[20, 31]]);
    expect(await hypotension(first)).toEqual([]);
    const probe = (await observations.page(t.actor('nurse'), second, { param: 'hr', limit: 1 })).items[0]!;
    expect(await ownersOfReading(t.database.db, probe.id)).toEqual([second]);
    expect(await readingExtent(t.database.db, first)).toEqual({
      first: at(1).getTime(),
      last: at(10).getTime(),
    });
  });

  it('is the earlier case’s again after the later one left; the chart counts every reading once', async () => {
    // The second case leaves at 40 (its 出室 recorded on the case); the room is the first case's again.
    await t.database.db
      .update(surgicalCases)
      .set({ status: 'out_of_room', outOfRoomAt: at(40) })
      .where(eq(surgicalCases.id, second));
    await send([...range(40, 44), 44.5], 55);
    await send(range(45, 47), 85);
    expect(await hrMinutes(second)).toEqual([...range(20, 30), 30.5, ...range(31, 34), 40]);
    expect(await hrMinutes(first)).toEqual([...range(1, 10), 41, 42, 43, 44, 44.5, 45, 46, 47]);
    // The first case's alerts were derived on another basis: derived again, the second stay left out.
    expect(await hypotension(first)).toEqual([[41, 45]]);
    // Every stored reading in exactly one case, and in its chart whether from the stored minutes or not.
    const stored = (await t.database.db.select({ id: observationsTable.id }).from(observationsTable)).length;
    const pages = [first, second].map(
      async (id) => (await observations.page(t.actor('nurse'), id, { limit: 5000 })).items.length,
    );
    const [mine, theirs] = await Promise.all(pages);
    expect(mine! + theirs!).toBe(stored);
    for (const bucket of [60, 10]) {
      expect(await chartCount(first, bucket), `${bucket} s`).toBe(mine);
      expect(await chartCount(second, bucket), `${bucket} s`).toBe(theirs);
    }
  });

  it('follows a corrected 入室 of the earlier case in its readings and its alerts', async () => {
    const view = await records.view(t.actor('nurse'), first);
    const inRoom = view.events.find((e) => e.code === 'in_room')!;
    await new RecordCorrectionService(t.ctx).editEvent(t.actor('anesthesiologist'), first, inRoom.id, {
      version: inRoom.version,
      reason: '入室时间补正',
      at: at(5).toISOString(),
    });
    expect((await hrMinutes(first)).slice(0, 2)).toEqual([5, 6]);
  });
});
