// Seeding for the bed-pool benchmark: a department of `wards` wards of `bedsPerWard` beds in rooms of four
// (a monitored and an isolation room per ward, men's and women's rooms), three years of admissions replayed
// from the domain's deterministic history (census.fixture.ts: transfers, same-day stays, extra beds, a ward
// opening beds, a major repair), the patients still in at the end occupying their beds now, each ward's open
// beds, and a waiting list of `waiting` patients for today. Written with unnest in a few statements.
import { sql } from 'drizzle-orm';
import { bulkInsert, col } from '../src/db/bulk';
import type { Database } from '../src/db/client';
import { newId } from '../src/db/ids';
import { hashPassword } from '../src/db/platform/password';
import { rows } from '../src/db/rows';
import { users } from '../src/db/schema';
import { buildAdmissionHistory } from '../src/domain/beds/census.fixture';
import { seededRandom } from '../src/domain/common/random';
import { addDays } from '../src/domain/quality/bed-days';

export type BedsSeed = {
  wardCodes: string[];
  admissions: number;
  stays: number;
  occupied: number;
  waiting: number;
};

const shanghaiToday = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export async function seedBedPool(
  database: Database,
  o: {
    wards: number;
    bedsPerWard: number;
    years: number;
    waiting: number;
    username: string;
    password: string;
    now: Date;
  },
): Promise<BedsSeed> {
  const today = shanghaiToday(o.now);
  const from = addDays(today, -365 * o.years);
  const fixture = buildAdmissionHistory(o.wards, o.bedsPerWard, o.years, 20261204, { from });
  const { history } = fixture;
  // A bed placed again (an extra bed in two winters) is listed once per placement: one row per bed id.
  const fixtureBeds = [...new Map(fixture.beds.map((b) => [b.id, b])).values()];
  const rand = seededRandom(4242);
  const db = database.db;
  await db.insert(users).values({
    id: newId(),
    username: o.username,
    displayName: '基准护士长',
    role: 'nurse',
    allWards: true,
    passwordHash: await hashPassword(o.password),
  });
  const wards = fixture.wards.map((code, i) => ({ id: newId(), code, name: `胸外${i + 1}病区` }));
  const wardId = new Map(wards.map((w) => [w.code, w.id]));
  type W = (typeof wards)[number];
  await bulkInsert(
    db,
    'wards',
    [
      col<W>('id', 'uuid', (w) => w.id),
      col<W>('code', 'text', (w) => w.code),
      col<W>('name', 'text', (w) => w.name),
      col<W>('staffing_limit', 'int', (_w) => null),
    ],
    wards,
  );

  // Rooms of four by position in the ward: 01 monitored, then men's and women's rooms alternating, the last
  // isolation-capable; extra beds stand in the last room.
  const rooms: {
    id: string;
    wardId: string;
    code: string;
    sex: string;
    isolation: boolean;
    monitored: boolean;
  }[] = [];
  const roomOfBed = new Map<string, string>();
  const bedId = new Map<string, string>();
  for (const w of wards) {
    const beds = fixtureBeds.filter((b) => b.ward === w.code);
    const regular = beds.filter((b) => !b.extra);
    const count = Math.ceil(regular.length / 4);
    for (let r = 0; r < count; r++)
      rooms.push({
        id: newId(),
        wardId: w.id,
        code: String(r + 1).padStart(2, '0'),
        sex: r === 0 || r === count - 1 ? 'mixed' : r % 2 ? 'male' : 'female',
        isolation: r === count - 1,
        monitored: r === 0,
      });
    const mine = rooms.filter((r) => r.wardId === w.id);
    for (const [i, b] of regular.entries()) roomOfBed.set(b.id, mine[Math.floor(i / 4)]!.id);
    for (const b of beds.filter((x) => x.extra)) roomOfBed.set(b.id, mine.at(-1)!.id);
    for (const b of beds) bedId.set(b.id, newId());
  }
  type R = (typeof rooms)[number];
  await bulkInsert(
    db,
    'bed_rooms',
    [
      col<R>('id', 'uuid', (r) => r.id),
      col<R>('ward_id', 'uuid', (r) => r.wardId),
      col<R>('code', 'text', (r) => r.code),
      col<R>('sex', 'text', (r) => r.sex),
      col<R>('isolation_capable', 'boolean', (r) => r.isolation),
      col<R>('monitored', 'boolean', (r) => r.monitored),
    ],
    rooms,
  );
  type B = (typeof fixture.beds)[number];
  const perWard = new Map<string, number>();
  await bulkInsert(
    db,
    'beds',
    [
      col<B>('id', 'uuid', (b) => bedId.get(b.id)),
      col<B>('ward_id', 'uuid', (b) => wardId.get(b.ward)),
      col<B>('code', 'text', (b) => {
        const n = (perWard.get(b.ward) ?? 0) + 1;
        perWard.set(b.ward, n);
        return String(n);
      }),
      col<B>('room_id', 'uuid', (b) => roomOfBed.get(b.id)),
      col<B>('extra', 'boolean', (b) => b.extra),
      col<B>('placed_on', 'date', (b) => (b.extra ? from : null)),
    ],
    fixtureBeds,
  );
  type O = (typeof history.bedCounts.regular)[number];
  await bulkInsert(
    db,
    'ward_open_beds',
    [
      col<O>('id', 'uuid', () => newId()),
      col<O>('ward_id', 'uuid', (p) => wardId.get(p.ward)),
      col<O>('open_beds', 'int', (p) => p.openBeds),
      col<O>('valid_from', 'date', (p) => p.validFrom),
      col<O>('valid_to', 'date', (p) => p.validTo),
      col<O>('source', 'text', () => 'entered'),
    ],
    [...history.bedCounts.regular],
  );

  // One patient per admission; the admission's place is its last segment.
  const segmentsOf = new Map<string, (typeof history.segments)[number][]>();
  for (const s of history.segments) {
    const list = segmentsOf.get(s.admissionId) ?? [];
    list.push(s);
    segmentsOf.set(s.admissionId, list);
  }
  const people = history.admissions.map((a, i) => {
    const segs = (segmentsOf.get(a.admissionId) ?? []).sort((x, y) => x.from.getTime() - y.from.getTime());
    const last = segs.at(-1)!;
    return { i, a, segs, id: newId(), patientId: newId(), sex: rand() < 0.6 ? 'male' : 'female', last };
  });
  type P = (typeof people)[number];
  await bulkInsert(
    db,
    'patients',
    [
      col<P>('id', 'uuid', (p) => p.patientId),
      col<P>('mrn', 'text', (p) => `BP${String(p.i).padStart(8, '0')}`),
      col<P>('name', 'text', (p) => `床位${p.i}`),
      col<P>('name_initials', 'text', () => 'cw'),
      col<P>('name_pinyin', 'text', () => 'chuangwei'),
      col<P>('sex', 'text', (p) => p.sex),
      col<P>('birth_date', 'date', (p) => `19${40 + (p.i % 50)}-0${1 + (p.i % 9)}-15`),
    ],
    people,
  );
  await bulkInsert(
    db,
    'admissions',
    [
      col<P>('id', 'uuid', (p) => p.id),
      col<P>('patient_id', 'uuid', (p) => p.patientId),
      col<P>('ward_id', 'uuid', (p) => wardId.get(p.last.ward)),
      col<P>('bed_id', 'uuid', (p) => (p.last.bedId ? bedId.get(p.last.bedId) : null)),
      col<P>('admitted_at', 'timestamptz', (p) => p.segs[0]!.from),
      col<P>('discharged_at', 'timestamptz', (p) => (p.a.dischargeDate ? p.last.to : null)),
      col<P>('expected_discharge_on', 'date', (p) =>
        p.a.dischargeDate ? null : addDays(today, 1 + (p.i % 5)),
      ),
      col<P>('discharge_disposition', 'text', (p) => (p.a.dischargeDate ? 'home' : null)),
    ],
    people,
  );
  const stays = people.flatMap((p) => p.segs.map((s) => ({ s, p })));
  type S = (typeof stays)[number];
  await bulkInsert(
    db,
    'bed_stays',
    [
      col<S>('id', 'uuid', () => newId()),
      col<S>('admission_id', 'uuid', (x) => x.p.id),
      col<S>('patient_id', 'uuid', (x) => x.p.patientId),
      col<S>('ward_id', 'uuid', (x) => wardId.get(x.s.ward)),
      col<S>('bed_id', 'uuid', (x) => (x.s.bedId ? bedId.get(x.s.bedId) : null)),
      col<S>('temporary', 'boolean', (x) => x.s.temporary),
      col<S>('from_at', 'timestamptz', (x) => x.s.from),
      col<S>('to_at', 'timestamptz', (x) => x.s.to),
      col<S>('cause', 'text', (x) => (x.s === x.p.segs[0] ? 'admit' : 'transfer')),
    ],
    stays,
  );

  const waiting = Array.from({ length: o.waiting }, (_, i) => ({
    i,
    id: newId(),
    patientId: newId(),
    sex: i % 3 === 0 ? 'female' : 'male',
    ward: wards[i % wards.length]!.id,
  }));
  type Q = (typeof waiting)[number];
  await bulkInsert(
    db,
    'patients',
    [
      col<Q>('id', 'uuid', (q) => q.patientId),
      col<Q>('mrn', 'text', (q) => `BW${String(q.i).padStart(8, '0')}`),
      col<Q>('name', 'text', (q) => `待床${q.i}`),
      col<Q>('name_initials', 'text', () => 'dc'),
      col<Q>('name_pinyin', 'text', () => 'daichuang'),
      col<Q>('sex', 'text', (q) => q.sex),
      col<Q>('birth_date', 'date', () => '1960-05-01'),
    ],
    waiting,
  );
  await bulkInsert(
    db,
    'bed_requests',
    [
      col<Q>('id', 'uuid', (q) => q.id),
      col<Q>('patient_id', 'uuid', (q) => q.patientId),
      col<Q>('planned_admission_on', 'date', (q) => (q.i % 4 === 0 ? addDays(today, 1) : today)),
      col<Q>('planned_surgery_on', 'date', () => addDays(today, 2)),
      col<Q>('procedure_name', 'text', () => '胸腔镜下肺叶切除术'),
      col<Q>('procedure_grade', 'smallint', (q) => (q.i % 10 === 0 ? 4 : 3)),
      col<Q>('isolation', 'boolean', (q) => q.i % 15 === 0),
      col<Q>('needs_monitored', 'boolean', (q) => q.i % 10 === 0),
      col<Q>('monitored_days', 'smallint', (q) => (q.i % 10 === 0 ? 2 : null)),
      col<Q>('requested_ward_id', 'uuid', (q) => q.ward),
      col<Q>('priority', 'text', (q) => (q.i % 7 === 0 ? 'urgent' : 'normal')),
      col<Q>('expected_los', 'smallint', (q) => 4 + (q.i % 9)),
      col<Q>('los_source', 'text', () => 'entered'),
    ],
    waiting,
  );
  const [occ] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from bed_stays where to_at is null`,
  );
  return {
    wardCodes: fixture.wards.slice(),
    admissions: people.length,
    stays: stays.length,
    occupied: occ!.n,
    waiting: waiting.length,
  };
}
