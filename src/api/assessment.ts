// The pre-operative assessment's contract: the visit, its recommendations and worklists.
import { defineErrors } from './error-def';

export const assessmentErrors = defineErrors({
  case_closed: {
    status: 409,
    'zh-CN': '该手术已取消或已结束，不能再填写术前访视',
    'en-US': 'The case is cancelled or finished; no pre-anesthesia visit can be recorded',
  },
  visit_signed: {
    status: 409,
    'zh-CN': '访视已签名锁定，如需修改请发起修订并填写原因',
    'en-US': 'The visit is signed and locked; start an amendment with a reason to change it',
  },
  visit_not_signed: {
    status: 409,
    'zh-CN': '访视尚未签名，无需修订',
    'en-US': 'The visit is not signed; no amendment is needed',
  },
  visit_incomplete: {
    status: 400,
    'zh-CN': '签名前请完成标出的必填项目',
    'en-US': 'Complete the marked items before signing',
  },
  print_requires_signature: {
    status: 409,
    'zh-CN': '访视签名后才能打印',
    'en-US': 'Only a signed visit can be printed',
  },
  task_closed: { status: 409, 'zh-CN': '该建议已处理完毕', 'en-US': 'This recommendation is already closed' },
});
