// The demo department's bed pool (全科一张床, issue 13): 52 beds per ward in rooms of four with their sex, a
// monitored and an isolation room per ward, two long-standing and two winter extra beds, each admission placed
// in a bed its room allows and that nobody else holds over its stay (so the replayed census has no
// double-occupied bed), one bed stay per admission, a bed closed for repair, expected discharge dates, and the
// waiting list: five patients booked for today and tomorrow plus the patients of the lists from the day after
// tomorrow on, who are booked for the day before their operation instead of lying in a bed already.
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
  caseId: string | null;
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
  /** Regular beds of the rooms 11–13 the demo department adds to the generator's 40 per ward. */
  addedBeds: DemoBed[];
  admissions: DemoAdmission[];
  /** The cases whose admission became a booking on the waiting list: their admission id is null. */
  bookedCases: Set<string>;
  stays: DemoStay[];
  expectedDischarge: Map<string, string>;
  closedBedId: string | null;
  requests: DemoBedRequest[];
};

const BEDS_PER_WARD = 52;
const ROOMS_PER_WARD = BEDS_PER_WARD / 4;

/** Room of bed number n (1–52) of a ward: 01 monitored, 02–05 men, 06–09 women, 10 isolation, 11 men, 12 women, 13 anyone. */
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
    Array.from({ length: ROOMS_PER_WARD }, (_, r) => ({
      id: rng.uuid7(now.getTime() - 900 * DAY + wi * ROOMS_PER_WARD + r),
      wardId: w.id,
      code: String(r + 1).padStart(2, '0'),
      sex:
        (r >= 1 && r <= 4) || r === 10
          ? ('male' as const)
          : (r >= 5 && r <= 8) || r === 11
            ? ('female' as const)
            : ('mixed' as const),
      isolationCapable: r === 9,
      monitored: r === 0,
    })),
  );
  const addedBeds: DemoBed[] = demo.wards.flatMap((w, wi) =>
    Array.from({ length: BEDS_PER_WARD - 40 }, (_, k) => ({
      id: rng.uuid7(now.getTime() - 850 * DAY + wi * 100 + k),
      wardId: w.id,
      code: `${wi + 1}${41 + k}`,
    })),
  );
  const allBeds = [...demo.beds, ...addedBeds];
  const roomOf = new Map<string, string>();
  const bedRoom = new Map<string, DemoBedRoom>();
  for (const b of allBeds) {
    const wi = demo.wards.findIndex((w) => w.id === b.wardId);
    const room = rooms[wi * ROOMS_PER_WARD + roomIndex(Number(b.code.slice(-2)))]!;
    roomOf.set(b.id, room.id);
    bedRoom.set(b.id, room);
  }
  const [w1, w2] = demo.wards;
  const extraBeds: DemoExtraBed[] = [
    // In place more than six months: open beds by now (china-standards.md §3).
    ...[1, 2].map((n) => ({
      id: rng.uuid7(now.getTime() - 800 * DAY + n),
      wardId: w1!.id,
      code: `加${n}`,
      placedOn: addDays(today, -200),
    })),
    // Placed for the winter: occupied when used, never open beds.
    ...[1, 2].map((n) => ({
      id: rng.uuid7(now.getTime() - 800 * DAY + 100 + n),
      wardId: w2!.id,
      code: `加${n}`,
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
  // such bed of the ward, the isolation room last; else an extra bed (bed null). The monitored room is kept
  // for the first post-operative days, which the demo's one-stay admissions do not model: it stays free.
  // The lists from the day after tomorrow on are booked, not yet in: their admissions leave the demo.
  const caseOf = new Map(demo.cases.map((c) => [c.admissionId, c]));
  const booked = demo.cases.filter(
    (c) => c.status === 'scheduled' && shanghaiDate(c.scheduledStart) >= addDays(today, 2),
  );
  const bookedAdmissions = new Set(booked.map((c) => c.admissionId));
  const kept = demo.admissions.filter((a) => !bookedAdmissions.has(a.id));
  const order = [...kept].sort((a, b) => a.admittedAt.getTime() - b.admittedAt.getTime());
  const placed = new Map<string, string | null>();
  for (const a of order) {
    const sex = sexOf.get(a.patientId) ?? 'male';
    const from = a.admittedAt.getTime();
    const until = a.dischargedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    const free = (id: string) => (busyUntil.get(id) ?? 0) <= from && fits(id, sex);
    const ward = allBeds.filter((b) => b.wardId === a.wardId);
    const general = ward.filter((b) => {
      const room = bedRoom.get(b.id);
      return !room?.monitored && !room?.isolationCapable;
    });
    const pick =
      (a.bedId && general.some((b) => b.id === a.bedId) && free(a.bedId) ? a.bedId : null) ??
      general.find((b) => free(b.id))?.id ??
      ward.find((b) => free(b.id) && !bedRoom.get(b.id)?.monitored)?.id ??
      null;
    placed.set(a.id, pick);
    if (pick) busyUntil.set(pick, until);
  }
  const admissions = kept.map((a) => ({ ...a, bedId: placed.get(a.id) ?? null }));
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

  const expectedDischarge = new Map<string, string>();
  for (const a of admissions.filter((x) => x.dischargedAt === null)) {
    const c = caseOf.get(a.id);
    const surgery = c ? shanghaiDate(c.scheduledStart) : shanghaiDate(a.admittedAt);
    const planned = addDays(surgery, c?.grade === 4 ? 10 : c?.grade === 3 ? 7 : 5);
    expectedDischarge.set(a.id, planned > today ? planned : addDays(today, 1));
  }

  const occupied = new Set(admissions.filter((a) => a.dischargedAt === null && a.bedId).map((a) => a.bedId));
  const closedBedId =
    allBeds.find(
      (b) => b.wardId === demo.wards[2]?.id && !occupied.has(b.id) && !bedRoom.get(b.id)?.monitored,
    )?.id ?? null;

  const stillIn = new Set([
    ...admissions.filter((a) => a.dischargedAt === null).map((a) => a.patientId),
    ...booked.map((c) => c.patientId),
  ]);
  const waiting = demo.patients.filter((p) => !stillIn.has(p.id));
  const man = waiting.filter((p) => p.sex === 'male');
  const woman = waiting.filter((p) => p.sex === 'female');
  const specs: [
    DemoPatient | undefined,
    Omit<DemoBedRequest, 'id' | 'patientId' | 'requestedWardId' | 'caseId'>,
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
            caseId: null,
            requestedWardId: demo.wards[ward]!.id,
            ...spec,
          },
        ]
      : [],
  );
  // A booked operation's patient comes in the day before it; an esophagectomy needs a monitored bed on
  // days 0–1 after surgery (issue 13 §3), so for the first three days of the stay.
  for (const [i, c] of booked.entries()) {
    const surgery = shanghaiDate(c.scheduledStart);
    const esophagus = c.procedureText.includes('食管');
    requests.push({
      id: rng.uuid7(now.getTime() - DAY + 100 + i),
      patientId: c.patientId,
      caseId: c.id,
      plannedAdmissionOn: addDays(surgery, -1),
      plannedSurgeryOn: surgery,
      procedureName: c.procedureText,
      procedureGrade: c.grade,
      isolation: false,
      needsMonitored: esophagus && c.grade === 4,
      monitoredDays: esophagus && c.grade === 4 ? 3 : null,
      requestedWardId: c.wardId,
      priority: c.urgency === 'elective' ? 'normal' : 'urgent',
      expectedLos: c.grade === 4 ? 11 : c.grade === 3 ? 8 : 5,
    });
  }
  return {
    rooms,
    roomOf,
    extraBeds,
    addedBeds,
    admissions,
    bookedCases: new Set(booked.map((c) => c.id)),
    stays,
    expectedDischarge,
    closedBedId,
    requests,
  };
}
