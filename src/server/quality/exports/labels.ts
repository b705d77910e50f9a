// The words of the quality-control exports (质控导出): the indicator table and its case lists as Excel, the
// monthly report as PDF, in the reader's language. The engine's own words (terms, units, counting units,
// editions) come from src/domain/quality/messages.ts; indicator names live with each indicator.
import type { Locale } from '../../../domain/common/field-messages';

const TEXTS = {
  'table.title': { 'zh-CN': '麻醉专业医疗质量控制指标', 'en-US': 'Anesthesia quality-control indicators' },
  'table.sheet': { 'zh-CN': '质控指标', 'en-US': 'Indicators' },
  'notes.sheet': { 'zh-CN': '说明', 'en-US': 'Notes' },
  'cases.title': { 'zh-CN': '质控指标病例清单', 'en-US': 'QC indicator case list' },
  'report.title': { 'zh-CN': '月度麻醉质控报告', 'en-US': 'Monthly anesthesia quality-control report' },
  'head.edition': { 'zh-CN': '版本：{edition}', 'en-US': 'Edition: {edition}' },
  'head.period': { 'zh-CN': '统计期间：{from} 至 {to}', 'en-US': 'Period: {from} to {to}' },
  'head.month': {
    'zh-CN': '统计月份：{month}（{from} 至 {to}）',
    'en-US': 'Month: {month} ({from} to {to})',
  },
  'head.wards': { 'zh-CN': '病区：{wards}', 'en-US': 'Wards: {wards}' },
  'head.allWards': { 'zh-CN': '全部病区', 'en-US': 'all wards' },
  'head.generated': { 'zh-CN': '生成时间：{time}', 'en-US': 'Generated {time}' },
  'head.term': { 'zh-CN': '清单：{term}', 'en-US': 'List: {term}' },
  'head.countPersons': {
    'zh-CN': '计数 {count} 人，列表为其 {rows} 个例次',
    'en-US': '{count} persons; the list holds their {rows} case-episodes',
  },
  'head.countEpisodes': {
    'zh-CN': '计数 {count}，列表 {rows} 行',
    'en-US': 'Count {count}; {rows} rows listed',
  },
  'list.separator': { 'zh-CN': '、', 'en-US': ', ' },
  'col.code': { 'zh-CN': '指标编号', 'en-US': 'Code' },
  'col.name': { 'zh-CN': '指标名称', 'en-US': 'Indicator' },
  'col.numerator': { 'zh-CN': '分子', 'en-US': 'Numerator' },
  'col.denominator': { 'zh-CN': '分母', 'en-US': 'Denominator' },
  'col.value': { 'zh-CN': '指标值', 'en-US': 'Value' },
  'col.missing': { 'zh-CN': '缺失', 'en-US': 'Missing' },
  'col.unclassifiable': { 'zh-CN': '无法归类', 'en-US': 'Unclassifiable' },
  'col.excluded': { 'zh-CN': '排除', 'en-US': 'Excluded' },
  'col.unknownsAsNonEvents': { 'zh-CN': '未知按未发生计', 'en-US': 'Unknowns as non-events' },
  'col.counting': { 'zh-CN': '计数单位', 'en-US': 'Counted as' },
  'col.unit': { 'zh-CN': '单位', 'en-US': 'Unit' },
  'col.source': { 'zh-CN': '定义来源', 'en-US': 'Definition' },
  'col.readings': { 'zh-CN': '解读条目', 'en-US': 'Readings' },
  'col.externalId': { 'zh-CN': '导入病例号', 'en-US': 'Imported episode id' },
  'col.personId': { 'zh-CN': '患者ID/病案号', 'en-US': 'Person id / MRN' },
  'col.patientName': { 'zh-CN': '姓名', 'en-US': 'Name' },
  'col.anchorAt': { 'zh-CN': '入室/排程时间', 'en-US': 'Room entry / scheduled' },
  'col.procedure': { 'zh-CN': '手术/操作', 'en-US': 'Procedure' },
  'col.ward': { 'zh-CN': '病区', 'en-US': 'Ward' },
  'col.source.case': { 'zh-CN': '来源', 'en-US': 'Source' },
  'source.periop': { 'zh-CN': 'Periop 录入', 'en-US': 'Entered in Periop' },
  'source.import': { 'zh-CN': '历史导入', 'en-US': 'Imported' },
  'null.denominatorZero': { 'zh-CN': '分母为 0', 'en-US': 'Denominator is 0' },
  'null.notReported': { 'zh-CN': '未填报', 'en-US': 'Not reported' },
  'legend.title': { 'zh-CN': '列说明', 'en-US': 'Columns' },
  'legend.value': {
    'zh-CN': '指标值：分子 / 分母 × 单位倍数（%、‰、‱）；医护比写作 X:1；分母为 0 或人员配置未填报时留空',
    'en-US':
      'Value: numerator / denominator × the unit (%, ‰, ‱); the nurse-to-doctor ratio reads X:1; empty when the denominator is 0 or staffing is not reported',
  },
  'legend.missing': {
    'zh-CN': '缺失：属于分母但分子状态未知，不计入分子和分母，单列（未知不按“否”计）',
    'en-US':
      'Missing: in the denominator but the numerator status is unknown; left out of both terms and listed (unknown is never “no”)',
  },
  'legend.unclassifiable': {
    'zh-CN': '无法归类：是否属于分母未知，不计入分子和分母',
    'en-US': 'Unclassifiable: denominator membership unknown; left out of both terms',
  },
  'legend.excluded': {
    'zh-CN': '排除：符合指标定义的排除条件（如治疗性低温、喉颈胸部手术）',
    'en-US':
      'Excluded: meets one of the indicator’s exclusions (e.g. therapeutic cooling, neck or thoracic surgery)',
  },
  'legend.unknownsAsNonEvents': {
    'zh-CN': '未知按未发生计：把缺失者计为未发生得到的参考值；无缺失时留空',
    'en-US':
      'Unknowns as non-events: the figure with the missing counted as non-events, for reference; empty when nothing is missing',
  },
  'report.section.indicators': { 'zh-CN': '一、质控指标', 'en-US': '1. QC indicators' },
  'report.section.trend': { 'zh-CN': '二、近 12 个月趋势', 'en-US': '2. Trend over 12 months' },
  'report.section.month': { 'zh-CN': '三、本月指标值', 'en-US': "3. This month's values" },
  'report.section.kpis': { 'zh-CN': '四、科室运行指标', 'en-US': '4. Department KPIs' },
  'report.byUnit.percent': { 'zh-CN': '以百分率（%）计的指标', 'en-US': 'Indicators in percent (%)' },
  'report.byUnit.permille': { 'zh-CN': '以千分率（‰）计的指标', 'en-US': 'Indicators per mille (‰)' },
  'report.byUnit.permyriad': { 'zh-CN': '以万分率（/万）计的指标', 'en-US': 'Indicators per 10,000' },
  'report.noValue': { 'zh-CN': '{label}（无值）', 'en-US': '{label} (no value)' },
  'report.trendCaption': { 'zh-CN': '{code}　{name}（{unit}）', 'en-US': '{code}  {name} ({unit})' },
  'report.noData': { 'zh-CN': '本期无数据', 'en-US': 'No data in this period' },
  'report.page': { 'zh-CN': '第 {page} 页 / 共 {pages} 页', 'en-US': 'Page {page} of {pages}' },
  'report.nullNote': {
    'zh-CN': '“—”：分母为 0 或人员配置未填报，不按 0 计。缺失者不计入分子和分母。',
    'en-US':
      '"—": the denominator is 0 or staffing is not reported; never 0. Missing units are out of both terms.',
  },
  'report.monthsNote': {
    'zh-CN': '每月单独计算；按人计的指标各月人数之和不等于全年人数。',
    'en-US': 'Each month is computed on its own; person counts of the months do not add up to the year.',
  },
  'kpi.col.name': { 'zh-CN': '指标', 'en-US': 'KPI' },
  'kpi.col.value': { 'zh-CN': '值', 'en-US': 'Value' },
  'kpi.col.ci': { 'zh-CN': '95% 置信区间', 'en-US': '95% CI' },
  'kpi.col.terms': { 'zh-CN': '分子/分母', 'en-US': 'Numerator/denominator' },
  'kpi.col.unknown': { 'zh-CN': '未知', 'en-US': 'Unknown' },
  'kpi.col.counting': { 'zh-CN': '计数口径', 'en-US': 'Counted as' },
  'kpi.period': {
    'zh-CN': '统计期间：{from} 至 {to}；本省：{province}；手术 {operations} 例次，其中消融 {ablation} 例次',
    'en-US':
      'Period: {from} to {to}; home province: {province}; {operations} operations, {ablation} of them ablations',
  },
  'kpi.grade4Share': { 'zh-CN': '出院患者四级手术比例', 'en-US': 'Grade-4 surgery share' },
  'kpi.minimallyInvasiveShare': { 'zh-CN': '出院患者微创手术占比', 'en-US': 'Minimally invasive share' },
  'kpi.minimallyInvasiveShareExcludingAblation': {
    'zh-CN': '微创手术占比（不含消融）',
    'en-US': 'Minimally invasive share, ablation excluded',
  },
  'kpi.roboticShare': { 'zh-CN': '机器人手术占比', 'en-US': 'Robotic surgery share' },
  'kpi.outsideProvinceShare': { 'zh-CN': '省外患者占比', 'en-US': 'Outside-province patients' },
  'kpi.mortality28d': { 'zh-CN': '术后 28 天死亡率', 'en-US': '28-day mortality' },
  'kpi.clavienIIIPlusShare': {
    'zh-CN': 'Clavien-Dindo Ⅲ级及以上并发症比例',
    'en-US': 'Clavien–Dindo grade III or worse',
  },
  'kpi.bedOccupancy': { 'zh-CN': '病床使用率', 'en-US': 'Bed occupancy' },
  'kpi.bedOccupancy.terms': {
    'zh-CN': '实际占用 {occupied} / 实际开放 {open} 床日',
    'en-US': '{occupied} occupied / {open} open bed-days',
  },
  'kpi.averageLengthOfStay': { 'zh-CN': '出院者平均住院日', 'en-US': 'Average length of stay' },
  'kpi.averageLengthOfStay.value': { 'zh-CN': '{days} 天', 'en-US': '{days} days' },
  'kpi.averageLengthOfStay.terms': {
    'zh-CN': '住院日 {sum} / 出院 {discharges} 人次',
    'en-US': '{sum} bed-days / {discharges} discharges',
  },
  'kpi.note.persons_per_admission': {
    'zh-CN': '按出院人次（每次住院计 1）',
    'en-US': 'Per discharged admission',
  },
  'kpi.note.episodes': { 'zh-CN': '按例次', 'en-US': 'Case-episodes' },
  'kpi.note.persons': { 'zh-CN': '按人数', 'en-US': 'Persons' },
} as const satisfies Record<string, Record<Locale, string>>;

export type ExportTextKey = keyof typeof TEXTS;

export function exportText(
  key: ExportTextKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return TEXTS[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
