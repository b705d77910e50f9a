// Recommendations of signed visits, followed as tasks until someone accepts, declines (with a reason)
// or completes them. Each method begins with the access check; a task is found only within the
// actor's wards (the case's ward), so another ward's task reads as not found.
import type { TaskActionInput, TaskActionResult, TaskList, TaskListQuery } from '../../api/assessment';
import { getTask, listTasks, updateTask } from '../../db/assessment/recommendation-task.repo';
import { applyTaskAction, type TaskAction } from '../../domain/assessment/recommendation-task';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { taskDto } from './dto';

export class RecommendationService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  async list(actor: Actor, query: TaskListQuery): Promise<TaskList> {
    this.ctx.access.require(actor, 'assessment.read');
    const rows = await listTasks(this.db, {
      open: query.status === 'open',
      caseId: query.caseId,
      scope: actor.scope,
    });
    await this.ctx.audit.record(actor, {
      action: 'list',
      resourceType: 'recommendation',
      detail: { count: rows.length },
    });
    return { items: rows.map(taskDto) };
  }

  async act(actor: Actor, id: string, input: TaskActionInput): Promise<TaskActionResult> {
    this.ctx.access.require(actor, 'assessment.write');
    const task = await getTask(this.db, id, actor.scope);
    if (!task) throw notFound();
    const now = this.ctx.clock();
    const action: TaskAction =
      input.action === 'decline'
        ? { kind: 'decline', by: actor.id, at: now, reason: input.reason ?? '' }
        : input.action === 'complete'
          ? { kind: 'complete', by: actor.id, at: now, note: input.reason }
          : { kind: 'accept', by: actor.id, at: now };
    const outcome = applyTaskAction({ status: task.status }, action);
    if (!outcome.ok) {
      if (outcome.problem === 'reason_required')
        throw new AppError('validation_failed', {}, [{ path: 'reason', message: 'task.reason_required' }]);
      throw new AppError('task_closed');
    }
    const row = await this.db.transaction(async (tx) => {
      const updated = await updateTask(
        tx,
        task.id,
        input.version,
        { status: outcome.status, reason: outcome.reason },
        { userId: actor.id, now },
      );
      if (!updated) throw conflict(task.version);
      await this.ctx.audit.record(
        actor,
        {
          action: input.action,
          resourceType: 'recommendation',
          resourceId: task.id,
          patientId: task.patientId,
        },
        tx,
      );
      return updated;
    });
    return { id: row.id, status: row.status, version: row.version };
  }
}
