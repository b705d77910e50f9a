// The assessment's worklists, within the actor's wards: 待访视 (the next three days' cases without a
// signed visit) and 高危患者 (this week's cases whose latest visit raises high-risk flags).
import type { Worklist } from '../../api/assessment';
import { casesAwaitingVisit, highRiskCases } from '../../db/assessment/worklist.repo';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { worklistItemDto } from './dto';

const DAY = 86_400_000;

export class WorklistService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** From half a day ago (this morning's cases still count) to three days ahead. */
  async pendingVisits(actor: Actor): Promise<Worklist> {
    this.ctx.access.require(actor, 'assessment.read');
    const now = this.ctx.clock().getTime();
    const rows = await casesAwaitingVisit(
      this.db,
      new Date(now - DAY / 2),
      new Date(now + 3 * DAY),
      actor.scope,
    );
    await this.ctx.audit.record(actor, {
      action: 'list',
      resourceType: 'worklist.pending_visits',
      detail: { count: rows.length },
    });
    return { items: rows.map(worklistItemDto) };
  }

  /** From three days ago to a week ahead. */
  async highRisk(actor: Actor): Promise<Worklist> {
    this.ctx.access.require(actor, 'assessment.read');
    const now = this.ctx.clock().getTime();
    const rows = await highRiskCases(this.db, new Date(now - 3 * DAY), new Date(now + 7 * DAY), actor.scope);
    await this.ctx.audit.record(actor, {
      action: 'list',
      resourceType: 'worklist.high_risk',
      detail: { count: rows.length },
    });
    return { items: rows.map(worklistItemDto) };
  }
}
