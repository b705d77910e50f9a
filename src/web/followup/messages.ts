// The words of follow-up tasks and calls, in the one label shape.
import type { Messages } from '../shared/messages-shape';

export const followupMessages = {
  'followup.title': { 'zh-CN': '随访任务', 'en-US': 'Follow-up tasks' },
  'followup.due': { 'zh-CN': '到期', 'en-US': 'Due' },
  'followup.phone': { 'zh-CN': '电话', 'en-US': 'Phone' },
  'followup.kind.day28_call': { 'zh-CN': '术后第 28 天电话随访', 'en-US': 'Day-28 follow-up call' },
  'followup.record': { 'zh-CN': '记录随访', 'en-US': 'Record the call' },
  'followup.status.alive': { 'zh-CN': '存活', 'en-US': 'Alive' },
  'followup.status.died': { 'zh-CN': '死亡', 'en-US': 'Died' },
  'followup.status.unreachable': { 'zh-CN': '未能联系', 'en-US': 'Unreachable' },
  'followup.deathAt': { 'zh-CN': '死亡时间', 'en-US': 'Time of death' },
  'followup.cause': { 'zh-CN': '死亡原因', 'en-US': 'Cause of death' },
  'followup.note': { 'zh-CN': '说明', 'en-US': 'Note' },
} as const satisfies Messages;
