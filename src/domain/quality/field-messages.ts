// Messages of the quality capability's input checks (the period, the ward list, the staffing entry).
import type { LocalText } from '../common/field-messages';

export const QUALITY_FIELD_MESSAGES: Record<string, LocalText> = {
  'quality.period.reversed': {
    'zh-CN': '统计期间的开始日期晚于结束日期',
    'en-US': 'The period starts after it ends',
  },
  'quality.period.too_long': {
    'zh-CN': '统计期间不能超过 10 年',
    'en-US': 'The period cannot be longer than 10 years',
  },
  'quality.wards.format': {
    'zh-CN': '病区代码以逗号分隔，每个 1–32 位字母、数字或连字符',
    'en-US': 'Ward codes are separated by commas, each 1–32 letters, digits or hyphens',
  },
  'quality.wards.unknown': { 'zh-CN': '没有这个病区代码', 'en-US': 'No ward has this code' },
  'quality.month.format': { 'zh-CN': '月份格式为 YYYY-MM', 'en-US': 'A month is written YYYY-MM' },
  'quality.headcount.range': {
    'zh-CN': '人数为 0–9999 的整数',
    'en-US': 'A head-count is a whole number from 0 to 9999',
  },
};
