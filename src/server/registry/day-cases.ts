// The cases of one local day as the OR board lists them: within the actor's wards, then narrowed by the
// board's filters. The board, the printed schedule and the Excel export all read the day through here.
import type { BoardQuery } from '../../api/registry';
import { type CaseWithPatient, listCasesOnDate } from '../../db/registry/case.repo';
import { hasPermission } from '../../domain/auth/permissions';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { localDate } from '../platform/local-date';
import { matchesBoardFilter } from './board-filter';

export type DayCases = {
  day: string;
  /** Every case of the day the actor may see, before the filters. */
  all: CaseWithPatient[];
  /** The cases the filters keep, ordered by room and scheduled start. */
  rows: CaseWithPatient[];
  /** Whether the actor may see who the patients are (else names are masked). */
  identified: boolean;
};

export async function dayCases(ctx: AppContext, actor: Actor, query: BoardQuery): Promise<DayCases> {
  const { date, ...filter } = query;
  const timeZone = ctx.config.PERIOP_SITE_TIMEZONE;
  const day = date ?? localDate(ctx.clock(), timeZone);
  const all = await listCasesOnDate(ctx.database.db, day, timeZone, actor.scope);
  const identified = hasPermission(actor.role, 'patient.read');
  return { day, all, rows: all.filter((c) => matchesBoardFilter(c, filter, identified)), identified };
}
