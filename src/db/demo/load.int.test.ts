import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../rows';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { isEmptyDatabase, seedDemo } from './load';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe('loading the demo department', () => {
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
                 (select count(*)::int from surgical_cases where cardinality(assistants) = 0) as no_assistants`,
    );
    expect(counts).toMatchObject({
      users: 8,
      wards: 3,
      beds: 120,
      rooms: 8,
      patients: summary.patients,
      cases: summary.cases,
      events: summary.events,
      no_assistants: 0,
    });
    const roles = await rows<{ username: string; role: string; all_wards: boolean }>(
      database.db,
      sql`select username, role, all_wards from users order by username`,
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
