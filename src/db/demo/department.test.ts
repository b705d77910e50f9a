import { describe, expect, it } from 'vitest';
import { isValidIdCard } from '../../domain/registry/id-card';
import { DEMO_FIXTURES, type DemoCase, generateDemo, localDayStart } from './department';

const ZONE = 'Asia/Shanghai';
const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE });
const localDate = (d: Date) => dateFormat.format(d);
/** Minutes after local midnight of `day` (Shanghai has no DST). */
const minuteOf = (day: string, at: Date) => (at.getTime() - Date.parse(`${day}T00:00:00+08:00`)) / 60_000;
const IN_ROOM = ['in_room', 'anesthesia_start', 'surgery_start', 'surgery_end', 'anesthesia_end'];
const AFTER_ROOM = ['out_of_room', 'pacu_in', 'pacu_out', 'ward', 'icu'];

const byRoom = (list: DemoCase[]) => {
  const rooms = new Map<string, DemoCase[]>();
  for (const c of list) rooms.set(c.orRoom, [...(rooms.get(c.orRoom) ?? []), c]);
  return [...rooms.values()];
};

/** Where a case holds its room: from entry to exit (or cancellation), as planned. */
const occupancy = (c: DemoCase) =>
  c.plan.in_room ? [c.plan.in_room.getTime(), (c.plan.out_of_room ?? c.plan.cancelled)!.getTime()] : null;

describe.each([
  ['03:00 (night)', '2026-11-21T19:00:00Z', '2026-11-21', false],
  ['08:05', '2026-11-22T00:05:00Z', '2026-11-22', true],
  ['10:00', '2026-11-22T02:00:00Z', '2026-11-22', true],
  ['13:00', '2026-11-22T05:00:00Z', '2026-11-22', true],
  ['17:55', '2026-11-22T09:55:00Z', '2026-11-22', true],
  ['23:45 (evening)', '2026-11-22T15:45:00Z', '2026-11-22', false],
])('the demo day generated at %s site time', (_label, iso, shownDay, live) => {
  const now = new Date(iso);
  const demo = generateDemo({ seed: 2026, cases: 3000, now, timeZone: ZONE });
  const shown = demo.cases.filter((c) => localDate(c.scheduledStart) === shownDay);
  const nextDay = localDate(demo.day.listDays[0]!);
  const next = demo.cases.filter((c) => localDate(c.scheduledStart) === nextDay);

  it('shows the working day it should, with a full list in every room', () => {
    expect(localDate(demo.day.shownDay)).toBe(shownDay);
    expect(demo.day.live).toBe(live);
    expect(new Set(shown.map((c) => c.orRoom)).size).toBe(8);
    expect(shown.length).toBeGreaterThanOrEqual(16);
  });

  it('keeps every time of the shown day within 07:30–19:00 site time, first cases from 08:00', () => {
    for (const c of shown) {
      for (const at of [c.scheduledStart, ...Object.values(c.times)]) {
        expect(minuteOf(shownDay, at)).toBeGreaterThanOrEqual(7 * 60 + 30);
        expect(minuteOf(shownDay, at)).toBeLessThanOrEqual(19 * 60);
      }
    }
    const firstEntries = byRoom(shown.filter((c) => c.times.in_room)).map((list) =>
      Math.min(...list.map((c) => minuteOf(shownDay, c.times.in_room!))),
    );
    if (!live) for (const m of firstEntries) expect(m).toBeGreaterThanOrEqual(8 * 60);
    const startingOnTime = firstEntries.filter((m) => m >= 8 * 60 && m <= 8 * 60 + 55);
    expect(startingOnTime.length).toBeGreaterThanOrEqual(live && now.getUTCHours() === 0 ? 0 : 5);
  });

  it('never has two patients in one room: cases follow each other with a turnover', () => {
    for (const day of [shown, next]) {
      for (const list of byRoom(day.filter(occupancy))) {
        const spans = list.map(occupancy).sort((a, b) => a![0]! - b![0]!);
        for (let i = 1; i < spans.length; i++)
          expect(spans[i]![0]! - spans[i - 1]![1]!).toBeGreaterThanOrEqual(20 * 60_000);
      }
    }
  });

  it('has only what has happened by now, each history in order', () => {
    // Checked in plain code and asserted once: 25,000 events.
    const wrong: string[] = [];
    const last = new Map<string, number>();
    for (const e of demo.events) {
      const at = e.occurredAt.getTime();
      if (at > now.getTime() || e.recordedAt > now || e.recordedAt < e.occurredAt)
        wrong.push(`event ${e.id}`);
      if (at < (last.get(e.caseId) ?? 0)) wrong.push(`order ${e.caseId}`);
      last.set(e.caseId, at);
    }
    for (const a of demo.admissions) if (a.admittedAt > now) wrong.push(`admission ${a.id}`);
    for (const c of demo.cases)
      for (const [status, at] of Object.entries(c.plan))
        if (at <= now && c.times[status as keyof DemoCase['times']]?.getTime() !== at.getTime())
          wrong.push(`case ${c.id} ${status}`);
    expect(wrong).toEqual([]);
  });

  it('schedules the next day’s list, the fixture patient OR-01’s next case', () => {
    expect(next.length).toBeGreaterThanOrEqual(16);
    for (const c of next) expect(c.status).toBe('scheduled');
    const fixture = demo.patients.find((p) => p.mrn === DEMO_FIXTURES.patientMrn)!;
    const fixtureCase = demo.cases.find((c) => c.patientId === fixture.id)!;
    expect(fixtureCase).toMatchObject({ status: 'scheduled', orRoom: DEMO_FIXTURES.room });
    expect(localDate(fixtureCase.scheduledStart)).toBe(live ? shownDay : nextDay);
    // The first scheduled case of the board's first room; once it is in, the next one is in a free room.
    const or01 = (live ? shown : next).filter((c) => c.orRoom === 'OR-01' && c.status === 'scheduled');
    expect(or01.map((c) => c.id)).toEqual([fixtureCase.id]);
  });

  if (!live)
    it('has finished the shown day: every case on the ward, in the ICU or cancelled', () => {
      const statuses = new Set(shown.map((c) => c.status));
      expect([...statuses].filter((s) => !['ward', 'icu', 'cancelled'].includes(s))).toEqual([]);
      expect(statuses.has('ward')).toBe(true);
      expect(shown.filter((c) => c.status === 'cancelled').map((c) => c.cancelStage)).toEqual(
        expect.arrayContaining(['before_room', 'after_room_before_anesthesia']),
      );
    });

  if (live)
    it('runs around now: finished cases earlier, patients in rooms, the rest later; OR-01 and OR-02 between cases', () => {
      const statuses = new Set(shown.map((c) => c.status));
      expect(statuses.has('scheduled')).toBe(true);
      expect(statuses.has('cancelled')).toBe(true);
      if (now.getUTCHours() >= 2 && now.getUTCHours() < 9) {
        expect(shown.some((c) => IN_ROOM.includes(c.status))).toBe(true);
        expect(shown.some((c) => AFTER_ROOM.includes(c.status))).toBe(true);
      }
      for (const c of shown.filter((x) => x.status === 'scheduled')) expect(c.plan.in_room! > now).toBe(true);
      for (const room of ['OR-01', 'OR-02']) {
        const there = shown.filter((c) => c.orRoom === room && IN_ROOM.includes(c.status));
        expect(there, room).toEqual([]);
        expect(
          shown.some((c) => c.orRoom === room && c.status === 'scheduled'),
          room,
        ).toBe(true);
      }
      // The fixture is OR-01's next and last case: whoever takes the first scheduled case of the day's
      // first room finds the room free, and the next one is in OR-02, free too.
      const or01 = shown.filter((c) => c.orRoom === 'OR-01' && c.status === 'scheduled');
      expect(or01.map((c) => demo.patients.find((p) => p.id === c.patientId)!.name)).toEqual([
        DEMO_FIXTURES.patientName,
      ]);
    });
});

describe('the demo day in the middle of the afternoon', () => {
  const now = new Date('2026-11-22T05:00:00Z');
  const demo = generateDemo({ seed: 2026, cases: 3000, now, timeZone: ZONE });
  const today = demo.cases.filter((c) => localDate(c.scheduledStart) === '2026-11-22');

  it('has cases in most states at once', () => {
    const statuses = new Set(today.map((c) => c.status));
    expect(statuses.size).toBeGreaterThanOrEqual(5);
  });

  it('has at most one patient in each operating room', () => {
    const inRoom = demo.cases.filter((c) => IN_ROOM.includes(c.status));
    expect(inRoom.length).toBeGreaterThan(0);
    expect(new Set(inRoom.map((c) => c.orRoom)).size).toBe(inRoom.length);
  });

  it('never puts two open admissions in one bed', () => {
    const open = demo.admissions.filter((a) => a.dischargedAt === null && a.bedId !== null);
    expect(open.length).toBeGreaterThan(60);
    expect(new Set(open.map((a) => a.bedId)).size).toBe(open.length);
  });
});

describe('demo department contents', () => {
  const now = new Date('2026-11-22T05:00:00Z');
  const demo = generateDemo({ seed: 2026, cases: 3000, now, timeZone: ZONE });

  it('is deterministic for a seed and a clock', () => {
    const again = generateDemo({ seed: 2026, cases: 3000, now, timeZone: ZONE });
    expect(again.cases.map((c) => [c.id, c.status, c.procedureCode, c.times])).toEqual(
      demo.cases.map((c) => [c.id, c.status, c.procedureCode, c.times]),
    );
    expect(generateDemo({ seed: 7, cases: 300, now, timeZone: ZONE }).patients[0]!.name).not.toBe(undefined);
  });

  it('has 3 wards, 120 beds, about 3,000 cases over 12 months, and the realistic mix', () => {
    expect(demo.wards).toHaveLength(3);
    expect(demo.beds).toHaveLength(120);
    expect(demo.cases.length).toBeGreaterThanOrEqual(3000);
    expect(demo.cases.length).toBeLessThan(3100);
    const first = Math.min(...demo.cases.map((c) => c.scheduledStart.getTime()));
    expect(now.getTime() - first).toBeGreaterThan(330 * 86_400_000);
    const share = (p: (c: (typeof demo.cases)[number]) => boolean) =>
      demo.cases.filter(p).length / demo.cases.length;
    expect(share((c) => c.grade === 4)).toBeGreaterThan(0.45);
    expect(share((c) => c.approach === 'robotic')).toBeGreaterThan(0.05);
    expect(share((c) => c.approach === 'ablation')).toBeGreaterThan(0.05);
    expect(share((c) => c.diagnosisCode.startsWith('C15'))).toBeGreaterThan(0.2);
    expect(share((c) => c.urgency === 'emergency')).toBeGreaterThan(0.01);
    const outside = demo.patients.filter((p) => p.province !== '山西省').length / demo.patients.length;
    expect(outside).toBeGreaterThanOrEqual(0.2);
    expect(outside).toBeLessThanOrEqual(0.3);
  });

  it('runs the year evenly up to the shown day: every working day of the last weeks has cases', () => {
    for (let d = 1; d <= 21; d++) {
      const day = new Date(Date.parse('2026-11-22T04:00:00Z') - d * 86_400_000);
      const weekday = day.getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const count = demo.cases.filter((c) => localDate(c.scheduledStart) === localDate(day)).length;
      expect(count, localDate(day)).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives unique MRNs and valid ID numbers, and includes the fixture patient', () => {
    expect(new Set(demo.patients.map((p) => p.mrn)).size).toBe(demo.patients.length);
    for (const p of demo.patients) if (p.idCard) expect(isValidIdCard(p.idCard)).toBe(true);
    const fixture = demo.patients.find((p) => p.mrn === DEMO_FIXTURES.patientMrn)!;
    expect(fixture).toMatchObject({ name: '张三', nameInitials: 'zs' });
  });

  it('finds local midnight in the site time zone', () => {
    expect(localDayStart(new Date('2026-11-22T05:00:00Z'), ZONE).toISOString()).toBe(
      '2026-11-21T16:00:00.000Z',
    );
    expect(localDayStart(new Date('2026-11-21T16:00:00Z'), ZONE).toISOString()).toBe(
      '2026-11-21T16:00:00.000Z',
    );
    expect(localDayStart(new Date('2026-11-21T15:59:59Z'), ZONE).toISOString()).toBe(
      '2026-11-20T16:00:00.000Z',
    );
  });
});
