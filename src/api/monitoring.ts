// Post-operative monitoring's contract: observation sets, early-warning alerts, the ward board.
import { defineErrors } from './error-def';

export const monitoringErrors = defineErrors({
  alert_closed: {
    status: 409,
    'zh-CN': '该预警已被处理',
    'en-US': 'The alert has already been acknowledged',
  },
});
