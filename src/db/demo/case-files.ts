// What the demo writes for each case beyond the registry, as plain rows: the anesthesia record and its
// entries, the monitor history, PACU temperature and Aldrete scores, the signed pre-anesthesia visit,
// the 28-day outcome and follow-up call. Which cases get what is decided here; the rows come from the
// pure builders (case-record.ts, vitals.ts, visit-data.ts, followup-plan.ts). Pure.

import { highRiskFlagsOf } from '../../domain/assessment/risk-flags';
import { assessVisit, isLateVisit, type VisitData } from '../../domain/assessment/visit';
import { completedYears } from '../../domain/registry/age';
import { getInstrument } from '../../domain/scores/index';
import { type Baseline, baselineOf } from './baseline';
import { type CaseRecordPlan, caseRecordPlan } from './case-record';
import type { DemoCase, DemoData, DemoPatient } from './department';
import { type OutcomePlan, outcomePlan } from './followup-plan';
import { DAY, localDate, localDayStart } from './site-time';
import { PROCEDURES } from './theatre';
import { visitPlan } from './visit-data';
import { caseVitals, type MonitorReading } from './vitals';

/**
 * Full files — record, monitor history, PACU, visit — for the shown day's cases and those of the days
 * just before it (the patients still on the ward); older cases keep their registry history only, so
 * that loading stays quick.
 */
export const FILE_DAYS = 3;
/** At most this many of each earlier day's cases get files (a 200,000-case seed has hundreds a day). */
const FILES_PER_EARLIER_DAY = 40;
/** Monitor history once a minute on the shown day, every five minutes on the days before it. */
const READING_STEP = { shown: 60_000, earlier: 5 * 60_000 };

export type CaseFile = {
  c: DemoCase;
  patient: DemoPatient;
  age: number;
  baseline: Baseline;
  record: CaseRecordPlan | null;
  /** The room's monitor history from 入室 to 出室 (or now). */
  readings: MonitorReading[];
  visit: {
    data: VisitData;
    results: ReturnType<typeof assessVisit>;
    highRiskFlags: string[];
    visitAt: Date;
    signedAt: Date;
    late: boolean;
  } | null;
  outcome: OutcomePlan | null;
};

// Several procedures share a code (a robotic lobectomy is coded as the thoracoscopic one): matched by name too.
const minutesOf = (code: string, text: string) =>
  PROCEDURES.find(([p]) => p.code === code && p.text === text)?.[0].minutes ?? ([60, 120] as const);

export function caseFiles(demo: DemoData, now: Date, timeZone: string): CaseFile[] {
  const patients = new Map(demo.patients.map((p) => [p.id, p]));
  const admissions = new Map(demo.admissions.map((a) => [a.id, a]));
  const shownDay = demo.day.shownDay.getTime();
  const filedOn = new Map<number, number>();
  // A theatre's monitor charts one patient at a time: an earlier day's case that would overlap a filed one
  // in its room (a day fuller than its rooms, as a benchmark's demo makes) is not filed.
  const roomFreeAt = new Map<string, number>();
  return demo.cases.map((c) => {
    const patient = patients.get(c.patientId)!;
    const day = localDayStart(c.scheduledStart, timeZone);
    const age = completedYears(patient.birthDate, localDate(c.scheduledStart, timeZone));
    const baseline = baselineOf(patient.id, patient.sex, age);
    const earlier = day.getTime() < shownDay;
    const filedBefore = filedOn.get(day.getTime()) ?? 0;
    const inRoom = c.times.in_room?.getTime();
    const roomFree = inRoom === undefined || inRoom >= (roomFreeAt.get(c.orRoom) ?? Number.NEGATIVE_INFINITY);
    const filed =
      day.getTime() >= shownDay - FILE_DAYS * DAY &&
      (!earlier || (filedBefore < FILES_PER_EARLIER_DAY && roomFree));
    if (filed && earlier) filedOn.set(day.getTime(), filedBefore + 1);
    if (filed && inRoom !== undefined)
      roomFreeAt.set(c.orRoom, (c.times.out_of_room ?? c.times.cancelled ?? c.times.in_room)!.getTime());
    const record = filed ? caseRecordPlan({ ...c, age, sex: patient.sex, baseline }, now) : null;
    const step = earlier ? READING_STEP.earlier : READING_STEP.shown;
    const readings =
      filed && c.times.in_room ? caseVitals({ ...c, baseline }, now.getTime() - 1000, step) : [];
    const planned = c.status !== 'cancelled' || c.times.in_room !== undefined;
    const v =
      filed && planned
        ? visitPlan(
            {
              ...c,
              day,
              minutes: minutesOf(c.procedureCode, c.procedureText),
              sex: patient.sex,
              age,
              baseline,
            },
            now,
          )
        : null;
    const results = v
      ? assessVisit(v.data, {
          age,
          sex: patient.sex,
          approach: c.approach,
          urgency: c.urgency,
          diagnosisCode: c.diagnosisCode,
        })
      : [];
    const ended = c.times.anesthesia_end ?? c.times.out_of_room;
    return {
      c,
      patient,
      age,
      baseline,
      record,
      readings,
      visit: v && {
        ...v,
        results,
        highRiskFlags: highRiskFlagsOf(results),
        late: isLateVisit(v.data.visitAt, c.times.in_room?.toISOString()),
      },
      outcome: ended
        ? outcomePlan(
            {
              id: c.id,
              patientId: c.patientId,
              endedAt: ended,
              dischargedAt: admissions.get(c.admissionId)?.dischargedAt ?? null,
            },
            now,
          )
        : null,
    };
  });
}

/** The Aldrete score as the post-op assessment service stores it. */
export function aldreteRow(input: Record<string, unknown>) {
  const instrument = getInstrument('aldrete')!;
  const result = instrument.compute(instrument.input.parse(input));
  return {
    version: instrument.version,
    result,
    complete: result.status === 'complete',
    total: result.status === 'complete' ? result.total : null,
  };
}
