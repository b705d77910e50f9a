// Follow-up tasks and their calls: the open tasks of the actor's wards, and a call's result, which sets
// the 28-day outcome through the complications' outcome service. Each method begins with the access
// check, then one transaction: domain → repositories → audit.
import type { CallInput, TaskDone, TaskList } from '../../api/followup';
import type { Db } from '../../db/client';
import { completeTask, createTask, getTask, openTasks } from '../../db/followup/task.repo';
import { type CallResult, callResultText, outcomeOfCall } from '../../domain/followup/tasks';
import { OutcomeService } from '../complications/outcome.service';
import { AppError, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

export class FollowupTaskService {
  private readonly outcomes: OutcomeService;

  constructor(private readonly ctx: AppContext) {
    this.outcomes = new OutcomeService(ctx);
  }

  private get db() {
    return this.ctx.database.db;
  }

  async open(actor: Actor): Promise<TaskList> {
    this.ctx.access.require(actor, 'followup.work');
    const items = await openTasks(this.db, actor.scope);
    await this.ctx.audit.recordEach(
      actor,
      items.map((t) => ({
        action: 'list',
        resourceType: 'followup_task',
        resourceId: t.id,
        patientId: t.patient_id,
      })),
    );
    return {
      items: items.map((t) => ({
        id: t.id,
        caseId: t.case_id,
        patientId: t.patient_id,
        kind: t.kind,
        dueAt: new Date(t.due_at).toISOString(),
        patientName: t.patient_name,
        patientMrn: t.patient_mrn,
        phone: t.phone,
        procedureText: t.procedure_text,
      })),
    };
  }

  /** Records the call on the task, once; a reached patient's answer becomes the case's outcome. */
  async complete(actor: Actor, id: string, input: CallInput): Promise<TaskDone> {
    this.ctx.access.require(actor, 'followup.work');
    const task = await getTask(this.db, id, actor.scope);
    if (!task) throw notFound();
    const c = await this.ctx.access.case(actor, 'followup.work', task.caseId);
    const call: CallResult =
      input.status === 'died' ? { ...input, deathAt: Date.parse(input.deathAt) } : input;
    if (call.status === 'died' && call.deathAt > this.ctx.clock().getTime())
      throw new AppError('validation_failed', {}, [{ path: 'deathAt', message: 'record.time.in_future' }]);
    return this.db.transaction(async (tx) => {
      const done = await completeTask(tx, task.id, callResultText(call), {
        userId: actor.id,
        now: this.ctx.clock(),
      });
      if (!done) throw new AppError('followup_done');
      const found = outcomeOfCall(call);
      if (found) await this.outcomes.recordCall(tx, actor, c, found);
      await this.ctx.audit.record(
        actor,
        {
          action: 'complete',
          resourceType: 'followup_task',
          resourceId: task.id,
          patientId: c.patientId,
          detail: { status: call.status },
        },
        tx,
      );
      return { id: task.id, status: 'done' };
    });
  }

  /** The day-28 call for a case whose outcome hospital data left unknown (from the day-28 job). */
  async scheduleDay28Call(tx: Db, c: { caseId: string; patientId: string }, now: Date): Promise<void> {
    await createTask(tx, {
      caseId: c.caseId,
      patientId: c.patientId,
      kind: 'day28_call',
      dueAt: now,
      createdAt: now,
    });
  }
}
