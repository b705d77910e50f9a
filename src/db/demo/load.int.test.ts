import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST, CHECKLIST_PHASES } from '../../domain/anesthesia/record-vocabulary';
import { caseMinuteSpans, caseReadingSeries } from '../anesthesia/reading.repo';
import { casesDueForOutcome } from '../complications/outcome.repo';
import { rows } from '../rows';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { isEmptyDatabase, seedDemo } from './load';
import { staffAccounts } from './staff';

const ZONE = 'Asia/Shanghai';
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('loading the demo department', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  it('fills an empty database with accounts, wards, patients, cases and their history', async () => {
    expect(await isEmptyDatabase(database.db)).toBe(true);
    const progress: number[] = [];
    const summary = await seedDemo(database, {
      cases: 300,
      seed: 11,
      now: new Date('2026-11-22T05:00:00Z'),
      onProgress: (done) => progress.push(done),
    });
    expect(await isEmptyDatabase(database.db)).toBe(false);
    expect(progress.at(-1)).toBe(summary.patients + summary.admissions + summary.cases + summary.events);
    const [counts] = await rows<Record<string, number>>(
      database.db,
      sql`select (select count(*)::int from users) as users, (select count(*)::int from wards) as wards,
                 (select count(*)::int from beds) as beds, (select count(*)::int from or_rooms) as rooms,
                 (select count(*)::int from patients) as patients, (select count(*)::int from surgical_cases) as cases,
                 (select count(*)::int from case_events) as events,
                 (select count(*)::int from surgical_cases where cardinality(assistants) = 0) as no_assistants,
                 (select count(*)::int from anesthesia_records) as records,
                 (select count(*)::int from assessment_visits) as visits,
                 (select count(*)::int from followup_tasks) as tasks`,
    );
    expect(counts).toMatchObject({
      users: 8 + staffAccounts().accounts.length,
      wards: 3,
      beds: 160,
      rooms: 8,
      patients: summary.patients,
      cases: summary.cases,
      events: summary.events,
      no_assistants: 0,
      records: summary.files.records,
      visits: summary.files.visits,
      tasks: summary.files.followupTasks,
    });
    // The bed pool: every bed in a room, one live stay per admission, no bed held twice at once, nobody in a
    // room of the other sex.
    const [pool] = await rows<Record<string, number>>(
      database.db,
      sql`select (select count(*)::int from beds where room_id is null) as roomless,
                 (select count(*)::int from bed_stays) - (select count(*)::int from admissions) as stays_minus_admissions,
                 (select count(*)::int from bed_stays a join bed_stays b on a.bed_id = b.bed_id and a.id < b.id
                    and a.from_at < coalesce(b.to_at, 'infinity') and b.from_at < coalesce(a.to_at, 'infinity')) as overlaps,
                 (select count(*)::int from bed_stays s join beds d on d.id = s.bed_id join bed_rooms r on r.id = d.room_id
                    join patients p on p.id = s.patient_id where r.sex <> 'mixed' and r.sex <> p.sex) as wrong_sex,
                 (select count(*)::int from bed_requests where status = 'waiting') as waiting,
                 (select count(*)::int from bed_requests r join surgical_cases c on c.id = r.case_id
                    where c.admission_id is null and c.status = 'scheduled') as booked`,
    );
    expect(pool).toMatchObject({ roomless: 0, stays_minus_admissions: 0, overlaps: 0, wrong_sex: 0 });
    // Five booked by hand for today and tomorrow, and every case of the lists from the day after tomorrow.
    expect(pool?.waiting).toBe(5 + (pool?.booked ?? Number.NaN));
    const roles = await rows<{ username: string; role: string; all_wards: boolean }>(
      database.db,
      sql`select username, role, all_wards from users
          where username in ('admin', 'anesthesia', 'auditor', 'followup', 'nurse', 'quality', 'secadmin', 'surgeon')
          order by username`,
    );
    // One login per administrator of 三员分立, none of them with patient data; clinicians see the department.
    expect(roles).toEqual([
      { username: 'admin', role: 'admin', all_wards: false },
      { username: 'anesthesia', role: 'anesthesiologist', all_wards: true },
      { username: 'auditor', role: 'auditor', all_wards: false },
      { username: 'followup', role: 'followup', all_wards: true },
      { username: 'nurse', role: 'nurse', all_wards: true },
      { username: 'quality', role: 'quality', all_wards: true },
      { username: 'secadmin', role: 'secadmin', all_wards: false },
      { username: 'surgeon', role: 'surgeon', all_wards: true },
    ]);
    // Coded data and staff: every case's codes in the active dictionaries, its surgeon an account
    // authorised for its grade, two theatre nurses; every cancellation with its coded reason.
    const [coding] = await rows<Record<string, number>>(
      database.db,
      sql`select
            (select count(*)::int from surgical_cases c where not exists (select 1 from code_dictionary d
               where d.kind = 'diagnosis' and d.code = c.diagnosis_code and d.active)) as unknown_diagnoses,
            (select count(*)::int from surgical_cases c where not exists (select 1 from code_dictionary d
               where d.kind = 'procedure' and d.code = c.procedure_code and d.active)) as unknown_procedures,
            (select count(*)::int from surgical_cases c left join users u on u.id = c.surgeon_user_id
               where u.id is null or u.display_name <> c.surgeon or coalesce(u.surgical_grade, 0) < c.grade) as unauthorised,
            (select count(*)::int from surgical_cases where cardinality(nurses) <> 2) as without_nurses,
            (select count(*)::int from surgical_cases where status = 'cancelled' and cancel_reason_code is null) as uncoded`,
    );
    expect(coding).toEqual({
      unknown_diagnoses: 0,
      unknown_procedures: 0,
      unauthorised: 0,
      without_nurses: 0,
      uncoded: 0,
    });
    const [surgeonLogin] = await rows<{ surgical_grade: number }>(
      database.db,
      sql`select surgical_grade from users where username = 'surgeon'`,
    );
    expect(surgeonLogin!.surgical_grade).toBe(4);
    // Each case's status time matches its last recorded event.
    const [mismatch] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from surgical_cases c
          where c.status = 'in_room' and c.in_room_at is distinct from
            (select max(occurred_at) from case_events e where e.case_id = c.id)`,
    );
    expect(mismatch!.n).toBe(0);
  });
});

type DayCase = {
  id: string;
  or_room: string;
  status: string;
  scheduled_start: string;
  in_room_at: string | null;
  anesthesia_start_at: string | null;
  surgery_start_at: string | null;
  surgery_end_at: string | null;
  anesthesia_end_at: string | null;
  out_of_room_at: string | null;
  pacu_in_at: string | null;
  pacu_out_at: string | null;
  destination_at: string | null;
  cancelled_at: string | null;
};
const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const TIMES = [
  'scheduled_start',
  'in_room_at',
  'anesthesia_start_at',
  'surgery_start_at',
  'surgery_end_at',
  'anesthesia_end_at',
  'out_of_room_at',
  'pacu_in_at',
  'pacu_out_at',
  'destination_at',
  'cancelled_at',
] as const;
// The one-tap events that carry the case's status times.
const STATUS_EVENTS = {
  in_room: 'in_room_at',
  anesthesia_start: 'anesthesia_start_at',
  incision: 'surgery_start_at',
  surgery_end: 'surgery_end_at',
  anesthesia_end: 'anesthesia_end_at',
  out_of_room: 'out_of_room_at',
} as const;
const GATES = {
  sign_in: 'anesthesia_start_at',
  time_out: 'surgery_start_at',
  sign_out: 'out_of_room_at',
} as const;

describe.each([
  ['03:00', '2026-11-21T19:00:00Z', '2026-11-21'],
  ['10:00', '2026-11-22T02:00:00Z', '2026-11-22'],
])('the demo loaded at %s site time', (_label, iso, shownDay) => {
  const now = new Date(iso);
  let database: TestDatabase;
  let day: DayCase[];
  beforeAll(async () => {
    database = await createTestDatabase();
    // Enough cases a day for the follow-up nurse to have calls still open.
    await seedDemo(database, { cases: 1000, seed: 2026, now, timeZone: ZONE });
    day = await rows<DayCase>(
      database.db,
      sql`select id, or_room, status, ${sql.raw(TIMES.join(', '))} from surgical_cases
          where (scheduled_start at time zone ${ZONE})::date = ${shownDay}::date order by or_room, scheduled_start`,
    );
  });
  afterAll(async () => database?.close());
  const dayStart = Date.parse(`${shownDay}T00:00:00+08:00`);

  it('shows a plausible day on the OR board: 07:30–19:00, one patient per room, a turnover between them', () => {
    expect(day.length).toBeGreaterThanOrEqual(16);
    expect(new Set(day.map((c) => c.or_room)).size).toBe(8);
    for (const c of day)
      for (const t of TIMES) {
        const at = ms(c[t]);
        if (at === null) continue;
        expect(at - dayStart, `${c.or_room} ${t}`).toBeGreaterThanOrEqual(7.5 * 60 * MINUTE);
        expect(at - dayStart, `${c.or_room} ${t}`).toBeLessThanOrEqual(19 * 60 * MINUTE);
        expect(at, t).toBeLessThanOrEqual(t === 'scheduled_start' ? Number.POSITIVE_INFINITY : now.getTime());
      }
    for (const room of new Set(day.map((c) => c.or_room))) {
      const spans = day
        .filter((c) => c.or_room === room && c.in_room_at)
        .map((c) => [ms(c.in_room_at)!, ms(c.out_of_room_at ?? c.cancelled_at) ?? now.getTime()] as const)
        .sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++)
        expect(spans[i]![0] - spans[i - 1]![1]).toBeGreaterThanOrEqual(20 * MINUTE);
    }
  });

  it('gives every finished case a signed record with drugs, fluids, the events at its times and the three checklists', async () => {
    // A case cancelled in the theatre has left it too (出室 = the cancellation), but has no finished record.
    const finished = day.filter((c) => c.out_of_room_at && !c.cancelled_at);
    expect(finished.length).toBeGreaterThan(0);
    for (const c of finished) {
      const [record] = await rows<{ status: string; signed_at: string; method: string | null }>(
        database.db,
        sql`select status, signed_at, method from anesthesia_records where case_id = ${c.id}::uuid`,
      );
      expect(record, c.id).toMatchObject({ status: 'signed' });
      expect(record!.method).toBeTruthy();
      expect(ms(record!.signed_at)!).toBeGreaterThanOrEqual(ms(c.out_of_room_at)!);
      const [n] = await rows<{ drugs: number; fluids: number }>(
        database.db,
        sql`select (select count(*)::int from drug_entries where case_id = ${c.id}::uuid) as drugs,
                   (select count(*)::int from fluid_entries where case_id = ${c.id}::uuid) as fluids`,
      );
      expect(n!.drugs).toBeGreaterThanOrEqual(3);
      expect(n!.fluids).toBeGreaterThanOrEqual(1);
      const events = await rows<{ code: string; at: string }>(
        database.db,
        sql`select code, at from record_events where case_id = ${c.id}::uuid`,
      );
      for (const [code, column] of Object.entries(STATUS_EVENTS))
        expect(
          events.filter((e) => e.code === code).map((e) => ms(e.at)),
          code,
        ).toEqual([ms(c[column])]);
      const answers = await rows<{ phase: keyof typeof GATES; n: number; last: string }>(
        database.db,
        sql`select phase, count(*)::int as n, max(answered_at) as last from checklist_answers
            where case_id = ${c.id}::uuid group by phase`,
      );
      expect(answers.map((a) => a.phase).sort()).toEqual([...CHECKLIST_PHASES].sort());
      for (const a of answers) {
        expect(a.n).toBe(CHECKLIST[a.phase].items.length);
        expect(ms(a.last)!, a.phase).toBeLessThanOrEqual(ms(c[GATES[a.phase]])!);
      }
      const [visit] = await rows<{ status: string; visit_at: string; late: boolean }>(
        database.db,
        sql`select status, visit_at, late from assessment_visits where case_id = ${c.id}::uuid`,
      );
      expect(visit, 'visit').toMatchObject({ status: 'signed', late: false });
      if (c.pacu_out_at) {
        const [pacu] = await rows<{ aldrete: number; temps: number }>(
          database.db,
          sql`select (select count(*)::int from postop_assessments where case_id = ${c.id}::uuid and instrument = 'aldrete') as aldrete,
                     (select count(*)::int from observations where case_id = ${c.id}::uuid and param = 'temp') as temps`,
        );
        expect(pacu).toEqual({ aldrete: 2, temps: 1 });
      }
    }
  });

  it('has each case’s monitor history from room entry to exit (or now), in the chart’s minutes too', async () => {
    const roomed = day.filter((c) => c.in_room_at);
    for (const c of roomed) {
      const series = await caseReadingSeries(database.db, c.id, { params: ['hr'] });
      const hr = series.find((s) => s.param === 'hr');
      expect(hr, c.id).toBeTruthy();
      const end = ms(c.out_of_room_at ?? c.cancelled_at) ?? now.getTime();
      expect(hr!.t[0]! - ms(c.in_room_at)!).toBeLessThan(2 * MINUTE);
      expect(end - hr!.t.at(-1)!).toBeLessThan(2 * MINUTE);
      const spans = await caseMinuteSpans(
        database.db,
        {
          id: c.id,
          inRoomAt: new Date(c.in_room_at!),
          outOfRoomAt: c.out_of_room_at ? new Date(c.out_of_room_at) : null,
        },
        { from: null, to: now },
      );
      expect(spans.find((s) => s.param === 'hr')!.spans.length).toBeGreaterThan(hr!.t.length / 2);
    }
    const running = day.filter((c) => c.in_room_at && !c.out_of_room_at && !c.cancelled_at);
    if (shownDay === '2026-11-22') expect(running.length).toBeGreaterThan(0);
    for (const c of running) {
      const [record] = await rows<{ status: string }>(
        database.db,
        sql`select status from anesthesia_records where case_id = ${c.id}::uuid`,
      );
      expect(record).toEqual({ status: 'draft' });
    }
  });

  it('keeps every gated step behind its completed checklist, running cases included', async () => {
    const [ungated] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from surgical_cases c cross join (values ('sign_in', 'anesthesia_start'),
            ('time_out', 'surgery_start'), ('sign_out', 'out_of_room')) as g(phase, step)
          where exists (select 1 from anesthesia_records r where r.case_id = c.id)
            and not (g.step = 'out_of_room' and c.status = 'cancelled')
            and case g.step when 'anesthesia_start' then c.anesthesia_start_at when 'surgery_start' then c.surgery_start_at
              else c.out_of_room_at end is not null
            and (select count(*) from checklist_answers a where a.case_id = c.id and a.phase = g.phase)
              < case g.phase when 'sign_in' then ${CHECKLIST.sign_in.items.length}::int
                when 'time_out' then ${CHECKLIST.time_out.items.length}::int else ${CHECKLIST.sign_out.items.length}::int end`,
    );
    expect(ungated!.n).toBe(0);
  });

  it('spreads the follow-up calls over their real due times, leaving nothing for the day-28 sweep to pile up now', async () => {
    const tasks = await rows<{ due_at: string; status: string }>(
      database.db,
      sql`select due_at, status from followup_tasks`,
    );
    expect(tasks.length).toBeGreaterThan(100);
    const due = tasks.map((t) => ms(t.due_at)!);
    // Due when the hourly sweep found each one: a few share an hour, none piles up at one instant.
    const sameHour = new Map<number, number>();
    for (const at of due) sameHour.set(at, (sameHour.get(at) ?? 0) + 1);
    expect(Math.max(...sameHour.values())).toBeLessThanOrEqual(10);
    expect(Math.max(...due)).toBeLessThanOrEqual(now.getTime());
    expect(Math.max(...due) - Math.min(...due)).toBeGreaterThan(200 * DAY);
    const open = tasks.filter((t) => t.status === 'open').map((t) => ms(t.due_at)!);
    expect(open.length).toBeGreaterThan(0);
    for (const at of open) expect(now.getTime() - at).toBeLessThan(4 * DAY);
    const pending = await casesDueForOutcome(database.db, {
      from: new Date(now.getTime() - 42 * DAY),
      until: new Date(now.getTime() - 28 * DAY),
    });
    expect(pending).toEqual([]);
  });
});
