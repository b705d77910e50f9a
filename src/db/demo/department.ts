// A deterministic, seeded demo of a thoracic surgery and anesthesia department (Shanxi provincial
// cancer hospital profile in MISSION.md): 3 wards, 120 beds, ~3,000 cases over 12 months, the working
// day the OR board shows (working-day.ts) and the next days' lists. Pure: the same options give the
// same data.
import { type CancelReasonCode, cancelReasonText } from '../../domain/registry/cancel-reasons';
import { type CaseStatus, NEXT_STATUSES, type TargetStatus } from '../../domain/registry/case-status';
import { namePinyin } from '../../domain/registry/pinyin';
import type { AnesthesiaMethod, Approach, SurgeryGrade, Urgency } from '../../domain/registry/vocabulary';
import { makePatient } from './patients';
import { prng } from './rng';
import { DAY, MINUTE } from './site-time';
import { ANESTHESIOLOGISTS, ASSISTANTS, ATTENDINGS, nursesFor, surgeonsFor } from './staff';
import { CANCEL_REASONS, type DemoRoom, FLOW, PROCEDURES, type Procedure, ROOMS, stepGaps } from './theatre';
import { type DayView, dayView, type PlannedCase, planDay } from './working-day';

export { localDayStart } from './site-time';
export type { DemoRoom } from './theatre';

const LONG_CASE = PROCEDURES.map(([p]) => p).find((p) => p.text.includes('Ivor-Lewis'))!;
/** Incision to closure; with induction and emergence about eight hours in the room. */
const LONG_SURGERY_MINUTES = 420;

export type DemoOptions = { seed: number; cases: number; now: Date; timeZone: string };

export const DEMO_FIXTURES = {
  patientName: '张三',
  patientMrn: 'ZY00000001',
  room: 'OR-01',
} as const;

export type DemoWard = { id: string; code: string; name: string };
export type DemoBed = { id: string; wardId: string; code: string };
export type DemoPatient = {
  id: string;
  mrn: string;
  name: string;
  nameInitials: string;
  namePinyin: string;
  sex: 'male' | 'female';
  birthDate: string;
  phone: string;
  idCard: string | null;
  province: string;
  city: string;
  createdAt: Date;
};
export type DemoAdmission = {
  id: string;
  patientId: string;
  wardId: string;
  /** Null when the ward was full at admission (the patient waits for a bed). */
  bedId: string | null;
  admittedAt: Date;
  dischargedAt: Date | null;
  attendingDoctor: string;
};
export type DemoCase = {
  id: string;
  patientId: string;
  admissionId: string;
  wardId: string;
  diagnosisCode: string;
  diagnosisText: string;
  procedureCode: string;
  procedureText: string;
  grade: SurgeryGrade;
  approach: Approach;
  urgency: Urgency;
  plannedAnesthesia: AnesthesiaMethod;
  orRoom: string;
  scheduledStart: Date;
  /** Always one of the surgeons authorised for the case's grade (staff.ts). */
  surgeon: string;
  assistants: string[];
  anesthesiologists: string[];
  nurses: string[];
  status: CaseStatus;
  times: Partial<Record<TargetStatus, Date>>;
  /** Every step as planned, those still to come included (the record's entries follow it up to now). */
  plan: Partial<Record<TargetStatus, Date>>;
  cancelStage: string | null;
  cancelReasonCode: CancelReasonCode | null;
  cancelReason: string | null;
  createdAt: Date;
  updatedAt: Date;
};
export type DemoCancel = { stage: string; reasonCode: CancelReasonCode; reason: string | null };
export type DemoEvent = {
  id: string;
  caseId: string;
  fromStatus: CaseStatus;
  toStatus: CaseStatus;
  occurredAt: Date;
  recordedAt: Date;
  reason: string | null;
  /** 'nurse' or 'anesthesia': who recorded it, resolved to a demo user id when loading. */
  recordedByRole: 'nurse' | 'anesthesia';
};

export type DemoData = {
  /** The working day the board shows as lived, and the next days' lists. */
  day: DayView;
  wards: DemoWard[];
  beds: DemoBed[];
  rooms: DemoRoom[];
  patients: DemoPatient[];
  admissions: DemoAdmission[];
  cases: DemoCase[];
  events: DemoEvent[];
};

export function generateDemo(options: DemoOptions): DemoData {
  const rng = prng(options.seed);
  const now = options.now;
  const view = dayView(now, options.timeZone);
  const today = view.shownDay;
  const wards: DemoWard[] = ['胸外一病区', '胸外二病区', '胸外三病区'].map((name, i) => ({
    id: rng.uuid7(today.getTime() - 400 * DAY + i),
    code: `TS${i + 1}`,
    name,
  }));
  const beds: DemoBed[] = wards.flatMap((w, wi) =>
    Array.from({ length: 40 }, (_, b) => ({
      id: rng.uuid7(today.getTime() - 400 * DAY + 100 + wi * 40 + b),
      wardId: w.id,
      code: `${wi + 1}${String(b + 1).padStart(2, '0')}`,
    })),
  );
  const bedsOf = (wardId: string) => beds.filter((b) => b.wardId === wardId);
  const patients: DemoPatient[] = [];
  const admissions: DemoAdmission[] = [];
  const cases: DemoCase[] = [];
  const events: DemoEvent[] = [];

  // One patient per bed: a patient still in hospital gets a bed nobody else still occupies; when the
  // ward is full they wait without one (as wards do), never doubled up. Past stays are not checked:
  // nothing shows them side by side, and checking them would make 200k-case seeds quadratic.
  const occupiedBeds = new Set<string>();
  const freeBed = (wardId: string, draw: number, stillIn: boolean) => {
    const list = bedsOf(wardId);
    const start = Math.floor(draw * list.length);
    if (!stillIn) return list[start]!;
    for (let k = 0; k < list.length; k++) {
      const b = list[(start + k) % list.length]!;
      if (!occupiedBeds.has(b.id)) {
        occupiedBeds.add(b.id);
        return b;
      }
    }
    return null;
  };
  const addCase = (
    patient: DemoPatient,
    scheduledStart: Date,
    room: string,
    proc: Procedure,
    plan: {
      status: CaseStatus;
      times: [TargetStatus, Date][];
      /** The steps as planned, those after now included; the times themselves when left out. */
      planned?: [TargetStatus, Date][];
      cancel?: DemoCancel;
    },
    urgency: Urgency,
  ) => {
    const ward = wards[cases.length % 3]!;
    // Drawn where the bed used to be picked, so every later draw (and so the demo) stays the same.
    const bedDraw = rng.next();
    const admittedAt = new Date(
      Math.min(
        now.getTime() - 60 * MINUTE,
        scheduledStart.getTime() - rng.int(1, 5) * DAY - rng.int(0, 6) * 60 * MINUTE,
      ),
    );
    const discharge = new Date(scheduledStart.getTime() + rng.int(4, 14) * DAY);
    const finished = plan.status === 'ward' || plan.status === 'icu' || plan.status === 'cancelled';
    const dischargedAt = finished && discharge < now ? discharge : null;
    const bed = freeBed(ward.id, bedDraw, dischargedAt === null);
    const admission: DemoAdmission = {
      id: rng.uuid7(admittedAt.getTime()),
      patientId: patient.id,
      wardId: ward.id,
      bedId: bed?.id ?? null,
      admittedAt,
      dischargedAt,
      attendingDoctor: rng.pick(ATTENDINGS),
    };
    admissions.push(admission);
    const [diagnosisCode, diagnosisText] = rng.pick(proc.diagnosis);
    const createdAt = new Date(Math.min(now.getTime(), admittedAt.getTime() + 2 * 60 * MINUTE));
    const lastTime = plan.times.at(-1)?.[1] ?? createdAt;
    const c: DemoCase = {
      id: rng.uuid7(createdAt.getTime()),
      patientId: patient.id,
      admissionId: admission.id,
      wardId: ward.id,
      diagnosisCode,
      diagnosisText,
      procedureCode: proc.code,
      procedureText: proc.text,
      grade: proc.grade,
      approach: proc.approach,
      urgency,
      plannedAnesthesia: rng.weighted(proc.anesthesia),
      orRoom: room,
      scheduledStart,
      surgeon: rng.pick(surgeonsFor(proc.grade)),
      assistants: [rng.pick(ASSISTANTS), ...(rng.next() < 0.5 ? [rng.pick(ASSISTANTS)] : [])].filter(
        (v, i, a) => a.indexOf(v) === i,
      ),
      anesthesiologists: [rng.pick(ANESTHESIOLOGISTS)],
      nurses: nursesFor(cases.length),
      status: plan.status,
      times: Object.fromEntries(plan.times) as DemoCase['times'],
      plan: Object.fromEntries(plan.planned ?? plan.times) as DemoCase['plan'],
      cancelStage: plan.cancel?.stage ?? null,
      cancelReasonCode: plan.cancel?.reasonCode ?? null,
      cancelReason: plan.cancel?.reason ?? null,
      createdAt,
      updatedAt: lastTime > createdAt ? lastTime : createdAt,
    };
    cases.push(c);
    let from: CaseStatus = 'scheduled';
    for (const [to, at] of plan.times) {
      if (!NEXT_STATUSES[from].includes(to)) throw new Error(`demo: ${from}→${to}`);
      const recordedAt = new Date(
        Math.min(now.getTime(), at.getTime() + rng.int(0, 4) * MINUTE + rng.int(0, 59) * 1000),
      );
      events.push({
        id: rng.uuid7(recordedAt.getTime()),
        caseId: c.id,
        fromStatus: from,
        toStatus: to,
        occurredAt: at,
        recordedAt,
        reason:
          to === 'cancelled' && plan.cancel
            ? cancelReasonText(plan.cancel.reasonCode, plan.cancel.reason, 'zh-CN')
            : null,
        recordedByRole:
          FLOW.includes(to as (typeof FLOW)[number]) && to !== 'in_room' ? 'anesthesia' : 'nurse',
      });
      from = to;
    }
  };

  const newPatient = (createdAt: Date) => {
    const p = makePatient(rng, patients.length + 1, createdAt, now);
    patients.push(p);
    return p;
  };

  /** A case's history starting at `start`, up to the step `upTo` (all of it without). */
  const history = (
    proc: Procedure,
    start: Date,
    toIcu: boolean,
    noPacu: boolean,
    upTo?: CaseStatus,
    surgeryMinutes = rng.int(proc.minutes[0], proc.minutes[1]),
  ) => {
    const times: [TargetStatus, Date][] = [];
    let t = start.getTime();
    for (const [status, gap] of stepGaps(rng, surgeryMinutes, toIcu, noPacu)) {
      t += gap * MINUTE;
      times.push([status, new Date(t)]);
      if (status === upTo) break;
    }
    return times;
  };

  // Past 12 months up to the shown day: working days, rooms from 08:00.
  const pastCases = Math.max(0, options.cases - 70);
  const daysBack = 365;
  const patientTarget = Math.round(options.cases / 1.2);
  let generated = 0;
  const weekendOf = (d: number) => {
    const weekday = new Date(today.getTime() - d * DAY + 12 * 60 * MINUTE).getUTCDay();
    return weekday === 0 || weekday === 6;
  };
  // Working days from day d back to the day before the shown day: each takes its share of what is left,
  // so the year runs evenly up to the shown day.
  const workingDaysFrom = [0];
  for (let d = 1; d <= daysBack; d++) workingDaysFrom[d] = workingDaysFrom[d - 1]! + (weekendOf(d) ? 0 : 1);
  let lastWorkingDay = 1;
  while (weekendOf(lastWorkingDay) && lastWorkingDay < 7) lastWorkingDay++;
  for (let d = daysBack; d >= 1 && generated < pastCases; d--) {
    const day = new Date(today.getTime() - d * DAY);
    const weekend = weekendOf(d);
    const remainingDays = Math.max(1, workingDaysFrom[d]!);
    const left = pastCases - generated;
    let count = weekend
      ? rng.next() < 0.3
        ? 1
        : 0
      : Math.round(left / remainingDays + (rng.next() - 0.5) * 4);
    count = Math.max(0, Math.min(count, left));
    if (d === 1 || remainingDays === 1) count = left; // the last working day takes what rounding left over
    const roomClock = ROOMS.map(() => 8 * 60 + rng.int(0, 30));
    for (let k = 0; k < count; k++) {
      const roomIndex = k % ROOMS.length;
      // The last working day before the shown day opens with an eight-hour open esophagectomy in the
      // first room, so the demo always holds a finished, signed long case (the printed record's pages).
      const long = d === lastWorkingDay && k === 0;
      const proc = long ? LONG_CASE : rng.weighted(PROCEDURES);
      const urgency: Urgency = weekend
        ? 'emergency'
        : rng.weighted([
            ['elective', 88],
            ['urgent', 8],
            ['emergency', 4],
          ] as const);
      const startMinute = Math.min(roomClock[roomIndex]!, 21 * 60);
      const scheduledStart = new Date(day.getTime() + startMinute * MINUTE);
      const patient =
        patients.length < patientTarget || patients.length === 0
          ? newPatient(new Date(scheduledStart.getTime() - 3 * DAY))
          : rng.pick(patients);
      let plan: Parameters<typeof addCase>[4];
      if (!long && rng.next() < 0.015) {
        const stage = rng.weighted([
          ['before_room', 7],
          ['after_room_before_anesthesia', 2],
          ['after_anesthesia_before_incision', 1],
        ] as const);
        const upTo: CaseStatus | undefined =
          stage === 'before_room'
            ? undefined
            : stage === 'after_room_before_anesthesia'
              ? 'in_room'
              : 'anesthesia_start';
        const times = upTo
          ? history(proc, new Date(scheduledStart.getTime() + rng.int(0, 20) * MINUTE), false, false, upTo)
          : [];
        const cancelAt = new Date(
          (times.at(-1)?.[1] ?? new Date(scheduledStart.getTime() - 60 * MINUTE)).getTime() + 10 * MINUTE,
        );
        times.push(['cancelled', cancelAt]);
        const [reasonCode, reason] = rng.pick(CANCEL_REASONS);
        plan = { status: 'cancelled', times, cancel: { stage, reasonCode, reason } };
        roomClock[roomIndex]! += 30;
      } else {
        const toIcu = rng.next() < proc.icuShare;
        const times = history(
          proc,
          new Date(scheduledStart.getTime() + rng.int(0, 30) * MINUTE),
          toIcu,
          rng.next() < 0.1,
          undefined,
          long ? LONG_SURGERY_MINUTES : undefined,
        );
        plan = { status: times.at(-1)![0], times };
        roomClock[roomIndex] =
          Math.round((times.find(([s]) => s === 'out_of_room')![1].getTime() - day.getTime()) / MINUTE) + 30;
      }
      addCase(patient, scheduledStart, ROOMS[roomIndex]!.code, proc, plan, urgency);
      generated++;
    }
  }

  // The shown day: each room's list, lived up to now (working-day.ts); then the next days' lists.
  const addPlanned = (p: PlannedCase) => {
    const times = p.steps.filter(([, at]) => at.getTime() <= now.getTime());
    const status: CaseStatus = times.at(-1)?.[0] ?? 'scheduled';
    const patient = p.fixture ? fixturePatient() : newPatient(new Date(p.scheduledStart.getTime() - 3 * DAY));
    addCase(
      patient,
      p.scheduledStart,
      p.room,
      p.proc,
      {
        status,
        times,
        planned: p.steps,
        ...(status === 'cancelled' && p.cancel ? { cancel: p.cancel } : {}),
      },
      p.urgency,
    );
  };
  const fixturePatient = () => {
    const p = makePatient(rng, 0, new Date(now.getTime() - 3 * DAY), now);
    const py = namePinyin(DEMO_FIXTURES.patientName);
    Object.assign(p, {
      name: DEMO_FIXTURES.patientName,
      mrn: DEMO_FIXTURES.patientMrn,
      nameInitials: py.initials,
      namePinyin: py.full,
    });
    patients.push(p);
    return p;
  };
  for (const p of planDay(rng, view.shownDay, {
    freeAt: view.live ? now : null,
    fixture: view.live ? 'next' : null,
    cancellations: true,
  }))
    addPlanned(p);
  view.listDays.forEach((day, k) => {
    for (const p of planDay(rng, day, {
      freeAt: null,
      fixture: !view.live && k === 0 ? 'first' : null,
      cancellations: false,
    }))
      addPlanned(p);
  });

  return { day: view, wards, beds, rooms: ROOMS, patients, admissions, cases, events };
}
