// The QC case facts of a period derived from Periop's own records (issue 12 §1), then the domain engine over
// them: time anchors and cancellations, temperature (room monitor + bound readings, window D10), PACU, re-intubation,
// transfusion, the pre-anesthesia visit and death within 24 h, with exact numerators and denominators.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, patientInput } from '../../api/registry';
import { newId } from '../../db/ids';
import {
  anesthesiaRecords,
  assessmentVisits,
  caseOutcomes,
  devices,
  fluidEntries,
  observations,
  postopAssessments,
  recordEvents,
  surgicalCases,
} from '../../db/schema';
import { computeIndicator } from '../../domain/quality/compute';
import type { CaseFacts } from '../../domain/quality/facts';
import { findIndicator } from '../../domain/quality/indicators';
import type { Edition } from '../../domain/quality/types';
import { CaseService } from '../registry/case.service';
import { PatientService } from '../registry/patient.service';
import { sampleCase, samplePatient } from '../testing/test-app';
import { createTestContext, type TestContext } from '../testing/test-context';
import { deriveCaseFacts } from './case-facts';

let t: TestContext;
let facts: CaseFacts[];
const ids = { a: '', b: '', c: '', outside: '' };
const d = (iso: string) => new Date(iso);
const ms = (iso: string) => Date.parse(iso);

async function newCase(n: number, overrides: Record<string, unknown>): Promise<string> {
  const surgeon = t.actor('surgeon');
  const patient = await new PatientService(t.ctx).create(
    surgeon,
    patientInput.parse(
      samplePatient({ mrn: `ZY2026000${n}`, idCard: null, phone: `1381234567${n}`, name: `病人${n}` }),
    ),
  );
  const c = await new CaseService(t.ctx).create(surgeon, caseInput.parse(sampleCase(patient.id, overrides)));
  await t.database.db.update(surgicalCases).set({ wardId: t.wardId }).where(eq(surgicalCases.id, c.id));
  return c.id;
}

const setCase = (id: string, values: Partial<typeof surgicalCases.$inferInsert>) =>
  t.database.db.update(surgicalCases).set(values).where(eq(surgicalCases.id, id));

async function record(caseId: string, values: Partial<typeof anesthesiaRecords.$inferInsert>) {
  const [c] = await t.database.db.select().from(surgicalCases).where(eq(surgicalCases.id, caseId));
  await t.database.db.insert(anesthesiaRecords).values({
    id: newId(),
    caseId,
    patientId: c!.patientId,
    status: 'signed',
    signedAt: d('2026-11-22T07:00:00Z'),
    ...values,
  });
  return c!.patientId;
}

const event = (caseId: string, code: string, at: string) =>
  t.database.db.insert(recordEvents).values({
    id: newId(),
    caseId,
    code,
    at: d(at),
    recordedBy: newId(),
    recordedAt: d(at),
  });

const temp = (caseId: string | null, deviceId: string | null, at: string, value: number) =>
  t.database.db.insert(observations).values({
    caseId,
    deviceId,
    param: 'temp',
    loinc: '8310-5',
    value,
    unit: 'Cel',
    observedAt: d(at),
    receivedAt: d(at),
    source: deviceId ? 'device' : 'manual',
  });

const visit = (caseId: string, patientId: string, signedAt: string) =>
  t.database.db.insert(assessmentVisits).values({
    id: newId(),
    caseId,
    patientId,
    revision: 1,
    status: 'signed',
    data: { asaClass: 3 },
    results: [],
    visitAt: d(signedAt),
    signedAt: d(signedAt),
  });

const outcome = (caseId: string, patientId: string, status: 'alive' | 'died', deathAt: string | null) =>
  t.database.db.insert(caseOutcomes).values({
    caseId,
    patientId,
    status,
    deathAt: deathAt ? d(deathAt) : null,
    source: 'hospital',
    decidedAt: d('2026-11-29T00:00:00Z'),
  });

beforeAll(async () => {
  t = await createTestContext();
  // A: GA with a double-lumen tube, hypothermic, 145 min in PACU, re-intubated, visited the day before, died.
  ids.a = await newCase(1, { scheduledStart: '2026-11-22T00:30:00Z' });
  await setCase(ids.a, {
    status: 'ward',
    inRoomAt: d('2026-11-22T00:40:00Z'),
    anesthesiaStartAt: d('2026-11-22T00:50:00Z'),
    surgeryStartAt: d('2026-11-22T01:10:00Z'),
    surgeryEndAt: d('2026-11-22T03:10:00Z'),
    anesthesiaEndAt: d('2026-11-22T03:20:00Z'),
    outOfRoomAt: d('2026-11-22T03:30:00Z'),
    pacuInAt: d('2026-11-22T03:35:00Z'),
    pacuOutAt: d('2026-11-22T06:00:00Z'),
    destination: 'ward',
    destinationAt: d('2026-11-22T06:10:00Z'),
  });
  const pa = await record(ids.a, {
    method: 'general_tube',
    details: { airway: '双腔支气管插管 37F', activeWarming: true },
    tempMode: 'continuous',
  });
  for (const [kind, volumeMl] of [
    ['red_cells', 400],
    ['autologous', 300],
  ] as const)
    await t.database.db.insert(fluidEntries).values({
      id: newId(),
      caseId: ids.a,
      direction: 'in',
      kind,
      volumeMl,
      at: d('2026-11-22T02:00:00Z'),
      recordedBy: newId(),
      recordedAt: d('2026-11-22T02:00:00Z'),
    });
  await event(ids.a, 'extubation', '2026-11-22T04:00:00Z');
  await event(ids.a, 'reintubation_unplanned', '2026-11-22T05:00:00Z');
  const monitor = newId();
  await t.database.db.insert(devices).values({
    id: monitor,
    vendor: 'mindray',
    model: 'BeneVision N17',
    identifier: 'MR-OR01-1',
    placeKind: 'or_room',
    placeCode: 'OR-01',
  });
  await temp(ids.a, null, '2026-11-22T00:00:00Z', 35.0); // on the ward before 入室: outside the window (D10)
  await temp(null, monitor, '2026-11-22T00:40:00Z', 36.5);
  await temp(null, monitor, '2026-11-22T01:00:00Z', 35.8);
  await temp(null, monitor, '2026-11-22T01:40:00Z', 35.6);
  await temp(null, monitor, '2026-11-22T02:00:00Z', 36.1);
  await temp(null, monitor, '2026-11-22T04:00:00Z', 35.0); // the room's monitor after 出室: not A's
  await temp(ids.a, null, '2026-11-22T03:40:00Z', 35.4); // first PACU temperature, bound to the case
  await visit(ids.a, pa, '2026-11-21T08:00:00Z');
  await outcome(ids.a, pa, 'died', '2026-11-22T20:00:00Z');
  await t.database.db.insert(postopAssessments).values({
    id: newId(),
    caseId: ids.a,
    patientId: pa,
    instrument: 'postanesthesia-visit',
    version: 'Periop 1',
    at: d('2026-11-22T10:00:00Z'),
    input: { awareness: false, hoarseness: true },
    result: {},
    complete: false,
    enteredBy: newId(),
    enteredAt: d('2026-11-22T10:00:00Z'),
  });

  // B: LMA, intermittent normothermia, no PACU, extubated, visit signed only after 入室, alive.
  ids.b = await newCase(2, { scheduledStart: '2026-11-23T00:30:00Z', orRoom: 'OR-02' });
  await setCase(ids.b, {
    status: 'ward',
    inRoomAt: d('2026-11-23T01:00:00Z'),
    anesthesiaStartAt: d('2026-11-23T01:10:00Z'),
    surgeryStartAt: d('2026-11-23T01:30:00Z'),
    surgeryEndAt: d('2026-11-23T02:30:00Z'),
    anesthesiaEndAt: d('2026-11-23T02:40:00Z'),
    outOfRoomAt: d('2026-11-23T03:00:00Z'),
    destination: 'ward',
    destinationAt: d('2026-11-23T03:10:00Z'),
  });
  const pb = await record(ids.b, {
    method: 'general_lma',
    details: { airway: '喉罩' },
    tempMode: 'intermittent',
  });
  await event(ids.b, 'extubation', '2026-11-23T02:50:00Z');
  await temp(ids.b, null, '2026-11-23T01:05:00Z', 36.4);
  await temp(ids.b, null, '2026-11-23T01:45:00Z', 36.6);
  await visit(ids.b, pb, '2026-11-23T01:00:00Z'); // at 入室: not before it (D19)
  await outcome(ids.b, pb, 'alive', null);

  // C: cancelled in the room before anesthesia.
  ids.c = await newCase(3, { scheduledStart: '2026-11-24T00:30:00Z' });
  await setCase(ids.c, {
    status: 'cancelled',
    inRoomAt: d('2026-11-24T00:40:00Z'),
    cancelledAt: d('2026-11-24T00:55:00Z'),
    cancelStage: 'after_room_before_anesthesia',
  });

  // Outside the period: in the room on 1 December, local time.
  ids.outside = await newCase(4, { scheduledStart: '2026-11-30T15:00:00Z' });
  await setCase(ids.outside, { inRoomAt: d('2026-11-30T16:00:00Z') });

  facts = await deriveCaseFacts(t.database.db, { from: '2026-11-01', to: '2026-12-01' });
});
afterAll(async () => t?.close());

const run = (edition: Edition, code: string) => {
  const ind = findIndicator(edition, code);
  if (!ind) throw new Error(code);
  return computeIndicator(ind, { cases: facts });
};
const byId = (id: string) => facts.find((f) => f.caseId === id)!;

describe('case facts of a period from Periop’s records', () => {
  it('takes the cases anchored in the period (D02), of the wards asked for', async () => {
    expect(facts.map((f) => f.caseId).sort()).toEqual([ids.a, ids.b, ids.c].sort());
    expect(await deriveCaseFacts(t.database.db, { from: '2026-12-01', to: '2027-01-01' })).toHaveLength(1);
    expect(
      await deriveCaseFacts(t.database.db, { from: '2026-11-01', to: '2026-12-01', wardIds: [t.wardId] }),
    ).toHaveLength(3);
    expect(
      await deriveCaseFacts(t.database.db, { from: '2026-11-01', to: '2026-12-01', wardIds: [newId()] }),
    ).toEqual([]);
  });

  it('maps the times, method, visit, PACU, temperature, re-intubation and death of a case', () => {
    const a = byId(ids.a);
    expect(a.times).toMatchObject({
      inRoomAt: ms('2026-11-22T00:40:00Z'),
      anesthesiaStartAt: ms('2026-11-22T00:50:00Z'),
      outOfRoomAt: ms('2026-11-22T03:30:00Z'),
    });
    expect(a.method).toEqual({ class: 'ga_airway', subtype: 'dlt', airway: 'dlt' });
    expect(a.urgency).toBe('elective');
    expect(a.asa).toBe(3);
    expect(a.activeWarming).toBe(true);
    expect(a.visitCompletedAt).toBe(ms('2026-11-21T08:00:00Z'));
    expect(a.pacu).toEqual({
      kind: 'stay',
      inAt: ms('2026-11-22T03:35:00Z'),
      outAt: ms('2026-11-22T06:00:00Z'),
      firstTempC: 35.4,
    });
    // 35.8 at 01:00 until 36.1 at 02:00 (D08); the ward reading and the monitor's after 出室 are not A's.
    expect(a.temperature).toEqual({ mode: 'continuous', readings: 5, longestLowRunMinutes: 60 });
    expect(a.extubation).toEqual({
      kind: 'extubated',
      at: ms('2026-11-22T04:00:00Z'),
      reintubation: { kind: 'unplanned', at: ms('2026-11-22T05:00:00Z'), dueToReoperation: null },
    });
    expect(a.cardiacArrest).toEqual({ kind: 'none' });
    expect(a.hoarseness72h).toBe(true);
    expect(a.awareness).toBe(false);
    expect(a.neuroDeficit72h).toBeNull();
    expect(a.therapeuticCooling).toBeNull();
    expect(a.death).toEqual({ kind: 'dead', at: ms('2026-11-22T20:00:00Z') });
    const b = byId(ids.b);
    expect(b.pacu).toEqual({ kind: 'none' });
    expect(b.temperature).toEqual({ mode: 'intermittent', readings: 2, longestLowPairGapMinutes: 0 });
    expect(b.extubation).toEqual({
      kind: 'extubated',
      at: ms('2026-11-23T02:50:00Z'),
      reintubation: { kind: 'none' },
    });
    expect(byId(ids.c).status).toEqual({ kind: 'cancelled', stage: 'after_room_before_anesthesia' });
    // No record, no outcome: unknown, never "no" (D04).
    expect(byId(ids.c)).toMatchObject({
      temperature: null,
      method: null,
      cardiacArrest: null,
      extubation: null,
      dentalInjury: null,
      death: null,
      pacu: { kind: 'none' },
    });
  });

  it('counts the time-anchor and cancellation indicators (D01, D20)', () => {
    expect(run('2022', 'AQI-CRB-05')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(run('2022', 'AQI-CRA-06')).toMatchObject({ numerator: 0, denominator: 2 });
  });

  it('counts hypothermia, unknown cooling leaving the hypothermic case missing (D08–D11)', () => {
    expect(run('2022', 'AQI-IHT-10')).toMatchObject({ numerator: 0, denominator: 1, missing: 1 });
    expect(run('2022', 'AQI-IHP-17')).toMatchObject({ numerator: 1, denominator: 1, missing: 0 });
  });

  it('counts PACU delay > 2 h in 2022 but not > 3 h in 2015 (D16)', () => {
    expect(run('2022', 'AQI-IDP-18')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(run('2015', '2015-06')).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('counts the re-intubation in 2015, missing in 2022 without the reoperation flag (D15)', () => {
    expect(run('2022', 'AQI-IUR-19')).toMatchObject({ numerator: 0, denominator: 1, missing: 1 });
    expect(run('2015', '2015-09')).toMatchObject({ numerator: 1, denominator: 2, missing: 0 });
  });

  it('counts a visit signed before 入室 only (D19)', () => {
    expect(run('2022', 'AQI-PVR-04')).toMatchObject({ numerator: 1, denominator: 2, missing: 0 });
  });

  it('counts the blood given on the signed record (D22)', () => {
    expect(byId(ids.a)).toMatchObject({ autologousMl: 300, allogeneicMl: 400 });
    expect(byId(ids.b)).toMatchObject({ autologousMl: 0, allogeneicMl: 0 });
    expect(byId(ids.c)).toMatchObject({ autologousMl: null, allogeneicMl: null });
    expect(run('2022', 'AQI-ATR-09')).toMatchObject({ numerator: 1, denominator: 1, missing: 0 });
    expect(run('2015', '2015-12')).toMatchObject({ numerator: 0, denominator: 1, missing: 0 });
  });

  it('counts the death within 24 h (D17)', () => {
    expect(run('2022', 'AQI-TPM-25')).toMatchObject({ numerator: 1, denominator: 2, missing: 0 });
    expect(run('2015', '2015-10')).toMatchObject({ numerator: 1, denominator: 2, missing: 0 });
  });
});
