// The words of the bed statistics page (床位统计): the nine NHC figures (china-standards.md §3), the monthly
// table per ward, the occupancy and balance charts ("before and after 全科一张床"), the midnight census of a
// date and the Excel export.
import type { Messages } from '../shared/messages-shape';

export const bedStatisticsMessages = {
  'beds.stats.menu': { 'zh-CN': '床位统计', 'en-US': 'Bed statistics' },
  'beds.stats.title': { 'zh-CN': '床位统计', 'en-US': 'Bed statistics' },
  'beds.stats.period': { 'zh-CN': '统计月份', 'en-US': 'Months' },
  'beds.stats.wards': { 'zh-CN': '病区', 'en-US': 'Wards' },
  'beds.stats.wards.all': { 'zh-CN': '全部病区', 'en-US': 'All wards' },
  'beds.stats.pool': { 'zh-CN': '全科一张床启用月份', 'en-US': 'Bed pool started in' },
  'beds.stats.pool.none': { 'zh-CN': '未标注', 'en-US': 'Not marked' },
  'beds.stats.export': { 'zh-CN': '导出病床使用情况月报', 'en-US': 'Export the monthly bed report' },
  'beds.stats.scope': {
    'zh-CN': '{from} 至 {to}，{wards}；按每日 24 时床位日报计算，当日入院当日出院计 1 床日',
    'en-US': '{from} to {to}, {wards}; from the census at each midnight, a same-day stay counting 1 bed-day',
  },
  'beds.stats.partial': {
    'zh-CN': '期间尚未结束：只计到 {date} 24 时',
    'en-US': 'The period has not ended: counted up to midnight of {date}',
  },
  'beds.stats.skipped': {
    'zh-CN': '{n} 次住院的床位记录前后矛盾，未计入任何指标，请核对',
    'en-US': '{n} admissions have contradictory bed records and are left out of every figure; check them',
  },
  'beds.stats.figures': { 'zh-CN': '期间指标', 'en-US': 'Figures of the period' },
  'beds.stats.f.openBedDays': { 'zh-CN': '实际开放总床日数', 'en-US': 'Open bed-days' },
  'beds.stats.f.occupiedBedDays': { 'zh-CN': '实际占用总床日数', 'en-US': 'Occupied bed-days' },
  'beds.stats.f.averageOpenBeds': { 'zh-CN': '平均开放病床数', 'en-US': 'Average open beds' },
  'beds.stats.f.occupancy': { 'zh-CN': '病床使用率', 'en-US': 'Bed occupancy' },
  'beds.stats.f.turnover': { 'zh-CN': '病床周转次数', 'en-US': 'Bed turnover' },
  'beds.stats.f.averageBedWorkingDays': { 'zh-CN': '平均病床工作日', 'en-US': 'Average bed working days' },
  'beds.stats.f.discharges': { 'zh-CN': '出院人数', 'en-US': 'Discharges' },
  'beds.stats.f.dischargedBedDays': {
    'zh-CN': '出院者占用总床日数',
    'en-US': 'Bed-days of discharged patients',
  },
  'beds.stats.f.averageLengthOfStay': { 'zh-CN': '出院者平均住院日', 'en-US': 'Average length of stay' },
  'beds.stats.def.openBedDays': {
    'zh-CN':
      '每日 24 时开放病床数之和：含消毒、小修暂停的病床和加床超过半年的病床，不含扩建、大修停用的病床和临时加床',
    'en-US':
      'Beds open at each midnight, summed: beds closed for disinfection or minor repair and extra beds in place over six months count; beds closed for extension or major repair and temporary extra beds do not',
  },
  'beds.stats.def.occupiedBedDays': {
    'zh-CN': '每日 24 时在院人数之和，含临时加床；当日入院当日出院计 1 床日',
    'en-US': 'Inpatients present at each midnight, summed, extra beds included; a same-day stay counts 1',
  },
  'beds.stats.def.averageOpenBeds': {
    'zh-CN': '实际开放总床日数 ÷ 本期日历日数',
    'en-US': 'Open bed-days ÷ days in the period',
  },
  'beds.stats.def.occupancy': {
    'zh-CN': '实际占用总床日数 ÷ 实际开放总床日数 × 100%',
    'en-US': 'Occupied bed-days ÷ open bed-days × 100%',
  },
  'beds.stats.def.turnover': {
    'zh-CN': '出院人数 ÷ 平均开放病床数',
    'en-US': 'Discharges ÷ average open beds',
  },
  'beds.stats.def.averageBedWorkingDays': {
    'zh-CN': '实际占用总床日数 ÷ 平均开放病床数',
    'en-US': 'Occupied bed-days ÷ average open beds',
  },
  'beds.stats.def.discharges': {
    'zh-CN': '期间出院的患者，计入最后所在病区',
    'en-US': 'Patients discharged in the period, counted to their last ward',
  },
  'beds.stats.def.dischargedBedDays': {
    'zh-CN': '出院者住院日之和：出院日期 − 入院日期，当日出院计 1 日',
    'en-US': 'Their stays summed: discharge date − admission date, a same-day stay = 1 day',
  },
  'beds.stats.def.averageLengthOfStay': {
    'zh-CN': '出院者占用总床日数 ÷ 出院人数',
    'en-US': 'Bed-days of discharged patients ÷ discharges',
  },
  'beds.stats.noValue': { 'zh-CN': '分母为 0，无法计算', 'en-US': 'The denominator is 0' },
  'beds.stats.value.percent': { 'zh-CN': '{v}%', 'en-US': '{v}%' },
  'beds.stats.value.days': { 'zh-CN': '{v} 日', 'en-US': '{v} days' },
  'beds.stats.value.times': { 'zh-CN': '{v} 次', 'en-US': '{v} times' },
  'beds.stats.value.beds': { 'zh-CN': '{v} 张', 'en-US': '{v} beds' },
  'beds.stats.chart.occupancy': { 'zh-CN': '各病区病床使用率（逐月）', 'en-US': 'Ward occupancy by month' },
  'beds.stats.chart.spread': {
    'zh-CN': '各病区占用率极差（逐月，越低越均衡）',
    'en-US': 'Spread of ward occupancies by month (lower = more even)',
  },
  'beds.stats.chart.department': { 'zh-CN': '全科', 'en-US': 'Department' },
  'beds.stats.chart.spreadSeries': { 'zh-CN': '极差', 'en-US': 'Spread' },
  'beds.stats.chart.sdSeries': { 'zh-CN': '标准差', 'en-US': 'Standard deviation' },
  'beds.stats.chart.poolStart': { 'zh-CN': '全科一张床', 'en-US': 'Bed pool' },
  'beds.stats.chart.empty': {
    'zh-CN': '所选期间没有可比较的月份',
    'en-US': 'No month to compare in the period',
  },
  'beds.stats.beforeAfter': {
    'zh-CN': '启用前平均极差 {before}（{nBefore} 个月），启用后 {after}（{nAfter} 个月）',
    'en-US': 'Average spread before the pool {before} ({nBefore} months), after {after} ({nAfter} months)',
  },
  'beds.stats.beforeAfter.missing': {
    'zh-CN': '所选期间需同时包含启用前后的月份才能比较',
    'en-US': 'The period needs months both before and after the pool started to compare them',
  },
  'beds.stats.monthly': { 'zh-CN': '逐月各病区', 'en-US': 'Month by month per ward' },
  'beds.stats.col.month': { 'zh-CN': '月份', 'en-US': 'Month' },
  'beds.stats.col.ward': { 'zh-CN': '病区', 'en-US': 'Ward' },
  'beds.stats.row.department': { 'zh-CN': '全科合计', 'en-US': 'Department total' },
  'beds.stats.row.period': { 'zh-CN': '期间合计', 'en-US': 'Period total' },
  'beds.stats.row.spread': { 'zh-CN': '极差 {v}', 'en-US': 'Spread {v}' },
  'beds.stats.census': { 'zh-CN': '某日 24 时床位日报', 'en-US': 'Midnight census of a date' },
  'beds.stats.census.date': { 'zh-CN': '日期', 'en-US': 'Date' },
  'beds.stats.census.provisional': {
    'zh-CN': '今晚 24 时尚未到：显示当前在床情况',
    'en-US': 'Midnight has not come yet: this is who is in a bed now',
  },
  'beds.stats.census.present': { 'zh-CN': '在院人数', 'en-US': 'Present' },
  'beds.stats.census.inExtraBeds': { 'zh-CN': '其中加床', 'en-US': 'In extra beds' },
  'beds.stats.census.openBeds': { 'zh-CN': '开放床位', 'en-US': 'Open beds' },
  'beds.stats.census.occupancy': { 'zh-CN': '当晚使用率', 'en-US': 'Occupancy that night' },
  'beds.stats.census.bed': { 'zh-CN': '床号', 'en-US': 'Bed' },
  'beds.stats.census.patient': { 'zh-CN': '患者', 'en-US': 'Patient' },
  'beds.stats.census.mrn': { 'zh-CN': '住院号', 'en-US': 'MRN' },
  'beds.stats.census.since': { 'zh-CN': '入住本床', 'en-US': 'In this bed since' },
  'beds.stats.census.extraBed': { 'zh-CN': '加床', 'en-US': 'Extra bed' },
  'beds.stats.census.noBed': { 'zh-CN': '床位未登记', 'en-US': 'Bed not recorded' },
  'beds.stats.census.empty': { 'zh-CN': '该日 24 时无在院患者', 'en-US': 'Nobody was in at that midnight' },
  'beds.stats.census.total': { 'zh-CN': '全科', 'en-US': 'Department' },
  'beds.stats.census.conflicts': {
    'zh-CN': '床位记录有 {n} 处冲突（同一床位两名患者或同一患者两处床位），请核对',
    'en-US':
      '{n} conflicts in the bed records (two patients in one bed or one patient in two places); check them',
  },
} satisfies Messages;
