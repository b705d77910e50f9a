// The complication registry's contract.
import { defineErrors } from './error-def';

export const complicationsErrors = defineErrors({
  complication_decided: {
    status: 409,
    'zh-CN': '该并发症提示已被确认或排除',
    'en-US': 'The suggested complication has already been decided',
  },
});
