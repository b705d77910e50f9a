// The quality officer's entries and look-ups beside the figures: the year's head-counts for the ratio
// indicators (entered here or imported), and one imported episode as the drill-down opens it.
import type { EpisodeResponse, StaffingInput, StaffingResponse } from '../../api/quality';
import { historyEpisode, saveStaffing, staffingOfYear } from '../../db/quality/indicator-rows.repo';
import { classifyCase } from '../../domain/quality/compute';
import { CASE_INDICATORS, decodeOutcome, ENGINE, outcomeRow } from '../../domain/quality/outcome-rows';
import { STAFF_CATEGORIES, type StaffCategory } from '../../domain/quality/staffing';
import { notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

export class QualityStaffingService {
  constructor(private readonly ctx: AppContext) {}

  async get(actor: Actor, year: number): Promise<StaffingResponse> {
    this.ctx.access.require(actor, 'quality.read');
    const found = await staffingOfYear(this.ctx.database.db, year);
    const counts = Object.fromEntries(STAFF_CATEGORIES.map((c) => [c, null])) as Record<
      StaffCategory,
      number | null
    >;
    for (const r of found) counts[r.category] = r.headcount;
    const latest = found.reduce<(typeof found)[number] | null>(
      (a, r) => (a && a.updatedAt >= r.updatedAt ? a : r),
      null,
    );
    return {
      year,
      counts,
      source: latest?.source ?? null,
      updatedAt: latest ? new Date(latest.updatedAt).toISOString() : null,
    };
  }

  async put(actor: Actor, year: number, input: StaffingInput): Promise<StaffingResponse> {
    this.ctx.access.require(actor, 'quality.staffing');
    await this.ctx.database.db.transaction(async (tx) => {
      await saveStaffing(
        tx,
        year,
        STAFF_CATEGORIES.map((category) => ({ category, headcount: input.counts[category] })),
        { userId: actor.id, importId: null, source: 'entered', now: this.ctx.clock() },
      );
      await this.ctx.audit.record(
        actor,
        {
          action: 'update',
          resourceType: 'quality_staffing',
          resourceId: String(year),
          detail: { counts: input.counts },
        },
        tx,
      );
    });
    return this.get(actor, year);
  }

  async episode(actor: Actor, id: string): Promise<EpisodeResponse> {
    this.ctx.access.require(actor, 'quality.read');
    const e = await historyEpisode(this.ctx.database.db, id, actor.scope);
    if (!e) throw notFound();
    await this.ctx.audit.record(actor, { action: 'read', resourceType: 'history_episode', resourceId: id });
    const outcomes = e.engine === ENGINE ? e.outcomes : outcomeRow(e.facts, classifyCase).outcomes;
    return {
      id: e.id,
      externalId: e.externalId,
      personId: e.personKey,
      personName: e.personName,
      sex: e.sex,
      birthDate: e.birthDate,
      import: { id: e.importId, file: e.sourceFile, row: e.sourceRow },
      recordLevel: e.recordLevel,
      admission:
        e.admissionKey === null
          ? null
          : { id: e.admissionKey, admissionDate: e.admissionDate, dischargeDate: e.dischargeDate },
      wardCode: e.wardCode,
      province: e.province,
      procedureType: e.procedureType,
      procedureName: e.procedureName,
      surgeryDate: e.surgeryDate,
      grade: e.grade,
      approach: e.approach,
      asa: e.asa,
      urgency: e.urgency,
      caseStatus: e.caseStatus,
      location: e.location,
      complications: e.complications,
      deathDate: e.deathDate,
      anchorAt: new Date(e.anchorAt).toISOString(),
      indicators: CASE_INDICATORS.flatMap((ind, i) => {
        const outcome = decodeOutcome(outcomes.charAt(i));
        return outcome === 'out' ? [] : [{ edition: ind.edition, code: ind.code, name: ind.name, outcome }];
      }),
    };
  }
}
