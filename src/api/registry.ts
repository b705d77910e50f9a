// The registry's contract: patients, admissions, cases and the OR board.
import { defineErrors } from './error-def';

export const registryErrors = defineErrors({
  illegal_transition: {
    status: 409,
    'zh-CN': '当前状态“{from}”不能变更为“{to}”，允许的操作：{allowed}',
    'en-US': 'A case in status "{from}" cannot move to "{to}"; allowed: {allowed}',
  },
  transition_before_previous: {
    status: 400,
    'zh-CN': '时间不能早于上一环节的时间（{previous}）',
    'en-US': 'The time cannot precede the previous step ({previous})',
  },
  transition_in_future: {
    status: 400,
    'zh-CN': '时间不能晚于当前时间',
    'en-US': 'The time cannot be in the future',
  },
  cancel_reason_required: {
    status: 400,
    'zh-CN': '取消手术必须填写原因',
    'en-US': 'A reason is required to cancel',
  },
  duplicate_mrn: { status: 409, 'zh-CN': '住院号 {mrn} 已存在', 'en-US': 'MRN {mrn} already exists' },
});
