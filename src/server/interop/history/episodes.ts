// A validated history file's rows as the database stores them: each case-episode with its QC facts (one mapping,
// src/domain/interop/history/to-facts.ts) and its outcome under every indicator (outcome-rows.ts), computed once
// at import; the deliveries; the staffing by year; the open-bed periods by ward.
import type { DeliveryInsert, EpisodeInsert, OpenBedsInsert } from '../../../db/history/history.repo';
import { newId } from '../../../db/ids';
import { historyCaseFacts } from '../../../domain/interop/history/to-facts';
import {
  type DeliveryRow,
  type HistoryCaseRow,
  highestClavien,
  type StaffingRow,
  type WardBedsRow,
} from '../../../domain/interop/history/types';
import type { ImportCounts } from '../../../domain/interop/history-job';
import { classifyCase } from '../../../domain/quality/compute';
import { type CaseFacts, type Instant, localDateOf, localDayBounds } from '../../../domain/quality/facts';
import { outcomeRow } from '../../../domain/quality/outcome-rows';
import type { StaffCategory } from '../../../domain/quality/staffing';

const complicationsText = (r: HistoryCaseRow): string | null =>
  r.complications.length === 0 ? null : r.complications.map((c) => `${c.name}:${c.grade}`).join(';');

/** D02: room entry, else the scheduled start; a kpi_only row (neither) is anchored on its surgery date. */
function anchorOf(facts: CaseFacts, r: HistoryCaseRow): Instant {
  const t = facts.times.inRoomAt ?? facts.times.scheduledAt;
  if (t !== null) return t;
  if (r.surgeryDate !== null) return localDayBounds(r.surgeryDate).start;
  throw new Error(`row ${r.row} has no anchor`);
}

/** The episode rows, with their ids: an episode's id is its case id in the facts and the drill-down. */
export function episodeInserts(
  cases: readonly HistoryCaseRow[],
  wardIds: ReadonlyMap<string, string>,
): EpisodeInsert[] {
  return cases.map((r) => {
    const id = newId();
    const facts = historyCaseFacts(r, id);
    const out = outcomeRow(facts, classifyCase);
    const anchorAt = anchorOf(facts, r);
    return {
      id,
      sourceRow: r.row,
      externalId: r.episodeId,
      personKey: r.personId,
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
  });
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
