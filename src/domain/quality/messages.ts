// The QC indicator engine's words in the one label shape (terms of the drill-down, units, exclusion flags).
// Indicator names live with each indicator (indicators-2022.ts, indicators-2015.ts).
import type { LocalText } from '../common/field-messages';
import type { Term } from './compute';
import type { CountingUnit, ExclusionFlag, Unit } from './types';

export const TERM_LABELS: Record<Term, LocalText> = {
  numerator: { 'zh-CN': '分子', 'en-US': 'Numerator' },
  denominator: { 'zh-CN': '分母', 'en-US': 'Denominator' },
  missing: { 'zh-CN': '数据缺失', 'en-US': 'Missing data' },
  unclassifiable: { 'zh-CN': '无法归类', 'en-US': 'Unclassifiable' },
  excluded: { 'zh-CN': '已排除', 'en-US': 'Excluded' },
};

export const UNIT_LABELS: Record<Unit, LocalText> = {
  '%': { 'zh-CN': '%', 'en-US': '%' },
  '‰': { 'zh-CN': '‰', 'en-US': '‰' },
  '‱': { 'zh-CN': '‱', 'en-US': '‱' },
  ratio: { 'zh-CN': '比值（X:1）', 'en-US': 'Ratio (X:1)' },
  count: { 'zh-CN': '例次/人', 'en-US': 'Case-episodes per person' },
  per_10000_cases: { 'zh-CN': '人/万例次', 'en-US': 'Per 10,000 case-episodes' },
};

export const COUNTING_LABELS: Record<CountingUnit | 'staffing', LocalText> = {
  episode: { 'zh-CN': '按例次', 'en-US': 'Case-episodes' },
  person: { 'zh-CN': '按患者人数', 'en-US': 'Persons' },
  staffing: { 'zh-CN': '按人员配置', 'en-US': 'Staffing' },
};

export const EXCLUSION_LABELS: Record<ExclusionFlag, LocalText> = {
  therapeutic_cooling: { 'zh-CN': '治疗性低温', 'en-US': 'Therapeutic cooling' },
  laryngeal_neck_thoracic_surgery: {
    'zh-CN': '喉、颈、胸部手术',
    'en-US': 'Laryngeal, neck or thoracic surgery',
  },
  cranial_surgery: { 'zh-CN': '颅脑手术', 'en-US': 'Craniocerebral surgery' },
  reintubation_for_reoperation: {
    'zh-CN': '因非计划再次手术插管',
    'en-US': 'Re-intubation for an unplanned return to theatre',
  },
  caesarean_conversion: { 'zh-CN': '产程中转剖宫产', 'en-US': 'Converted to caesarean section in labour' },
  deliberate_sedation: { 'zh-CN': '治疗性镇静', 'en-US': 'Deliberate sedation' },
  cardiac_arrest_outside_window: {
    'zh-CN': '心脏骤停不在统计时段内',
    'en-US': 'Cardiac arrest outside the indicator’s window',
  },
};

export const QUALITY_MESSAGES = {
  'quality.unknownsAsNonEvents': {
    'zh-CN': '未知按未发生计（参考值）',
    'en-US': 'Unknowns counted as non-events (for reference)',
  },
  'quality.valueUnavailable': { 'zh-CN': '分母为0，无法计算', 'en-US': 'Denominator is 0: no value' },
  'quality.staffingNotReported': { 'zh-CN': '人员配置未填报', 'en-US': 'Staffing not reported' },
  'quality.edition.2022': { 'zh-CN': '2022年版（26项）', 'en-US': '2022 edition (26 indicators)' },
  'quality.edition.2015': { 'zh-CN': '2015年版（17项）', 'en-US': '2015 edition (17 indicators)' },
} satisfies Record<string, LocalText>;
