// The pre-anesthesia visit of a case: drafts autosave, signing locks and opens the recommendations as
// tasks, amendments are new revisions; the server recomputes every score on save and stores inputs,
// results and instrument versions. Each method begins with the access check on the case, then one
// transaction: domain → repositories → audit → publish.
import type { AssessmentEvent, Visit, VisitBundle, VisitSave } from '../../api/assessment';
import { openTasks } from '../../db/assessment/recommendation-task.repo';
import {
  currentVisit,
  insertVisit,
  signerName,
  signVisit,
  updateDraft,
  type VisitValues,
  visitRevisions,
} from '../../db/assessment/visit.repo';
import type { Db } from '../../db/client';
import type { CaseWithPatient } from '../../db/registry/case.repo';
import { visitText } from '../../domain/assessment/messages';
import { recommendationsOf } from '../../domain/assessment/recommendation-task';
import { highRiskFlagsOf } from '../../domain/assessment/risk-flags';
import {
  assessVisit,
  isLateVisit,
  signingMissing,
  type VisitContext,
  type VisitData,
} from '../../domain/assessment/visit';
import { caseTakesVisit } from '../../domain/assessment/visit-status';
import type { Locale } from '../../domain/common/field-messages';
import { completedYears } from '../../domain/registry/age';
import type { Approach, Urgency } from '../../domain/registry/vocabulary';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { localDate } from '../platform/local-date';
import { renderPdf } from '../platform/pdf';
import { visitDto } from './dto';
import { visitDocument } from './visit.pdf';

// The printed visit is the hospital's record, in Chinese whatever the reader's language.
const RECORD_LOCALE: Locale = 'zh-CN';

export class VisitService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  private contextOf(c: CaseWithPatient): VisitContext {
    const today = localDate(this.ctx.clock(), this.ctx.config.PERIOP_SITE_TIMEZONE);
    return {
      age: completedYears(c.patientBirthDate, today),
      sex: c.patientSex === 'male' || c.patientSex === 'female' ? c.patientSex : 'unknown',
      approach: c.approach as Approach,
      urgency: c.urgency as Urgency,
      diagnosisCode: c.diagnosisCode,
    };
  }

  /** Scores, high-risk flags and the AQI-PVR-04 late flag, computed by the server from the inputs. */
  private evaluate(data: VisitData, c: CaseWithPatient): VisitValues {
    const results = assessVisit(data, this.contextOf(c));
    return {
      data,
      results,
      highRiskFlags: highRiskFlagsOf(results),
      visitAt: data.visitAt ? new Date(data.visitAt) : null,
      late: isLateVisit(data.visitAt, c.inRoomAt?.toISOString()),
    };
  }

  /** Tells the boards of the case's day and the viewers of the case that its visit changed. */
  private async announce(tx: Db, c: CaseWithPatient, type: AssessmentEvent['type']) {
    const event = { type, id: c.id, data: { status: c.status }, wardId: c.wardId };
    const day = localDate(c.scheduledStart, this.ctx.config.PERIOP_SITE_TIMEZONE);
    await this.ctx.hub.publishMany(tx, [
      { topic: `board:${day}`, ...event },
      { topic: `case:${c.id}`, ...event },
    ]);
  }

  /** The current revision and the history, with what the scores need from the case. */
  async get(actor: Actor, caseId: string): Promise<VisitBundle> {
    const c = await this.ctx.access.case(actor, 'assessment.read', caseId);
    const revisions = await visitRevisions(this.db, c.id);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'visit',
      resourceId: c.id,
      patientId: c.patientId,
    });
    const current = revisions.at(-1);
    return {
      current: current ? visitDto(current) : null,
      revisions: revisions.map(visitDto),
      context: this.contextOf(c),
    };
  }

  /** Saves the draft (the first save creates revision 1) over the version the client read. */
  async save(actor: Actor, caseId: string, body: VisitSave): Promise<Visit> {
    const c = await this.ctx.access.case(actor, 'assessment.write', caseId);
    if (!caseTakesVisit(c.status)) throw new AppError('case_closed');
    const values = this.evaluate(body.data, c);
    const by = { userId: actor.id, now: this.ctx.clock() };
    const saved = await this.db.transaction(async (tx) => {
      const current = await currentVisit(tx, c.id);
      if (current?.status === 'signed') throw new AppError('visit_signed');
      const row = current
        ? await updateDraft(tx, current.id, body.version ?? 0, values, by)
        : await insertVisit(tx, { caseId: c.id, patientId: c.patientId, revision: 1, ...values }, by);
      if (!row) throw conflict(current?.version ?? 0, current ? visitDto(current) : undefined);
      await this.ctx.audit.record(
        actor,
        {
          action: current ? 'update' : 'create',
          resourceType: 'visit',
          resourceId: row.id,
          patientId: c.patientId,
        },
        tx,
      );
      await this.announce(tx, c, 'visit.saved');
      return row;
    });
    return visitDto(saved);
  }

  /** Signs and locks the current draft, opening its recommendations as tasks. */
  async sign(actor: Actor, caseId: string, version: number): Promise<Visit> {
    const c = await this.ctx.access.case(actor, 'assessment.sign', caseId);
    if (!caseTakesVisit(c.status)) throw new AppError('case_closed');
    const by = { userId: actor.id, now: this.ctx.clock() };
    const signed = await this.db.transaction(async (tx) => {
      const current = await currentVisit(tx, c.id);
      if (!current) throw notFound();
      if (current.status === 'signed') throw new AppError('visit_signed');
      const missing = signingMissing(current.data);
      if (missing.length > 0) {
        throw new AppError(
          'visit_incomplete',
          {},
          missing.map((path) => ({ path: `data.${path}`, message: 'visit.required' })),
        );
      }
      const row = await signVisit(tx, current.id, version, by);
      if (!row) throw conflict(current.version, visitDto(current));
      await openTasks(tx, row, recommendationsOf(row.results), by);
      await this.ctx.audit.record(
        actor,
        {
          action: 'sign',
          resourceType: 'visit',
          resourceId: row.id,
          patientId: c.patientId,
          detail: { late: row.late },
        },
        tx,
      );
      await this.announce(tx, c, 'visit.signed');
      return row;
    });
    return visitDto(signed);
  }

  /** Opens the next revision of a signed visit, with the reason, its data carried over. */
  async amend(actor: Actor, caseId: string, reason: string): Promise<Visit> {
    const c = await this.ctx.access.case(actor, 'assessment.sign', caseId);
    const by = { userId: actor.id, now: this.ctx.clock() };
    const amended = await this.db.transaction(async (tx) => {
      const current = await currentVisit(tx, c.id);
      if (!current) throw notFound();
      if (current.status !== 'signed') throw new AppError('visit_not_signed');
      const row = await insertVisit(
        tx,
        {
          caseId: c.id,
          patientId: c.patientId,
          revision: current.revision + 1,
          amendmentReason: reason,
          ...this.evaluate(current.data, c),
        },
        by,
      );
      await this.ctx.audit.record(
        actor,
        {
          action: 'amend',
          resourceType: 'visit',
          resourceId: row.id,
          patientId: c.patientId,
          detail: { reason },
        },
        tx,
      );
      return row;
    });
    return visitDto(amended);
  }

  /** A signed revision (the latest signed one unless asked) as an A4 PDF, with its file name. */
  async print(actor: Actor, caseId: string, revision?: number): Promise<{ pdf: Buffer; filename: string }> {
    const c = await this.ctx.access.case(actor, 'assessment.read', caseId);
    const revisions = await visitRevisions(this.db, c.id);
    const wanted = revision
      ? revisions.find((r) => r.revision === revision)
      : revisions.findLast((r) => r.status === 'signed');
    if (!wanted) throw revisions.length ? new AppError('print_requires_signature') : notFound();
    if (wanted.status !== 'signed') throw new AppError('print_requires_signature');
    const pdf = await renderPdf(
      visitDocument({
        caseInfo: c,
        context: this.contextOf(c),
        visit: { ...wanted, signerName: await signerName(this.db, wanted.signedBy) },
        locale: RECORD_LOCALE,
        timeZone: this.ctx.config.PERIOP_SITE_TIMEZONE,
        printedAt: this.ctx.clock(),
      }),
    );
    await this.ctx.audit.record(actor, {
      action: 'print',
      resourceType: 'visit',
      resourceId: wanted.id,
      patientId: c.patientId,
      detail: { revision: wanted.revision },
    });
    const filename = visitText('visit.pdf.filename', RECORD_LOCALE, {
      mrn: c.patientMrn,
      revision: wanted.revision,
    });
    return { pdf, filename };
  }
}
