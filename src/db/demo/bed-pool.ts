// The demo department's bed pool (全科一张床, issue 13): rooms with their sex, a monitored and an isolation
// room per ward, two long-standing and two winter extra beds, each admission placed in a bed its room allows
// and that nobody else holds over its stay (so the replayed census has no double-occupied bed), one bed stay
// per admission, a bed closed for repair, expected discharge dates, and five patients waiting for a bed.
import type { DemoAdmission, DemoBed, DemoData, DemoPatient } from './department';
import { prng } from './rng';

const DAY = 86_400_000;

export type DemoBedRoom = {
  id: string;
  wardId: string;
  code: string;
  sex: 'male' | 'female' | 'mixed';
  isolationCapable: boolean;
  monitored: boolean;
};
export type DemoExtraBed = DemoBed & { placedOn: string };
export type DemoStay = {
  id: string;
  admissionId: string;
  patientId: string;
  wardId: string;
  bedId: string | null;
  temporary: boolean;
  fromAt: Date;
  toAt: Date | null;
};
export type DemoBedRequest = {
  id: string;
  patientId: string;
  plannedAdmissionOn: string;
  plannedSurgeryOn: string;
  procedureName: string;
  procedureGrade: number;
  isolation: boolean;
  needsMonitored: boolean;
  monitoredDays: number | null;
  requestedWardId: string;
  priority: 'urgent' | 'normal';
  expectedLos: number;
};
export type DemoBedPool = {
  rooms: DemoBedRoom[];
  /** Every regular bed's room. */
  roomOf: Map<string, string>;
  extraBeds: DemoExtraBed[];
  admissions: DemoAdmission[];
  stays: DemoStay[];
  expectedDischarge: Map<string, string>;
  closedBedId: string | null;
  requests: DemoBedRequest[];
  openBedsFrom: string;
};

/** Room of bed number n (1–40) of a ward: 01 monitored, 02–05 men, 06–09 women, 10 isolation. */
function roomIndex(n: number): number {
  return Math.floor((n - 1) / 4);
}

const shanghaiDate = (t: Date) => new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export function demoBedPool(demo: DemoData, now: Date): DemoBedPool {
  const rng = prng(4013);
  const today = shanghaiDate(now);
  const rooms: DemoBedRoom[] = demo.wards.flatMap((w, wi) =>
    Array.from({ length: 10 }, (_, r) => ({
      id: rng.uuid7(now.getTime() - 900 * DAY + wi * 10 + r),
      wardId: w.id,
      code: String(r + 1).padStart(2, '0'),
      sex: r >= 1 && r <= 4 ? ('male' as const) : r >= 5 && r <= 8 ? ('female' as const) : ('mixed' as const),
      isolationCapable: r === 9,
      monitored: r === 0,
    })),
  );
  const roomOf = new Map<string, string>();
  const bedRoom = new Map<string, DemoBedRoom>();
  for (const b of demo.beds) {
    const wi = demo.wards.findIndex((w) => w.id === b.wardId);
    const room = rooms[wi * 10 + roomIndex(Number(b.code.slice(-2)))]!;
    roomOf.set(b.id, room.id);
    bedRoom.set(b.id, room);
  }
  const [w1, w2] = demo.wards;
  const extraBeds: DemoExtraBed[] = [
    // In place more than six months: open beds by now (china-standards.md §3).
    ...[41, 42].map((n) => ({
      id: rng.uuid7(now.getTime() - 800 * DAY + n),
      wardId: w1!.id,
      code: `1${n}`,
      placedOn: addDays(today, -200),
    })),
    // Placed for the winter: occupied when used, never open beds.
    ...[41, 42].map((n) => ({
      id: rng.uuid7(now.getTime() - 800 * DAY + 100 + n),
      wardId: w2!.id,
      code: `2${n}`,
      placedOn: addDays(today, -20),
    })),
  ];

  const sexOf = new Map<string, DemoPatient['sex']>(demo.patients.map((p) => [p.id, p.sex]));
  const busyUntil = new Map<string, number>();
  const fits = (bedId: string, sex: DemoPatient['sex']) => {
    const room = bedRoom.get(bedId);
    return !room || room.sex === 'mixed' || room.sex === sex;
  };
  // Chronologically: the drawn bed when its room allows the patient and nobody holds it; else the first
  // such bed of the ward, the monitored and isolation rooms last; else an extra bed (bed null).
  const order = [...demo.admissions].sort((a, b) => a.admittedAt.getTime() - b.admittedAt.getTime());
  const placed = new Map<string, string | null>();
  for (const a of order) {
    const sex = sexOf.get(a.patientId) ?? 'male';
    const from = a.admittedAt.getTime();
    const until = a.dischargedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    const free = (id: string) => (busyUntil.get(id) ?? 0) <= from && fits(id, sex);
    const ward = demo.beds.filter((b) => b.wardId === a.wardId);
    const general = ward.filter((b) => {
      const room = bedRoom.get(b.id);
      return !room?.monitored && !room?.isolationCapable;
    });
    const pick =
      (a.bedId && general.some((b) => b.id === a.bedId) && free(a.bedId) ? a.bedId : null) ??
      general.find((b) => free(b.id))?.id ??
      ward.find((b) => free(b.id))?.id ??
      null;
    placed.set(a.id, pick);
    if (pick) busyUntil.set(pick, until);
  }
  const admissions = demo.admissions.map((a) => ({ ...a, bedId: placed.get(a.id) ?? null }));
  const stays: DemoStay[] = admissions.map((a) => ({
    id: rng.uuid7(a.admittedAt.getTime() + 1),
    admissionId: a.id,
    patientId: a.patientId,
    wardId: a.wardId,
    bedId: a.bedId,
    temporary: a.bedId === null,
    fromAt: a.admittedAt,
    toAt: a.dischargedAt,
  }));

  const caseOf = new Map(demo.cases.map((c) => [c.admissionId, c]));
  const expectedDischarge = new Map<string, string>();
  for (const a of admissions.filter((x) => x.dischargedAt === null)) {
    const c = caseOf.get(a.id);
    const surgery = c ? shanghaiDate(c.scheduledStart) : shanghaiDate(a.admittedAt);
    const planned = addDays(surgery, c?.grade === 4 ? 10 : c?.grade === 3 ? 7 : 5);
    expectedDischarge.set(a.id, planned > today ? planned : addDays(today, 1));
  }

  const occupied = new Set(admissions.filter((a) => a.dischargedAt === null && a.bedId).map((a) => a.bedId));
  const closedBedId =
    demo.beds.find(
      (b) => b.wardId === demo.wards[2]?.id && !occupied.has(b.id) && !bedRoom.get(b.id)?.monitored,
    )?.id ?? null;

  const stillIn = new Set(admissions.filter((a) => a.dischargedAt === null).map((a) => a.patientId));
  const waiting = demo.patients.filter((p) => !stillIn.has(p.id));
  const man = waiting.filter((p) => p.sex === 'male');
  const woman = waiting.filter((p) => p.sex === 'female');
  const specs: [
    DemoPatient | undefined,
    Omit<DemoBedRequest, 'id' | 'patientId' | 'requestedWardId'>,
    number,
  ][] = [
    [
      man[0],
      {
        plannedAdmissionOn: today,
        plannedSurgeryOn: addDays(today, 2),
        procedureName: '胸腔镜下食管癌根治术（McKeown）',
        procedureGrade: 4,
        isolation: false,
        needsMonitored: true,
        monitoredDays: 2,
        priority: 'urgent',
        expectedLos: 12,
      },
      0,
    ],
    [
      woman[0],
      {
        plannedAdmissionOn: today,
        plannedSurgeryOn: addDays(today, 1),
        procedureName: '胸腔镜下肺叶切除术',
        procedureGrade: 4,
        isolation: false,
        needsMonitored: false,
        monitoredDays: null,
        priority: 'normal',
        expectedLos: 7,
      },
      1,
    ],
    [
      man[1],
      {
        plannedAdmissionOn: today,
        plannedSurgeryOn: addDays(today, 1),
        procedureName: '胸腔镜下肺楔形切除术',
        procedureGrade: 3,
        isolation: true,
        needsMonitored: false,
        monitoredDays: null,
        priority: 'normal',
        expectedLos: 5,
      },
      2,
    ],
    [
      woman[1],
      {
        plannedAdmissionOn: addDays(today, 1),
        plannedSurgeryOn: addDays(today, 3),
        procedureName: '纵隔肿瘤切除术',
        procedureGrade: 3,
        isolation: false,
        needsMonitored: false,
        monitoredDays: null,
        priority: 'normal',
        expectedLos: 6,
      },
      1,
    ],
    [
      man[2],
      {
        plannedAdmissionOn: addDays(today, 1),
        plannedSurgeryOn: addDays(today, 2),
        procedureName: '胸腔闭式引流术',
        procedureGrade: 2,
        isolation: false,
        needsMonitored: false,
        monitoredDays: null,
        priority: 'normal',
        expectedLos: 3,
      },
      0,
    ],
  ];
  const requests: DemoBedRequest[] = specs.flatMap(([p, spec, ward], i) =>
    p
      ? [
          {
            id: rng.uuid7(now.getTime() - DAY + i),
            patientId: p.id,
            requestedWardId: demo.wards[ward]!.id,
            ...spec,
          },
        ]
      : [],
  );
  return {
    rooms,
    roomOf,
    extraBeds,
    admissions,
    stays,
    expectedDischarge,
    closedBedId,
    requests,
    openBedsFrom: addDays(today, -3 * 365),
  };
}
