// Follow-up's contract: the open tasks (the day-28 call) and recording a call's result — request and
// response schemas of every route, and its error codes.
import { z } from 'zod';
import { FOLLOWUP_TASK_KINDS } from '../domain/followup/tasks';
import { isoInstant } from '../domain/scores/time';
import { defineErrors } from './error-def';

export const idParams = z.object({ id: z.uuid() });
const text200 = z.string().trim().min(1).max(200);

export const taskSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  patientId: z.string(),
  kind: z.enum(FOLLOWUP_TASK_KINDS),
  dueAt: z.string(),
  patientName: z.string(),
  patientMrn: z.string(),
  phone: z.string().nullable(),
  procedureText: z.string(),
});
export type FollowupTask = z.infer<typeof taskSchema>;
export const taskList = z.object({ items: z.array(taskSchema) });
export type TaskList = z.infer<typeof taskList>;

/** The call: the patient is alive, died (when, of what), or could not be reached. */
export const callInput = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('alive') }),
  z.strictObject({ status: z.literal('died'), deathAt: isoInstant, cause: text200 }),
  z.strictObject({ status: z.literal('unreachable'), note: text200 }),
]);
export type CallInput = z.infer<typeof callInput>;
export const taskDoneSchema = z.object({ id: z.string(), status: z.literal('done') });
export type TaskDone = z.infer<typeof taskDoneSchema>;

export const followupErrors = defineErrors({
  followup_done: { status: 409, 'zh-CN': '该随访任务已完成', 'en-US': 'This follow-up task is already done' },
});
