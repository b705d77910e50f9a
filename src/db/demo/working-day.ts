// The demo's working day (08:00–18:00 site time in the rooms, recovery until 19:00): which day the OR
// board shows as lived, and each room's list for a day — cases one after another from about 08:00 with
// a turnover between them, the last patient out of the rooms by 18:00 and on the ward by 19:00. Pure:
// the same generator gives the same lists.
import type { CancelReasonCode } from '../../domain/registry/cancel-reasons';
import type { CancelStage, CaseStatus, TargetStatus } from '../../domain/registry/case-status';
import type { Urgency } from '../../domain/registry/vocabulary';
import type { Rng } from './rng';
import { addDays, atMinute, localDayStart, MINUTE, minuteOf } from './site-time';
import { CANCEL_REASONS, PROCEDURES, type Procedure, ROOMS, stepGaps } from './theatre';

export const WORK_START = 8 * 60;
/** The last patient leaves the rooms by 18:00 … */
export const WORK_END = 18 * 60;
/** … and the last one has left recovery for the ward by 19:00, when the day is over. */
export const DAY_OVER = 19 * 60;

export type DayView = {
  /** Local midnight of the day shown as lived: today while its working hours run, else the last one that ended. */
  shownDay: Date;
  /** Now falls within the shown day's working hours (and recovery after them): cases run around now. */
  live: boolean;
  /** The next three days, with their lists scheduled. */
  listDays: Date[];
};

export function dayView(now: Date, timeZone: string): DayView {
  const today = localDayStart(now, timeZone);
  const minute = minuteOf(today, now);
  const live = minute >= WORK_START && minute < DAY_OVER;
  const shownDay = live || minute >= DAY_OVER ? today : addDays(today, -1, timeZone);
  return { shownDay, live, listDays: [1, 2, 3].map((d) => addDays(shownDay, d, timeZone)) };
}

export type PlannedCase = {
  room: string;
  proc: Procedure;
  urgency: Urgency;
  scheduledStart: Date;
  /** Every step as planned, in order; a cancelled case's last step is the cancellation. */
  steps: [TargetStatus, Date][];
  cancel: { stage: CancelStage; reasonCode: CancelReasonCode; reason: string | null } | null;
  fixture: boolean;
};

type Profile = 'major' | 'lung' | 'robotic' | 'short';
// What each room mostly does: two rooms for the long esophageal and lung resections, four for lung and
// mediastinum, the robot's room, and one for the short cases (ablation, wedge, bullae).
const ROOM_PROFILES: readonly Profile[] = [
  'major',
  'major',
  'lung',
  'lung',
  'lung',
  'lung',
  'robotic',
  'short',
];
const esophageal = (p: Procedure) => p.code.startsWith('42.');
const short = (p: Procedure) => p.approach === 'ablation' || p.minutes[1] <= 110;
const IN_PROFILE: Record<Profile, (p: Procedure) => boolean> = {
  major: (p) => p.approach !== 'ablation' && p.approach !== 'robotic',
  lung: (p) => !esophageal(p) && p.approach !== 'ablation' && p.approach !== 'robotic',
  robotic: (p) => p.approach === 'robotic',
  short,
};
const mixOf = (test: (p: Procedure) => boolean) => PROCEDURES.filter(([p]) => test(p));
const SHORT_MIX = mixOf(short);

const stepAt = (steps: [CaseStatus, Date][], s: CaseStatus) => steps.find(([k]) => k === s)?.[1];

/** A case's steps from its room entry: its length drawn within the procedure's, its way out (ICU, PACU, ward). */
function drawSteps(rng: Rng, proc: Procedure, inRoom: number): [TargetStatus, Date][] {
  const toIcu = rng.chance(proc.icuShare);
  const noPacu = !toIcu && rng.chance(proc.approach === 'ablation' ? 0.6 : 0.1);
  let t = inRoom;
  return stepGaps(rng, rng.int(proc.minutes[0], proc.minutes[1]), toIcu, noPacu).map(([s, gap]) => {
    t += gap * MINUTE;
    return [s, new Date(t)];
  });
}

type Limits = { outBy: number; doneBy: number };

/** A case from the mix that starts at `start` and keeps within the limits, or null after `tries` draws. */
function fitCase(rng: Rng, mix: typeof PROCEDURES, start: number, limits: Limits, tries = 12) {
  for (let k = 0; k < tries; k++) {
    const proc = rng.weighted(mix);
    const steps = drawSteps(rng, proc, start);
    if (
      stepAt(steps, 'out_of_room')!.getTime() <= limits.outBy &&
      steps.at(-1)![1].getTime() <= limits.doneBy
    )
      return { proc, steps };
  }
  return null;
}

export type RoomOptions = {
  /** The room is between cases at this instant (the shown day's now): earlier cases are out by then. */
  freeAt: Date | null;
  /** The fixture patient is the room's only case of the day, or its next (and last) case after `freeAt`. */
  fixture: 'first' | 'next' | null;
  cancelBeforeRoom: boolean;
  cancelAfterRoom: boolean;
};

const floorTo10 = (ms: number) => Math.floor(ms / (10 * MINUTE)) * 10 * MINUTE;

export function planRoom(rng: Rng, day: Date, index: number, o: RoomOptions): PlannedCase[] {
  const room = ROOMS[index]!.code;
  const mix = mixOf(IN_PROFILE[ROOM_PROFILES[index % ROOM_PROFILES.length]!]);
  const roomsClose = atMinute(day, WORK_END).getTime();
  const dayEnd = atMinute(day, DAY_OVER).getTime();
  const listStart = atMinute(day, WORK_START + (rng.chance(0.25) ? 30 : 0)).getTime();
  let clock = listStart + rng.int(0, 20) * MINUTE;
  let lastOut = Number.NEGATIVE_INFINITY;
  const cases: PlannedCase[] = [];
  const urgency = (): Urgency =>
    rng.weighted([
      ['elective', 90],
      ['urgent', 8],
      ['emergency', 2],
    ] as const);
  const add = (proc: Procedure, steps: [TargetStatus, Date][], fixture = false) => {
    const inRoom = steps[0]![1].getTime();
    // The list's first case is on at its start; a later one (or a room that opens late) at its slot.
    const scheduledStart =
      cases.length === 0 && inRoom - listStart < 40 * MINUTE
        ? listStart
        : Math.max(lastOut + 10 * MINUTE, floorTo10(inRoom - rng.int(0, 15) * MINUTE));
    const cancelled = steps.at(-1)![0] === 'cancelled';
    cases.push({
      room,
      proc,
      urgency: fixture ? 'elective' : urgency(),
      scheduledStart: new Date(Math.min(scheduledStart, inRoom)),
      steps,
      cancel: cancelled
        ? {
            stage: 'after_room_before_anesthesia',
            reasonCode: 'patient_condition',
            reason: '入室后血压 200/110 mmHg，暂停手术',
          }
        : null,
      fixture,
    });
    lastOut = (stepAt(steps, 'out_of_room') ?? steps.at(-1)![1]).getTime();
    clock = lastOut + rng.int(25, 45) * MINUTE;
  };
  const fill = (limits: Limits) => {
    for (;;) {
      // The room's own kind of case while the time allows it; short ones to fill what is left.
      const long = limits.outBy - clock > 4 * 60 * MINUTE;
      const f =
        (long ? fitCase(rng, mix, clock, limits) : null) ?? fitCase(rng, SHORT_MIX, clock, limits, 40);
      if (!f) return;
      add(f.proc, f.steps);
    }
  };

  if (o.cancelAfterRoom) {
    // The first patient's blood pressure stops the list for a while: in the room, then cancelled.
    const inRoom = clock;
    add(rng.weighted(mix), [
      ['in_room', new Date(inRoom)],
      ['cancelled', new Date(inRoom + rng.int(10, 20) * MINUTE)],
    ]);
  }
  /** The room's next case, whatever the hour: late in the day it runs over, as a last case may. */
  const addNext = (fixture: boolean) => {
    const f =
      fitCase(rng, mix, clock, { outBy: roomsClose, doneBy: dayEnd }) ??
      fitCase(rng, SHORT_MIX, clock, { outBy: Number.POSITIVE_INFINITY, doneBy: Number.POSITIVE_INFINITY })!;
    add(f.proc, f.steps, fixture);
  };
  if (o.fixture === 'first') {
    // The room's one case of the day (a long resection, most days): whoever takes the first scheduled
    // case of the board's first room, the next scheduled one is in a room still free.
    addNext(true);
    return cases;
  }
  if (o.freeAt) {
    // Between cases at now: the earlier ones are out, the next patient is on the way.
    const free = o.freeAt.getTime();
    fill({ outBy: free - rng.int(5, 15) * MINUTE, doneBy: dayEnd });
    clock = Math.max(clock, free + rng.int(15, 30) * MINUTE);
    addNext(o.fixture === 'next');
    if (o.fixture === 'next') return cases;
  }
  fill({ outBy: roomsClose, doneBy: dayEnd });
  if (o.cancelBeforeRoom) {
    // Planned as the room's last case, cancelled first thing in the morning.
    const start = Math.min(floorTo10(clock), atMinute(day, 17 * 60).getTime());
    const proc = rng.weighted(mix);
    const cancelAt = atMinute(day, 7 * 60 + rng.int(30, 55));
    const [reasonCode, reason] = rng.pick(CANCEL_REASONS);
    cases.push({
      room,
      proc,
      urgency: 'elective',
      scheduledStart: new Date(start),
      steps: [['cancelled', cancelAt]],
      cancel: { stage: 'before_room', reasonCode, reason },
      fixture: false,
    });
  }
  return cases;
}

export type DayOptions = { freeAt: Date | null; fixture: 'first' | 'next' | null; cancellations: boolean };

/**
 * A day's lists, room by room. On the shown day the first two rooms are between cases at now (the
 * next patient can come in), one list starts with a cancellation after entry and one case was
 * cancelled before the day began.
 */
export function planDay(rng: Rng, day: Date, o: DayOptions): PlannedCase[] {
  return ROOMS.flatMap((_, i) =>
    planRoom(rng, day, i, {
      freeAt: i < 2 ? o.freeAt : null,
      fixture: i === 0 ? o.fixture : null,
      cancelBeforeRoom: o.cancellations && i === 3,
      cancelAfterRoom: o.cancellations && i === 4,
    }),
  );
}
