// The words of suggested and confirmed complications, in the one label shape.
import type { Messages } from '../shared/messages-shape';

export const complicationsMessages = {
  'comp.title': { 'zh-CN': '并发症', 'en-US': 'Complications' },
  'comp.none': { 'zh-CN': '无', 'en-US': 'None' },
  'comp.suggested': { 'zh-CN': '待确认', 'en-US': 'To confirm' },
  'comp.confirmed': { 'zh-CN': '已确认', 'en-US': 'Confirmed' },
  'comp.dismissed': { 'zh-CN': '已排除', 'en-US': 'Dismissed' },
  'comp.confirm': { 'zh-CN': '确认', 'en-US': 'Confirm' },
  'comp.dismiss': { 'zh-CN': '排除', 'en-US': 'Dismiss' },
  'comp.grade': { 'zh-CN': 'Clavien–Dindo 分级', 'en-US': 'Clavien–Dindo grade' },
  'comp.treatment': { 'zh-CN': '处理', 'en-US': 'Treatment' },
  'comp.reason': { 'zh-CN': '排除理由', 'en-US': 'Reason to dismiss' },
  'comp.labs': { 'zh-CN': '肌酐（µmol/L）', 'en-US': 'Creatinine (µmol/L)' },
  'comp.addLab': { 'zh-CN': '录入', 'en-US': 'Add' },
  'comp.evidence': { 'zh-CN': '依据：{text}', 'en-US': 'Evidence: {text}' },
} as const satisfies Messages;
