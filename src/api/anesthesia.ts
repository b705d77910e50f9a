// The anesthesia record's contract.
import { defineErrors } from './error-def';

export const anesthesiaErrors = defineErrors({
  record_signed: {
    status: 409,
    'zh-CN': '麻醉记录已签名锁定，如需修改请发起修订并填写原因',
    'en-US': 'The anesthesia record is signed; amend it with a reason to change it',
  },
  record_not_signed: {
    status: 409,
    'zh-CN': '麻醉记录尚未签名，无需修订',
    'en-US': 'The record is not signed; no amendment is needed',
  },
  checklist_incomplete: {
    status: 400,
    'zh-CN': '「{phase}」尚未完成，如确需继续请填写越过核查的理由',
    'en-US': 'The checklist phase "{phase}" is not complete; give a reason to proceed without it',
  },
});
