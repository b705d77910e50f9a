// The OR board on paper and in Excel: the day's 手术排班表 (PDF, .xlsx) with the board's filters and
// ward scope, and one case's 手术通知单. Each begins with the access check; each patient printed or
// exported leaves an audit entry.

import type { BoardQuery } from '../../api/registry';
import { riskFlagsOfCases } from '../../db/assessment/visit.repo';
import { type CaseWithPatient, listCasesOnDate, placesOfCases } from '../../db/registry/case.repo';
import { listOrRooms } from '../../db/registry/ward.repo';
import { hasPermission } from '../../domain/auth/permissions';
import { DEPARTMENT } from '../../domain/auth/scope';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import type { DocumentFile } from '../platform/document-file';
import { localDate } from '../platform/local-date';
import { renderPdf, siteDateTime } from '../platform/pdf';
import { dayCases } from './day-cases';
import { noticeDocument } from './notice.pdf';
import { scheduleText } from './schedule.labels';
import { scheduleDocument } from './schedule.pdf';
import { scheduleWorkbook } from './schedule.xlsx';
import { type EntrySources, type ScheduleDay, scheduleDay, scheduleEntry } from './schedule-rows';

export class ScheduleService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  private async sources(actor: Actor, rows: CaseWithPatient[], identified: boolean): Promise<EntrySources> {
    const ids = rows.map((r) => r.id);
    const [places, risk, rooms] = await Promise.all([
      placesOfCases(this.db, ids),
      riskFlagsOfCases(this.db, ids),
      listOrRooms(this.db),
    ]);
    return {
      places,
      risk,
      rooms,
      identified,
      timeZone: this.ctx.config.PERIOP_SITE_TIMEZONE,
      locale: actor.locale,
    };
  }

  /** The day as the board shows it to this actor, grouped for the sheet. */
  private async day(
    actor: Actor,
    query: BoardQuery,
  ): Promise<{ sheet: ScheduleDay; rows: CaseWithPatient[] }> {
    const { day, rows, identified } = await dayCases(this.ctx, actor, query);
    const { date: _date, ...filter } = query;
    return { sheet: scheduleDay(rows, day, filter, await this.sources(actor, rows, identified)), rows };
  }

  /** One entry per patient on the sheet; an empty sheet still leaves one, without a patient. */
  private async audit(actor: Actor, action: 'print' | 'export', sheet: ScheduleDay, rows: CaseWithPatient[]) {
    const detail = { date: sheet.date, format: action === 'print' ? 'pdf' : 'xlsx', count: rows.length };
    await this.ctx.audit.recordEach(
      actor,
      rows.length === 0
        ? [{ action, resourceType: 'case_schedule', detail }]
        : rows.map((r) => ({
            action,
            resourceType: 'case_schedule',
            resourceId: r.id,
            patientId: r.patientId,
            detail,
          })),
    );
  }

  async schedulePdf(actor: Actor, query: BoardQuery): Promise<DocumentFile> {
    this.ctx.access.require(actor, 'case.read');
    const { sheet, rows } = await this.day(actor, query);
    const bytes = await renderPdf(
      scheduleDocument({
        day: sheet,
        printedBy: actor.displayName,
        printedAt: this.ctx.clock(),
        timeZone: this.ctx.config.PERIOP_SITE_TIMEZONE,
        locale: actor.locale,
      }),
    );
    await this.audit(actor, 'print', sheet, rows);
    return {
      bytes,
      filename: `${scheduleText('schedule.filename', actor.locale, { date: sheet.date })}.pdf`,
    };
  }

  async scheduleXlsx(actor: Actor, query: BoardQuery): Promise<DocumentFile> {
    this.ctx.access.require(actor, 'case.read');
    const { sheet, rows } = await this.day(actor, query);
    const bytes = await scheduleWorkbook(sheet, actor.locale, this.ctx.clock());
    await this.audit(actor, 'export', sheet, rows);
    return {
      bytes,
      filename: `${scheduleText('schedule.filename', actor.locale, { date: sheet.date })}.xlsx`,
    };
  }

  async notice(actor: Actor, id: string, size: 'A5' | 'A4'): Promise<DocumentFile> {
    const row = await this.ctx.access.case(actor, 'case.read', id);
    const timeZone = this.ctx.config.PERIOP_SITE_TIMEZONE;
    const identified = hasPermission(actor.role, 'patient.read');
    const day = localDate(row.scheduledStart, timeZone);
    const entry = scheduleEntry(row, day, await this.sources(actor, [row], identified));
    // The order within the room counts every case of the day, whichever ward it is from: only a number shows.
    const roomDay = (await listCasesOnDate(this.db, day, timeZone, DEPARTMENT)).filter(
      (c) => c.orRoom === row.orRoom && c.status !== 'cancelled',
    );
    const bytes = await renderPdf(
      noticeDocument({
        entry,
        scheduledAt: siteDateTime(row.scheduledStart, timeZone),
        sequence: roomDay.findIndex((c) => c.id === row.id) + 1 || null,
        size,
        printedBy: actor.displayName,
        printedAt: this.ctx.clock(),
        timeZone,
        locale: actor.locale,
      }),
    );
    await this.ctx.audit.record(actor, {
      action: 'print',
      resourceType: 'case_notice',
      resourceId: row.id,
      patientId: row.patientId,
      detail: { size },
    });
    const mrn = entry.mrn || row.id.slice(0, 8);
    return { bytes, filename: `${scheduleText('notice.filename', actor.locale, { mrn })}.pdf` };
  }
}
