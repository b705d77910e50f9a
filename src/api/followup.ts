// Follow-up's contract.
import { defineErrors } from './error-def';

export const followupErrors = defineErrors({
  followup_done: { status: 409, 'zh-CN': '该随访任务已完成', 'en-US': 'This follow-up task is already done' },
});
