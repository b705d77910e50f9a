// A validated history file's rows as the database stores them: each case-episode with its QC facts (one mapping,
// src/domain/interop/history/to-facts.ts) and its outcome under every indicator (outcome-rows.ts), computed once
// at import; the deliveries; the staffing by year; the open-bed periods by ward.

import type { DeliveryInsert, EpisodeInsert, OpenBedsInsert } from '../../../db/history/history.repo';
import type { PersonInsert, StayInsert, StoredStay } from '../../../db/history/history-people.repo';
import { newId } from '../../../db/ids';
import { MSG } from '../../../domain/interop/history/messages';
import { historyCaseFacts } from '../../../domain/interop/history/to-facts';
import {
  type DeliveryRow,
  type HistoryCaseRow,
  highestClavien,
  type StaffingRow,
  type WardBedsRow,
} from '../../../domain/interop/history/types';
import type { ImportCounts, ImportError } from '../../../domain/interop/history-job';
import { classifyCase } from '../../../domain/quality/compute';
import { type CaseFacts, type Instant, localDateOf, localDayBounds } from '../../../domain/quality/facts';
import { outcomeRow } from '../../../domain/quality/outcome-rows';
import type { StaffCategory } from '../../../domain/quality/staffing';
import { namePinyin } from '../../../domain/registry/pinyin';

const complicationsText = (r: HistoryCaseRow): string | null =>
  r.complications.length === 0 ? null : r.complications.map((c) => `${c.name}:${c.grade}`).join(';');

/** D02: room entry, else the scheduled start; a kpi_only row (neither) is anchored on its surgery date. */
function anchorOf(facts: CaseFacts, r: HistoryCaseRow): Instant {
  const t = facts.times.inRoomAt ?? facts.times.scheduledAt;
  if (t !== null) return t;
  if (r.surgeryDate !== null) return localDayBounds(r.surgeryDate).start;
  throw new Error(`row ${r.row} has no anchor`);
}

/** Each person of the file once, from their first row (the validator made their attributes agree). */
export function personInserts(cases: readonly HistoryCaseRow[]): PersonInsert[] {
  const seen = new Map<string, PersonInsert>();
  for (const r of cases) {
    if (seen.has(r.personId)) continue;
    const name = r.personName ?? '';
    const py = namePinyin(name);
    seen.set(r.personId, {
      id: newId(),
      mrn: r.personId,
      name,
      initials: py.initials,
      pinyin: py.full,
      sex: r.sex,
      birthDate: r.birthDate,
      province: r.province,
      sourceRow: r.row,
    });
  }
  return [...seen.values()];
}

/**
 * Each admission of the file once, from its first row. The file gives dates only: the stay is stored from the start
 * (00:00, UTC+08:00) of its admission date to the start of its discharge date, which replays the same midnight census.
 */
export function stayInserts(
  cases: readonly HistoryCaseRow[],
  patientIds: ReadonlyMap<string, string>,
  wardIds: ReadonlyMap<string, string>,
): StayInsert[] {
  const seen = new Map<string, StayInsert>();
  for (const r of cases) {
    if (r.admissionId === null || seen.has(r.admissionId)) continue;
    if (r.admissionDate === null || r.ward === null)
      throw new Error(`row ${r.row}: admission without date or ward`);
    seen.set(r.admissionId, {
      id: newId(),
      visitNumber: r.admissionId,
      patientId: patientIds.get(r.personId)!,
      wardId: wardIds.get(r.ward)!,
      admittedAt: new Date(localDayBounds(r.admissionDate).start),
      dischargedAt: r.dischargeDate === null ? null : new Date(localDayBounds(r.dischargeDate).start),
      sourceRow: r.row,
    });
  }
  return [...seen.values()];
}

/** The episode row of a case row, with its id: an episode's id is its case id in the facts and the drill-down. */
export function episodeInsert(
  r: HistoryCaseRow,
  wardIds: ReadonlyMap<string, string>,
  patientIds: ReadonlyMap<string, string>,
  stayIds: ReadonlyMap<string, string>,
): EpisodeInsert {
  const id = newId();
  const facts = historyCaseFacts(r, id);
  const out = outcomeRow(facts, classifyCase);
  const anchorAt = anchorOf(facts, r);
  return {
    id,
    sourceRow: r.row,
    externalId: r.episodeId,
    personKey: r.personId,
    patientId: patientIds.get(r.personId)!,
    admissionId: r.admissionId === null ? null : stayIds.get(r.admissionId)!,
    personName: r.personName,
    sex: r.sex,
    birthDate: r.birthDate,
    recordLevel: r.recordLevel,
    admissionKey: r.admissionId,
    admissionDate: r.admissionDate,
    dischargeDate: r.dischargeDate,
    wardId: r.ward === null ? null : (wardIds.get(r.ward) ?? null),
    province: r.province,
    surgeryDate: r.surgeryDate,
    grade: r.surgeryGrade,
    approach: r.approach,
    procedureType: r.procedureType,
    procedureName: r.procedureName,
    asa: r.asa,
    urgency: r.urgency,
    caseStatus: r.caseStatus,
    location: r.location,
    deathDate: r.deathDate,
    clavienMax: highestClavien(r.complications),
    complications: complicationsText(r),
    anchorAt,
    anesthesia: out.anesthesia,
    outcomes: out.outcomes,
    facts,
  };
}

export const deliveryInserts = (deliveries: readonly DeliveryRow[]): DeliveryInsert[] =>
  deliveries.map((d) => ({
    sourceRow: d.row,
    externalId: d.deliveryId,
    personKey: d.personId,
    deliveryAt: d.deliveryAt,
    mode: d.deliveryMode,
    labourEpisodeId: d.labourAnalgesiaEpisodeId,
  }));

export function staffingByYear(
  rows: readonly StaffingRow[],
): Map<number, { category: StaffCategory; headcount: number }[]> {
  const years = new Map<number, { category: StaffCategory; headcount: number }[]>();
  for (const r of rows) {
    const list = years.get(r.year) ?? [];
    list.push({ category: r.category, headcount: r.headcount });
    years.set(r.year, list);
  }
  return years;
}

export const openBedsInserts = (
  rows: readonly WardBedsRow[],
  wardIds: ReadonlyMap<string, string>,
): OpenBedsInsert[] =>
  rows.map((r) => ({
    wardId: wardIds.get(r.ward)!,
    openBeds: r.openBeds,
    validFrom: r.validFrom,
    validTo: r.validTo,
  }));

/** What the file holds: episodes, persons, admissions, and episodes by the year of their anchor. */
export function fileCounts(
  episodes: readonly EpisodeInsert[],
): Pick<ImportCounts, 'episodes' | 'persons' | 'admissions' | 'byYear'> {
  const byYear: Record<string, number> = {};
  for (const e of episodes) {
    const year = localDateOf(e.anchorAt as Instant).slice(0, 4);
    byYear[year] = (byYear[year] ?? 0) + 1;
  }
  return {
    episodes: episodes.length,
    persons: new Set(episodes.map((e) => e.personKey)).size,
    admissions: new Set(episodes.flatMap((e) => (e.admissionKey === null ? [] : [e.admissionKey]))).size,
    byYear,
  };
}

/** Admissions the file gives to one person that Periop already holds for another: the import is refused. */
export function staysOfOtherPatients(
  cases: readonly HistoryCaseRow[],
  patientIds: ReadonlyMap<string, string>,
  stored: readonly StoredStay[],
): ImportError[] {
  const owner = new Map(stored.map((s) => [s.visitNumber, s.patientId]));
  const reported = new Set<string>();
  const errors: ImportError[] = [];
  for (const r of cases) {
    if (r.admissionId === null || reported.has(r.admissionId)) continue;
    if (owner.get(r.admissionId) === patientIds.get(r.personId)) continue;
    reported.add(r.admissionId);
    errors.push({
      file: 'cases',
      row: r.row,
      column: 'admission_id',
      message: MSG.admissionOfOtherPatient(r.admissionId, r.personId),
    });
  }
  return errors;
}
