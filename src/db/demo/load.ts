// Loads the demo department: accounts (the logins and the staff, surgeons with their authorised grades),
// the starter dictionaries, wards, beds, rooms, patients, admissions, cases and their status history, then the cases' files (records, monitor history, PACU, visits, 28-day outcomes and
// follow-up calls: load-case-files.ts) and the ward's observations, with `unnest` bulk inserts that run
// unchanged on PGlite and PostgreSQL.

import { sql } from 'drizzle-orm';
import { ADMINISTRATOR_ROLES } from '../../domain/auth/permissions';
import { simIdentifier } from '../../domain/interop/sim-identity';
import { BATCH, bulkInsert, col } from '../bulk';
import type { Database, Db } from '../client';
import { newId } from '../ids';
import { listDevices } from '../interop/device.repo';
import { hashPassword } from '../platform/password';
import { installStarter } from '../registry/code-dictionary.repo';
import { rows } from '../rows';
import { devices } from '../schema';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { demoBedPool } from './bed-pool';
import { caseFiles } from './case-files';
import { type DemoData, type DemoOptions, generateDemo } from './department';
import { seedBedPool, seedBedStays } from './load-bed-pool';
import { type CaseFilesSummary, writeCaseFiles } from './load-case-files';
import { staffAccounts } from './staff';
import { seedWardObservations } from './ward-observations';

export type SeedOptions = Partial<DemoOptions> & {
  /** Create the demo accounts (default true); off when appending to a database that has them. */
  accounts?: boolean;
  onProgress?: (done: number, total: number) => void;
};

export type SeedSummary = {
  patients: number;
  admissions: number;
  cases: number;
  events: number;
  users: number;
  /** What the cases' files hold: records and their entries, readings, visits, outcomes, calls. */
  files: CaseFilesSummary;
};

export async function isEmptyDatabase(db: Db): Promise<boolean> {
  const [r] = await rows<{ n: number }>(
    db,
    sql`select ((select count(*) from users) + (select count(*) from patients))::int as n`,
  );
  return (r?.n ?? 0) === 0;
}

export async function seedDemo(database: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const demo: DemoData = generateDemo({
    seed: options.seed ?? 2026,
    cases: options.cases ?? 3000,
    now,
    timeZone,
  });
  const pool = demoBedPool(demo, now);
  const total = demo.patients.length + pool.admissions.length + demo.cases.length + demo.events.length;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };

  const accountIds = new Map<string, string>();
  const hashes =
    options.accounts === false ? [] : await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));

  const staff = staffAccounts();
  await database.db.transaction(async (tx) => {
    await installStarter(tx, { userId: null, now });
    if (options.accounts !== false) {
      // Clinical accounts reach the whole department; administrators hold no patient data at all. The
      // staff without a demo login share the demo password (they are there to be picked on a case).
      const users = [
        ...DEMO_ACCOUNTS.map((a, i) => ({
          id: newId(),
          ...a,
          surgicalGrade: staff.loginGrades.get(a.username) ?? null,
          allWards: !(ADMINISTRATOR_ROLES as readonly string[]).includes(a.role),
          passwordHash: hashes[i]!,
        })),
        ...staff.accounts.map((a) => ({ id: newId(), ...a, allWards: true, passwordHash: hashes[0]! })),
      ];
      await bulkInsert(
        tx,
        'users',
        [
          col<(typeof users)[number]>('id', 'uuid', (u) => u.id),
          col<(typeof users)[number]>('username', 'text', (u) => u.username),
          col<(typeof users)[number]>('display_name', 'text', (u) => u.displayName),
          col<(typeof users)[number]>('role', 'text', (u) => u.role),
          col<(typeof users)[number]>('all_wards', 'boolean', (u) => u.allWards),
          col<(typeof users)[number]>('surgical_grade', 'smallint', (u) => u.surgicalGrade),
          col<(typeof users)[number]>('password_hash', 'text', (u) => u.passwordHash),
        ],
        users,
        () => undefined,
      );
      for (const u of users.slice(0, DEMO_ACCOUNTS.length)) accountIds.set(u.role, u.id);
    } else {
      const logins = DEMO_ACCOUNTS.map((a) => a.username);
      for (const r of await rows<{ id: string; role: string }>(
        tx,
        sql`select id, role from users where username = any(${sql.param(logins)}::text[])`,
      ))
        accountIds.set(r.role, r.id);
    }
    type W = DemoData['wards'][number];
    await bulkInsert(
      tx,
      'wards',
      [
        col<W>('id', 'uuid', (w) => w.id),
        col<W>('code', 'text', (w) => w.code),
        col<W>('name', 'text', (w) => w.name),
      ],
      demo.wards,
      () => undefined,
    );
    type B = DemoData['beds'][number];
    await bulkInsert(
      tx,
      'beds',
      [
        col<B>('id', 'uuid', (b) => b.id),
        col<B>('ward_id', 'uuid', (b) => b.wardId),
        col<B>('code', 'text', (b) => b.code),
      ],
      demo.beds,
      () => undefined,
    );
    await seedBedPool(tx, pool, now);
    type R = DemoData['rooms'][number];
    await bulkInsert(
      tx,
      'or_rooms',
      [
        col<R>('code', 'text', (r) => r.code),
        col<R>('name', 'text', (r) => r.name),
        col<R>('sort_order', 'int', (r) => r.sortOrder),
      ],
      demo.rooms,
      () => undefined,
    );
    // One Mindray monitor (IHE mode) per room: the identities the simulator uses (`npm run simulate`).
    if (options.accounts !== false)
      await tx.insert(devices).values(
        demo.rooms.map((r, i) => ({
          id: newId(),
          vendor: 'mindray' as const,
          model: 'BeneVision N17',
          identifier: simIdentifier('mindray-ihe', i),
          placeKind: 'or_room' as const,
          placeCode: r.code,
        })),
      );
  });

  // Large tables in their own transactions per table, so a 200k-case load does not hold one giant one.
  type P = DemoData['patients'][number];
  await database.db.transaction((tx) =>
    bulkInsert(
      tx,
      'patients',
      [
        col<P>('id', 'uuid', (p) => p.id),
        col<P>('mrn', 'text', (p) => p.mrn),
        col<P>('name', 'text', (p) => p.name),
        col<P>('name_initials', 'text', (p) => p.nameInitials),
        col<P>('name_pinyin', 'text', (p) => p.namePinyin),
        col<P>('sex', 'text', (p) => p.sex),
        col<P>('birth_date', 'date', (p) => p.birthDate),
        col<P>('phone', 'text', (p) => p.phone),
        col<P>('id_card', 'text', (p) => p.idCard),
        col<P>('province', 'text', (p) => p.province),
        col<P>('city', 'text', (p) => p.city),
        col<P>('created_at', 'timestamptz', (p) => p.createdAt),
        col<P>('updated_at', 'timestamptz', (p) => p.createdAt),
      ],
      demo.patients,
      progress,
    ),
  );
  type A = DemoData['admissions'][number];
  await database.db.transaction((tx) =>
    bulkInsert(
      tx,
      'admissions',
      [
        col<A>('id', 'uuid', (a) => a.id),
        col<A>('patient_id', 'uuid', (a) => a.patientId),
        col<A>('ward_id', 'uuid', (a) => a.wardId),
        col<A>('bed_id', 'uuid', (a) => a.bedId),
        col<A>('admitted_at', 'timestamptz', (a) => a.admittedAt),
        col<A>('discharged_at', 'timestamptz', (a) => a.dischargedAt),
        col<A>('attending_doctor', 'text', (a) => a.attendingDoctor),
        col<A>('expected_discharge_on', 'date', (a) => pool.expectedDischarge.get(a.id) ?? null),
        col<A>('discharge_disposition', 'text', (a) => (a.dischargedAt ? 'home' : null)),
        col<A>('created_at', 'timestamptz', (a) => a.admittedAt),
        col<A>('updated_at', 'timestamptz', (a) => a.dischargedAt ?? a.admittedAt),
      ],
      pool.admissions,
      progress,
    ),
  );
  type C = DemoData['cases'][number];
  const t = (c: C, s: keyof C['times']) => c.times[s] ?? null;
  await database.db.transaction(async (tx) => {
    await bulkInsert(
      tx,
      'surgical_cases',
      [
        col<C>('id', 'uuid', (c) => c.id),
        col<C>('patient_id', 'uuid', (c) => c.patientId),
        col<C>('admission_id', 'uuid', (c) => (pool.bookedCases.has(c.id) ? null : c.admissionId)),
        col<C>('ward_id', 'uuid', (c) => c.wardId),
        col<C>('diagnosis_code', 'text', (c) => c.diagnosisCode),
        col<C>('diagnosis_text', 'text', (c) => c.diagnosisText),
        col<C>('procedure_code', 'text', (c) => c.procedureCode),
        col<C>('procedure_text', 'text', (c) => c.procedureText),
        col<C>('grade', 'smallint', (c) => c.grade),
        col<C>('approach', 'text', (c) => c.approach),
        col<C>('urgency', 'text', (c) => c.urgency),
        col<C>('planned_anesthesia', 'text', (c) => c.plannedAnesthesia),
        col<C>('or_room', 'text', (c) => c.orRoom),
        col<C>('scheduled_start', 'timestamptz', (c) => c.scheduledStart),
        col<C>('surgeon', 'text', (c) => c.surgeon),
        col<C>('status', 'text', (c) => c.status),
        col<C>('in_room_at', 'timestamptz', (c) => t(c, 'in_room')),
        col<C>('anesthesia_start_at', 'timestamptz', (c) => t(c, 'anesthesia_start')),
        col<C>('surgery_start_at', 'timestamptz', (c) => t(c, 'surgery_start')),
        col<C>('surgery_end_at', 'timestamptz', (c) => t(c, 'surgery_end')),
        col<C>('anesthesia_end_at', 'timestamptz', (c) => t(c, 'anesthesia_end')),
        // Cancelled in the theatre: the patient left it at the cancellation (as the state machine records).
        col<C>(
          'out_of_room_at',
          'timestamptz',
          (c) => t(c, 'out_of_room') ?? (t(c, 'in_room') ? t(c, 'cancelled') : null),
        ),
        col<C>('pacu_in_at', 'timestamptz', (c) => t(c, 'pacu_in')),
        col<C>('pacu_out_at', 'timestamptz', (c) => t(c, 'pacu_out')),
        col<C>('destination', 'text', (c) => (c.status === 'ward' || c.status === 'icu' ? c.status : null)),
        col<C>('destination_at', 'timestamptz', (c) => t(c, 'ward') ?? t(c, 'icu')),
        col<C>('cancelled_at', 'timestamptz', (c) => t(c, 'cancelled')),
        col<C>('cancel_stage', 'text', (c) => c.cancelStage),
        col<C>('cancel_reason_code', 'text', (c) => c.cancelReasonCode),
        col<C>('cancel_reason', 'text', (c) => c.cancelReason),
        col<C>('created_at', 'timestamptz', (c) => c.createdAt),
        col<C>('updated_at', 'timestamptz', (c) => c.updatedAt),
      ],
      demo.cases,
      progress,
    );
    // Team lists go in as text and are split in SQL: unnest cannot take a ragged 2-D array. The
    // operating surgeon is his account (an active surgeon of that name).
    const list = (names: string[]) => names.join('|');
    for (let start = 0; start < demo.cases.length; start += BATCH) {
      const batch = demo.cases.slice(start, start + BATCH);
      await tx.execute(sql`
        update surgical_cases s set assistants = string_to_array(v.a, '|'), anesthesiologists = string_to_array(v.n, '|'),
          nurses = string_to_array(v.r, '|'),
          surgeon_user_id = (select u.id from users u where u.display_name = s.surgeon and u.role = 'surgeon'
                             and not u.disabled order by u.created_at limit 1)
        from unnest(${sql.param(batch.map((c) => c.id))}::uuid[], ${sql.param(batch.map((c) => list(c.assistants)))}::text[],
                    ${sql.param(batch.map((c) => list(c.anesthesiologists)))}::text[],
                    ${sql.param(batch.map((c) => list(c.nurses)))}::text[]) as v(id, a, n, r)
        where s.id = v.id`);
    }
  });
  type E = DemoData['events'][number];
  await database.db.transaction((tx) =>
    bulkInsert(
      tx,
      'case_events',
      [
        col<E>('id', 'uuid', (e) => e.id),
        col<E>('case_id', 'uuid', (e) => e.caseId),
        col<E>('from_status', 'text', (e) => e.fromStatus),
        col<E>('to_status', 'text', (e) => e.toStatus),
        col<E>('occurred_at', 'timestamptz', (e) => e.occurredAt),
        col<E>('recorded_at', 'timestamptz', (e) => e.recordedAt),
        col<E>('recorded_by', 'uuid', (e) => recorder(e.recordedByRole)),
        col<E>('reason', 'text', (e) => e.reason),
      ],
      demo.events,
      progress,
    ),
  );
  await database.db.transaction((tx) => seedBedStays(tx, pool, recorder('nurse')));
  // Each room's monitor: the readings of the room's cases come from it.
  const rooms = new Map(
    (await listDevices(database.db))
      .filter((d) => d.placeKind === 'or_room' && d.active)
      .map((d) => [d.placeCode, d.id]),
  );
  const files = await database.db.transaction((tx) =>
    writeCaseFiles(
      tx,
      caseFiles(demo, now, timeZone),
      {
        anesthesiologist: recorder('anesthesia'),
        nurse: recorder('nurse'),
        followup: accountIds.get('followup') ?? recorder('nurse'),
      },
      rooms,
    ),
  );
  if (options.accounts !== false)
    await seedWardObservations(database.db, accountIds.get('nurse') ?? recorder('nurse'), now);
  return {
    patients: demo.patients.length,
    admissions: pool.admissions.length,
    cases: demo.cases.length,
    events: demo.events.length,
    users: accountIds.size,
    files,
  };

  function recorder(role: 'nurse' | 'anesthesia'): string {
    return (
      accountIds.get(role === 'nurse' ? 'nurse' : 'anesthesiologist') ?? accountIds.get('admin') ?? newId()
    );
  }
}
