import { describe, expect, it } from 'vitest';
import { drugDef } from '../../domain/anesthesia/drug-catalogue';
import { recordTimeProblem } from '../../domain/anesthesia/record-time';
import {
  CHECKLIST,
  type ChecklistPhase,
  eventDef,
  FLUIDS_IN,
  FLUIDS_OUT,
  phaseComplete,
} from '../../domain/anesthesia/record-vocabulary';
import { signingMissing, visitData } from '../../domain/assessment/visit';
import { PARAMETERS } from '../../domain/interop/parameters';
import { caseFiles } from './case-files';
import { generateDemo } from './department';

const ZONE = 'Asia/Shanghai';
const MINUTE = 60_000;
const GATED: [ChecklistPhase, 'anesthesia_start' | 'surgery_start' | 'out_of_room'][] = [
  ['sign_in', 'anesthesia_start'],
  ['time_out', 'surgery_start'],
  ['sign_out', 'out_of_room'],
];

describe.each([
  ['03:00', '2026-11-21T19:00:00Z'],
  ['10:00', '2026-11-22T02:00:00Z'],
  ['15:30', '2026-11-22T07:30:00Z'],
])('the case files of the demo loaded at %s site time', (_label, iso) => {
  const now = new Date(iso);
  const demo = generateDemo({ seed: 2026, cases: 3000, now, timeZone: ZONE });
  const files = caseFiles(demo, now, ZONE);
  const shown = files.filter(
    (f) => f.c.scheduledStart >= demo.day.shownDay && f.c.scheduledStart < demo.day.listDays[0]!,
  );

  it('charts each record with known drugs, fluids and events, at times the record accepts', () => {
    const records = files.filter((f) => f.record);
    expect(records.length).toBeGreaterThan(20);
    for (const { c, record, readings } of records) {
      const r = record!;
      expect(readings.length, c.id).toBeGreaterThan(0);
      const when = { inRoomAt: c.times.in_room!.getTime(), scheduledStart: c.scheduledStart.getTime() };
      for (const e of r.events) {
        expect(eventDef(e.code), e.code).toBeTruthy();
        if (e.code === 'custom') expect(e.text).toBeTruthy();
      }
      for (const d of r.drugs) {
        const def = drugDef(d.drug)!;
        expect(def, d.drug).toBeTruthy();
        expect(d.unit).toBe(d.kind === 'infusion' ? `${def.unit}/h` : def.unit);
        expect(d.kind === 'bolus' ? d.dose : d.rate).toBeGreaterThan(0);
        if (d.endAt) expect(d.endAt > d.startAt).toBe(true);
      }
      for (const f of r.fluids) {
        expect((f.direction === 'in' ? FLUIDS_IN : FLUIDS_OUT) as readonly string[]).toContain(f.kind);
        expect(f.volumeMl).toBeGreaterThan(0);
      }
      const entries = [
        ...r.events.map((e) => [e.at, e.recordedAt] as const),
        ...r.drugs.map((d) => [d.startAt, d.recordedAt] as const),
        ...r.fluids.map((f) => [f.at, f.recordedAt] as const),
      ];
      for (const [at, recordedAt] of entries) {
        expect(recordTimeProblem(at.getTime(), when, now.getTime())).toBeNull();
        expect(at.getTime()).toBeGreaterThanOrEqual(when.inRoomAt - MINUTE);
        expect(recordedAt >= at).toBe(true);
        expect(recordedAt <= (r.signedAt ?? now)).toBe(true);
      }
    }
  });

  it('answers each checklist phase in full before the step it gates, for every case that has passed it', () => {
    for (const { c, record } of files.filter((f) => f.record)) {
      const answers = new Map(record!.checklist.map((a) => [`${a.phase}.${a.item}`, a.answer]));
      for (const [phase, step] of GATED) {
        const at = c.times[step];
        if (!at) continue;
        expect(phaseComplete(phase, answers), `${c.id} ${phase}`).toBe(true);
        for (const a of record!.checklist.filter((x) => x.phase === phase)) expect(a.at <= at).toBe(true);
      }
      expect(record!.checklist.every((a) => CHECKLIST[a.phase].items.some((i) => i.code === a.item))).toBe(
        true,
      );
    }
  });

  it('signs the record of every case out of the room, and leaves the ones in a room open', () => {
    for (const { c, record } of shown.filter((f) => f.c.times.in_room)) {
      expect(record, c.id).toBeTruthy();
      if (c.times.out_of_room) {
        expect(record!.signedAt! >= c.times.out_of_room).toBe(true);
        expect(record!.signedAt! <= now).toBe(true);
        expect(record!.drugs.length).toBeGreaterThanOrEqual(3);
      } else expect(record!.signedAt).toBeNull();
      if (c.times.pacu_out) expect(record!.aldrete).toHaveLength(2);
    }
  });

  it('holds a finished, signed case of about eight hours in the room on a day before the shown day', () => {
    const long = files.filter(
      (f) =>
        f.c.scheduledStart < demo.day.shownDay &&
        f.record &&
        f.c.times.out_of_room &&
        f.c.times.out_of_room.getTime() - f.c.times.in_room!.getTime() >= 7.5 * 60 * MINUTE,
    );
    expect(long.length).toBeGreaterThan(0);
    for (const { record, readings } of long) {
      expect(record?.signedAt).toBeTruthy();
      expect(readings.length).toBeGreaterThan(0);
    }
  });

  it('gives each case in a room its monitor history since room entry, within the alert limits', () => {
    for (const { c, readings } of shown.filter((f) => f.c.times.in_room)) {
      const hr = readings.filter((r) => r.param === 'hr');
      expect(hr.length, c.id).toBeGreaterThan(0);
      expect(hr[0]!.t - c.times.in_room!.getTime()).toBeLessThan(MINUTE);
      const end = (c.times.out_of_room ?? c.times.cancelled ?? now).getTime();
      expect(end - hr.at(-1)!.t).toBeLessThanOrEqual(MINUTE);
      for (const r of readings) {
        expect(r.value).toBeGreaterThanOrEqual(PARAMETERS[r.param].min);
        expect(r.value).toBeLessThanOrEqual(PARAMETERS[r.param].max);
        if (r.param === 'art_mean' || r.param === 'nibp_mean') expect(r.value).toBeGreaterThanOrEqual(65);
        if (r.param === 'spo2') expect(r.value).toBeGreaterThanOrEqual(90);
        if (r.param === 'temp') expect(r.value).toBeGreaterThanOrEqual(36);
      }
    }
  });

  it('gives the visits the form accepts and signing needs, seen before the patient came in', () => {
    const visits = files.filter((f) => f.visit);
    expect(visits.length).toBeGreaterThan(20);
    for (const { c, visit } of visits) {
      expect(visitData.safeParse(visit!.data).error).toBeUndefined();
      expect(signingMissing(visit!.data)).toEqual([]);
      expect(visit!.signedAt <= now).toBe(true);
      if (c.times.in_room) expect(visit!.late).toBe(false);
    }
    for (const { c, visit } of shown.filter((f) => f.c.times.in_room && f.c.status !== 'cancelled'))
      expect(visit, c.id).toBeTruthy();
  });
});
