// The day's cases as the printed schedule, its Excel export and the notice show them: grouped by room in
// the department's room order, every value already a label in the printing user's language. Pure.
import type { BoardFilter } from '../../api/registry';
import type { CaseWithPatient } from '../../db/registry/case.repo';
import { flagLabel } from '../../domain/assessment/risk-flags';
import type { Locale } from '../../domain/common/field-messages';
import { completedYears } from '../../domain/registry/age';
import { cancelReasonText } from '../../domain/registry/cancel-reasons';
import { STATUS_LABELS } from '../../domain/registry/case-status';
import {
  ANESTHESIA_METHOD_LABELS,
  type AnesthesiaMethod,
  APPROACH_LABELS,
  type Approach,
  GRADE_LABELS,
  SEX_LABELS,
  type Sex,
  type SurgeryGrade,
  URGENCY_LABELS,
  type Urgency,
} from '../../domain/registry/vocabulary';
import { siteDateTime } from '../platform/pdf';
import { maskedName } from './dto';
import { scheduleText } from './schedule.labels';

export type ScheduleEntry = {
  caseId: string;
  patientId: string;
  room: string;
  roomName: string;
  /** Site-local HH:mm; in-room and out-of-room times once they happened. */
  scheduled: string;
  inRoom: string | null;
  outOfRoom: string | null;
  emergency: boolean;
  urgency: string;
  name: string;
  mrn: string;
  sex: string;
  age: string;
  ageYears: number | null;
  ward: string;
  bed: string;
  /** The bed as the printed pages say it ("12床"). */
  bedLabel: string;
  diagnosis: string;
  procedure: string;
  grade: string;
  approach: string;
  surgeon: string;
  assistants: string;
  anesthesiologists: string;
  method: string;
  status: string;
  cancelled: boolean;
  /** The cancellation reason and the pre-anesthesia visit's high-risk flags, in words. */
  notes: string;
  riskFlags: string[];
  visitSigned: boolean;
};

export type ScheduleRoom = { room: string; roomName: string; entries: ScheduleEntry[] };

export type ScheduleDay = {
  date: string;
  /** "2026-11-22 星期日" */
  dateLabel: string;
  /** The filters in words, or null when the whole day is listed. */
  filterText: string | null;
  rooms: ScheduleRoom[];
  count: number;
};

export type EntrySources = {
  places: Map<string, { wardName: string | null; bedCode: string | null }>;
  risk: Map<string, { flags: string[]; signed: boolean }>;
  rooms: { code: string; name: string }[];
  identified: boolean;
  timeZone: string;
  locale: Locale;
};

/** A bed as it is said: "12床" for a numbered bed, its code otherwise. */
const bedText = (code: string | null, locale: Locale): string =>
  !code ? '' : /^\d+$/.test(code) ? scheduleText('value.bed', locale, { bed: code }) : code;

const hhmm = (at: Date | null, timeZone: string): string | null =>
  at ? siteDateTime(at, timeZone).slice(11) : null;

export function scheduleEntry(row: CaseWithPatient, day: string, src: EntrySources): ScheduleEntry {
  const { locale, timeZone } = src;
  const lang = locale === 'en-US' ? 'en' : 'zh';
  const list = (items: string[]) => items.join(scheduleText('value.separator', locale));
  const place = src.places.get(row.id);
  const risk = src.risk.get(row.id);
  const flags = (risk?.flags ?? []).map((f) => flagLabel(f, lang));
  const cancelReason =
    row.status === 'cancelled' ? cancelReasonText(row.cancelReasonCode, row.cancelReason, locale) : '';
  const notes = [
    cancelReason ? scheduleText('value.cancelled', locale, { reason: cancelReason }) : '',
    flags.length ? scheduleText('value.risk', locale, { flags: list(flags) }) : '',
  ].filter(Boolean);
  const ageYears = src.identified ? completedYears(row.patientBirthDate, day) : null;
  return {
    caseId: row.id,
    patientId: row.patientId,
    room: row.orRoom,
    roomName: src.rooms.find((r) => r.code === row.orRoom)?.name ?? row.orRoom,
    scheduled: hhmm(row.scheduledStart, timeZone)!,
    inRoom: hhmm(row.inRoomAt, timeZone),
    outOfRoom: hhmm(row.outOfRoomAt, timeZone),
    emergency: row.urgency === 'emergency',
    urgency: URGENCY_LABELS[row.urgency as Urgency]?.[lang] ?? row.urgency,
    name: src.identified ? row.patientName : maskedName(row.patientName),
    mrn: src.identified ? row.patientMrn : '',
    sex: SEX_LABELS[row.patientSex as Sex]?.[lang] ?? row.patientSex,
    age: ageYears === null ? '' : scheduleText('value.age', locale, { n: ageYears }),
    ageYears,
    ward: place?.wardName ?? '',
    bed: place?.bedCode ?? '',
    bedLabel: bedText(place?.bedCode ?? null, locale),
    diagnosis: row.diagnosisText,
    procedure: row.procedureText,
    grade: GRADE_LABELS[row.grade as SurgeryGrade]?.[lang] ?? String(row.grade),
    approach: APPROACH_LABELS[row.approach as Approach]?.[lang] ?? row.approach,
    surgeon: row.surgeon,
    assistants: list(row.assistants),
    anesthesiologists: list(row.anesthesiologists),
    method:
      ANESTHESIA_METHOD_LABELS[row.plannedAnesthesia as AnesthesiaMethod]?.[lang] ?? row.plannedAnesthesia,
    status: STATUS_LABELS[row.status][lang],
    cancelled: row.status === 'cancelled',
    notes: list(notes),
    riskFlags: flags,
    visitSigned: risk?.signed ?? false,
  };
}

/** The filters in words, for the sheet's heading ("筛选：手术间 OR-01、主刀 李外科"). */
export function filterText(filter: BoardFilter, locale: Locale, roomName: (code: string) => string) {
  const lang = locale === 'en-US' ? 'en' : 'zh';
  const items = [
    filter.q?.trim() ? scheduleText('filter.q', locale, { value: filter.q.trim() }) : '',
    filter.room ? scheduleText('filter.room', locale, { value: roomName(filter.room) }) : '',
    filter.status ? scheduleText('filter.status', locale, { value: STATUS_LABELS[filter.status][lang] }) : '',
    filter.surgeon ? scheduleText('filter.surgeon', locale, { value: filter.surgeon }) : '',
    filter.anesthesiologist
      ? scheduleText('filter.anesthesiologist', locale, { value: filter.anesthesiologist })
      : '',
  ].filter(Boolean);
  return items.length ? items.join(scheduleText('value.separator', locale)) : null;
}

export function dateLabel(date: string, locale: Locale): string {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
  return `${date} ${weekday}`;
}

/** The day grouped by room: rooms in the department's order (unknown rooms last), cases by start time. */
export function scheduleDay(
  rows: CaseWithPatient[],
  day: string,
  filter: BoardFilter,
  src: EntrySources,
): ScheduleDay {
  const order = (code: string) => {
    const i = src.rooms.findIndex((r) => r.code === code);
    return i === -1 ? src.rooms.length : i;
  };
  const byRoom = new Map<string, ScheduleEntry[]>();
  const sorted = [...rows].sort(
    (a, b) =>
      order(a.orRoom) - order(b.orRoom) ||
      a.orRoom.localeCompare(b.orRoom) ||
      a.scheduledStart.getTime() - b.scheduledStart.getTime(),
  );
  for (const row of sorted) {
    const entry = scheduleEntry(row, day, src);
    byRoom.set(row.orRoom, [...(byRoom.get(row.orRoom) ?? []), entry]);
  }
  const roomName = (code: string) => src.rooms.find((r) => r.code === code)?.name ?? code;
  return {
    date: day,
    dateLabel: dateLabel(day, src.locale),
    filterText: filterText(filter, src.locale, roomName),
    rooms: [...byRoom.entries()].map(([room, entries]) => ({ room, roomName: roomName(room), entries })),
    count: rows.length,
  };
}
