// The detection rules' way into the registry: monitoring hands over what it recorded (a creatinine,
// urine output, temperatures, a delirium screen, the post-anesthesia visit) inside its own transaction,
// after its own access check; the rules decide, and a suggestion enters the registry once per case and
// type, as "suggested", for a clinician to confirm or dismiss. Watchers of the case and ward hear of it.
import type { ComplicationsEvent } from '../../api/complications';
import { getRecord, recordEntries } from '../../db/anesthesia/record.repo';
import { currentVisit } from '../../db/assessment/visit.repo';
import type { Db } from '../../db/client';
import { caseComplications, insertComplication } from '../../db/complications/complication.repo';
import type { CaseWithPatient } from '../../db/registry/case.repo';
import {
  newSuggestions,
  type Suggestion,
  suggestAkiAroundSurgery,
  suggestAkiFromUrine,
  suggestDelirium,
  suggestFever,
  suggestFromVisit,
} from '../../domain/complications/detection';
import { urineHours } from '../../domain/monitoring/intake-output';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

type Reading = { value: number; at: Date };
const REGIONAL = ['nerve_block', 'combined', 'neuraxial'];

export class SuggestionService {
  constructor(private readonly ctx: AppContext) {}

  /** KDIGO by creatinine against the pre-operative baseline (the last value before anesthesia began). */
  async fromCreatinine(
    tx: Db,
    actor: Actor,
    c: CaseWithPatient,
    readings: Reading[],
  ): Promise<{ suggested: string | null; aki: Suggestion['evidence'] | null }> {
    const start = (c.anesthesiaStartAt ?? c.inRoomAt ?? c.scheduledStart).getTime();
    const s = suggestAkiAroundSurgery(
      readings.map((r) => ({ value: r.value, at: r.at.getTime() })),
      start,
    );
    const [suggested = null] = await this.enter(tx, actor, c, s ? [s] : []);
    return { suggested, aki: s?.evidence ?? null };
  }

  /** KDIGO by urine output since the end of anesthesia, weighed with the pre-anesthesia visit's weight. */
  async fromUrineOutput(
    tx: Db,
    actor: Actor,
    c: CaseWithPatient,
    urine: { volumeMl: number; at: Date }[],
    enteredAt: Date,
  ): Promise<string[]> {
    const visit = await currentVisit(tx, c.id);
    const weight = (visit?.data as { weightKg?: number } | undefined)?.weightKg ?? null;
    const from = (c.anesthesiaEndAt ?? c.outOfRoomAt ?? urine[0]?.at ?? enteredAt).getTime();
    const s = suggestAkiFromUrine(
      weight,
      urineHours(
        urine.map((u) => ({ volumeMl: u.volumeMl, at: u.at.getTime() })),
        from,
      ),
    );
    return this.enter(tx, actor, c, s ? [s] : []);
  }

  /** Persistent fever across the case's observation sets. */
  async fromTemperatures(tx: Db, actor: Actor, c: CaseWithPatient, temps: Reading[]): Promise<string[]> {
    const s = suggestFever(temps.map((t) => ({ value: t.value, at: t.at.toISOString() })));
    return this.enter(tx, actor, c, s ? [s] : []);
  }

  /** A 4AT or CAM-ICU with a total (CAM-ICU "unable to assess" has none and suggests nothing). */
  async fromDeliriumScreen(
    tx: Db,
    actor: Actor,
    c: CaseWithPatient,
    screen: { instrument: '4at' | 'cam-icu'; total: number; positive: boolean; at: Date },
  ): Promise<string[]> {
    const s = suggestDelirium([{ ...screen, at: screen.at.toISOString() }]);
    return this.enter(tx, actor, c, s ? [s] : []);
  }

  /** Findings of the post-anesthesia visit, read with what the anesthesia record says was given. */
  async fromPostanesthesiaVisit(
    tx: Db,
    actor: Actor,
    c: CaseWithPatient,
    findings: Record<string, unknown>,
    at: Date,
  ): Promise<string[]> {
    const entries = await recordEntries(tx, c.id);
    const record = await getRecord(tx, c.id);
    const method = record?.method ?? c.plannedAnesthesia;
    const suggestions = suggestFromVisit(findings, at.getTime(), {
      anesthesiaEnd: (c.anesthesiaEndAt ?? c.outOfRoomAt ?? at).getTime(),
      ketamineGiven: entries.drugs.some((d) => d.drug === 'ketamine' || d.drug === 'esketamine'),
      regionalBlock: REGIONAL.includes(method ?? ''),
    });
    return this.enter(tx, actor, c, suggestions);
  }

  /** Enters the new suggestions and tells the case's and ward's watchers; returns the entries' ids. */
  private async enter(
    tx: Db,
    actor: Actor,
    c: CaseWithPatient,
    suggestions: Suggestion[],
  ): Promise<string[]> {
    if (suggestions.length === 0) return [];
    const fresh = newSuggestions(await caseComplications(tx, c.id), suggestions);
    const stamp = { userId: actor.id, now: this.ctx.clock() };
    const created: string[] = [];
    for (const s of fresh) {
      const row = await insertComplication(
        tx,
        {
          caseId: c.id,
          patientId: c.patientId,
          type: s.type,
          onsetAt: new Date(s.onsetAt),
          status: 'suggested',
          rule: s.rule,
          evidence: s.evidence,
        },
        stamp,
      );
      created.push(row.id);
    }
    if (created.length) {
      const event: ComplicationsEvent & { wardId: string | null } = {
        type: 'complication.suggested',
        id: c.id,
        wardId: c.wardId,
      };
      await this.ctx.hub.publishMany(tx, [
        ...(c.wardId ? [{ topic: `ward:${c.wardId}` as const, ...event }] : []),
        { topic: `case:${c.id}` as const, ...event },
      ]);
    }
    return created;
  }
}
