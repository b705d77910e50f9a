// The words of the QC pages (质控): the dashboard, the indicators and KPIs, the staffing entry, the drill-down and
// an imported episode, in the one label shape; the engine's own words (editions, unknowns) come with them.
import { QUALITY_MESSAGES, TERM_LABELS } from '../../domain/quality/messages';
import type { Messages } from '../shared/messages-shape';
import { episodeMessages } from './episode-messages';

export const qualityMessages = {
  ...QUALITY_MESSAGES,
  ...episodeMessages,
  'qc.menu': { 'zh-CN': '质控', 'en-US': 'Quality' },
  'qc.title': { 'zh-CN': '质控看板', 'en-US': 'Quality control' },
  'qc.tab.indicators': { 'zh-CN': '指标', 'en-US': 'Indicators' },
  'qc.tab.kpis': { 'zh-CN': '科室指标', 'en-US': 'Department KPIs' },
  'qc.tab.staffing': { 'zh-CN': '人员配置', 'en-US': 'Staffing' },
  'qc.period.month': { 'zh-CN': '月', 'en-US': 'Month' },
  'qc.period.quarter': { 'zh-CN': '季度', 'en-US': 'Quarter' },
  'qc.period.year': { 'zh-CN': '年', 'en-US': 'Year' },
  'qc.period.range': { 'zh-CN': '自定义', 'en-US': 'Custom' },
  'qc.period.label': { 'zh-CN': '统计期间', 'en-US': 'Period' },
  'qc.wards.all': { 'zh-CN': '全部病区', 'en-US': 'All wards' },
  'qc.wards.label': { 'zh-CN': '病区', 'en-US': 'Wards' },
  'qc.scope.all': { 'zh-CN': '统计期间 {from} 至 {to}，全部病区', 'en-US': '{from} to {to}, all wards' },
  'qc.scope.wards': {
    'zh-CN': '统计期间 {from} 至 {to}，病区：{wards}',
    'en-US': '{from} to {to}, wards: {wards}',
  },
  'qc.scope.allEdition': {
    'zh-CN': '{edition}，{from} 至 {to}，全部病区',
    'en-US': '{edition}, {from} to {to}, all wards',
  },
  'qc.scope.wardsEdition': {
    'zh-CN': '{edition}，{from} 至 {to}，病区：{wards}',
    'en-US': '{edition}, {from} to {to}, wards: {wards}',
  },
  'qc.value.percent': { 'zh-CN': '{v}%', 'en-US': '{v}%' },
  'qc.value.permille': { 'zh-CN': '{v}‰', 'en-US': '{v}‰' },
  'qc.value.permyriad': { 'zh-CN': '{v}‱', 'en-US': '{v}‱' },
  'qc.value.ratio': { 'zh-CN': '{v}:1', 'en-US': '{v}:1' },
  'qc.value.count': { 'zh-CN': '{v} 例次/人', 'en-US': '{v} case-episodes per person' },
  'qc.value.per10000': { 'zh-CN': '{v} 人/万例次', 'en-US': '{v} per 10,000 case-episodes' },
  'qc.term.numerator': TERM_LABELS.numerator,
  'qc.term.denominator': TERM_LABELS.denominator,
  'qc.term.missing': TERM_LABELS.missing,
  'qc.term.unclassifiable': TERM_LABELS.unclassifiable,
  'qc.term.excluded': TERM_LABELS.excluded,
  'qc.col.code': { 'zh-CN': '编号', 'en-US': 'Code' },
  'qc.col.name': { 'zh-CN': '指标', 'en-US': 'Indicator' },
  'qc.col.value': { 'zh-CN': '指标值', 'en-US': 'Value' },
  'qc.col.terms': { 'zh-CN': '分子 / 分母', 'en-US': 'Numerator / denominator' },
  'qc.col.trend': { 'zh-CN': '近 12 个月', 'en-US': 'Last 12 months' },
  'qc.counting.personTag': { 'zh-CN': '按人', 'en-US': 'Persons' },
  'qc.unknowns.value': {
    'zh-CN': '{value}（{numerator}/{denominator}）',
    'en-US': '{value} ({numerator}/{denominator})',
  },
  'qc.unknowns.none': { 'zh-CN': '无缺失', 'en-US': 'None missing' },
  'qc.unknownsHint': {
    'zh-CN': '数据缺失的病例不计入分子和分母；“未知按未发生计”为参考值，仅供对照。',
    'en-US':
      'Cases with missing data are left out of both terms; “unknowns counted as non-events” is for reference only.',
  },
  'qc.indicators.empty': {
    'zh-CN': '该期间没有可统计的指标数据',
    'en-US': 'No indicator figures for this period',
  },
  'qc.cases.open': { 'zh-CN': '查看{term}病例', 'en-US': 'Show the cases: {term}' },
  'qc.export.excel': { 'zh-CN': '导出 Excel', 'en-US': 'Export to Excel' },
  'qc.export.report': { 'zh-CN': '月度质控报告 PDF（{month}）', 'en-US': 'Monthly QC report PDF ({month})' },
  'qc.trend.none': { 'zh-CN': '暂无趋势', 'en-US': 'No trend yet' },
  'qc.trend.noValue': { 'zh-CN': '无数据', 'en-US': 'No value' },
  'qc.trend.label': { 'zh-CN': '{code} 近 12 个月趋势', 'en-US': '{code}: last 12 months' },
  'qc.trend.failed': {
    'zh-CN': '趋势加载失败：{reason}',
    'en-US': 'The trend could not be loaded: {reason}',
  },
  'qc.def.source': { 'zh-CN': '定义来源', 'en-US': 'Definition' },
  'qc.def.readings': { 'zh-CN': '判读规则', 'en-US': 'Readings' },
  'qc.def.unit': { 'zh-CN': '单位', 'en-US': 'Unit' },
  'qc.def.counting': { 'zh-CN': '计数单位', 'en-US': 'Counted as' },
  'qc.def.open': { 'zh-CN': '{code} 的定义', 'en-US': 'Definition of {code}' },
  'qc.kpi.operations': { 'zh-CN': '手术台次', 'en-US': 'Operations' },
  'qc.kpi.ablations': { 'zh-CN': '其中消融 {n} 台', 'en-US': 'of which ablations: {n}' },
  'qc.kpi.bedOccupancy': { 'zh-CN': '病床使用率', 'en-US': 'Bed occupancy' },
  'qc.kpi.bedDays': {
    'zh-CN': '实际占用 {occupied} 床日 / 实际开放 {open} 床日',
    'en-US': '{occupied} occupied bed-days / {open} open bed-days',
  },
  'qc.kpi.alos': { 'zh-CN': '出院者平均住院日', 'en-US': 'Average length of stay' },
  'qc.kpi.losDays': {
    'zh-CN': '出院者占用 {days} 床日 / 出院 {discharges} 人',
    'en-US': '{days} bed-days of {discharges} discharged patients',
  },
  'qc.kpi.daysValue': { 'zh-CN': '{v} 天', 'en-US': '{v} days' },
  'qc.kpi.interval': { 'zh-CN': '{lower} – {upper}', 'en-US': '{lower} – {upper}' },
  'qc.kpi.empty': { 'zh-CN': '该期间没有科室指标数据', 'en-US': 'No department figures for this period' },
  'qc.kpi.col.name': { 'zh-CN': '指标', 'en-US': 'Indicator' },
  'qc.kpi.col.value': { 'zh-CN': '比例', 'en-US': 'Share' },
  'qc.kpi.col.interval': { 'zh-CN': '95% 置信区间（Wilson）', 'en-US': '95% CI (Wilson)' },
  'qc.kpi.col.unknown': { 'zh-CN': '未知（未计入）', 'en-US': 'Unknown (not counted)' },
  'qc.kpi.col.note': { 'zh-CN': '计数口径', 'en-US': 'Counted as' },
  'qc.kpi.grade4Share': { 'zh-CN': '四级手术占比', 'en-US': 'Grade-4 operations' },
  'qc.kpi.minimallyInvasiveShare': { 'zh-CN': '微创手术占比', 'en-US': 'Minimally invasive operations' },
  'qc.kpi.minimallyInvasiveShareExcludingAblation': {
    'zh-CN': '微创手术占比（不含消融）',
    'en-US': 'Minimally invasive operations (ablation excluded)',
  },
  'qc.kpi.roboticShare': { 'zh-CN': '机器人辅助手术占比', 'en-US': 'Robot-assisted operations' },
  'qc.kpi.outsideProvinceShare': {
    'zh-CN': '外省（{province}以外）患者占比',
    'en-US': 'Patients from outside {province}',
  },
  'qc.kpi.mortality28d': { 'zh-CN': '术后 28 天死亡率', 'en-US': '28-day mortality after surgery' },
  'qc.kpi.clavienIIIPlusShare': {
    'zh-CN': 'Clavien–Dindo III 级及以上并发症占比',
    'en-US': 'Clavien–Dindo grade III or higher complications',
  },
  'qc.kpi.note.persons_per_admission': {
    'zh-CN': '按国考“出院患者人次”口径：同一次住院多台手术计 1',
    'en-US':
      'Discharged patients per admission (national assessment): several operations in one stay count once',
  },
  'qc.kpi.note.episodes': { 'zh-CN': '按手术例次', 'en-US': 'Case-episodes' },
  'qc.kpi.note.persons': { 'zh-CN': '按患者人数', 'en-US': 'Persons' },
  'qc.staffing.title': { 'zh-CN': '年度人员配置', 'en-US': 'Staffing of the year' },
  'qc.staffing.year': { 'zh-CN': '年份', 'en-US': 'Year' },
  'qc.staffing.persons': { 'zh-CN': '人', 'en-US': 'persons' },
  'qc.staffing.help': {
    'zh-CN':
      '人员配置类指标（麻醉科医护比、麻醉医师人均年麻醉例次数等）按年度计算；七类人数须全部填写，未填报的年份这些指标显示为“人员配置未填报”。',
    'en-US':
      'The staffing indicators (anesthesiologist-to-nurse ratio, cases per anesthesiologist) are annual; enter all seven head-counts. Until a year is entered they read “Staffing not reported”.',
  },
  'qc.staffing.notYet': { 'zh-CN': '{year} 年尚未填报', 'en-US': '{year} has not been entered yet' },
  'qc.staffing.source': {
    'zh-CN': '来源：{source}，更新于 {time}',
    'en-US': 'Source: {source}, updated {time}',
  },
  'qc.staffing.source.entered': { 'zh-CN': '手工填报', 'en-US': 'entered here' },
  'qc.staffing.source.import': { 'zh-CN': '历史导入', 'en-US': 'history import' },
  'qc.cases.title': { 'zh-CN': '{code} {name} · {term}明细', 'en-US': '{code} {name} · {term}' },
  'qc.cases.unknownIndicator': {
    'zh-CN': '本版本没有编号为 {code} 的质控指标',
    'en-US': 'This edition has no QC indicator {code}',
  },
  'qc.cases.staffing': {
    'zh-CN': '人员配置类指标由年度人员数计算，没有病例明细。',
    'en-US': 'A staffing indicator is computed from the year’s head-counts and has no case list.',
  },
  'qc.cases.explain.missing': {
    'zh-CN':
      '以下病例缺少判定分子所需的数据，未计入分子和分母，指标因此不完整。请补全这些病例的记录（本系统病例在病例页补录，历史病例修正导入文件后重新导入）。',
    'en-US':
      'These cases lack the data that decides the numerator, so they are left out of both terms and the indicator is incomplete. Complete their records (in the case page for a Periop case; in the file, then import again, for an imported one).',
  },
  'qc.cases.explain.unclassifiable': {
    'zh-CN': '以下病例缺少判定是否属于分母的数据，无法归类，未计入该指标。请补全后重新统计。',
    'en-US':
      'Whether these cases belong to the denominator is unknown, so the indicator leaves them out. Complete their data to have them counted.',
  },
  'qc.cases.explain.excluded': {
    'zh-CN': '以下病例符合指标定义的排除条件，已按定义排除。',
    'en-US': 'These cases meet one of the indicator’s exclusions and are left out as the definition says.',
  },
  'qc.cases.countPersons': {
    'zh-CN': '计 {persons} 人（{episodes} 例次）',
    'en-US': '{persons} persons ({episodes} case-episodes)',
  },
  'qc.cases.countEpisodes': { 'zh-CN': '计 {episodes} 例次', 'en-US': '{episodes} case-episodes' },
  'qc.cases.empty': {
    'zh-CN': '该期间没有{term}病例',
    'en-US': 'No cases in this list for the period: {term}',
  },
  'qc.cases.pageTotal': {
    'zh-CN': '第 {a}–{b} 条，共 {total} 条',
    'en-US': '{a}–{b} of {total}',
  },
  'qc.cases.col.externalId': { 'zh-CN': '导入病例号', 'en-US': 'Imported episode id' },
  'qc.cases.col.personId': { 'zh-CN': '患者ID/病案号', 'en-US': 'Person id / MRN' },
  'qc.cases.col.patient': { 'zh-CN': '患者姓名', 'en-US': 'Patient' },
  'qc.cases.col.anchorAt': { 'zh-CN': '统计时间', 'en-US': 'Counted at' },
  'qc.cases.col.procedure': { 'zh-CN': '手术/操作', 'en-US': 'Procedure' },
  'qc.cases.col.ward': { 'zh-CN': '病区', 'en-US': 'Ward' },
  'qc.cases.col.source': { 'zh-CN': '来源', 'en-US': 'Source' },
  'qc.source.periop': { 'zh-CN': '本系统', 'en-US': 'Periop' },
  'qc.source.import': { 'zh-CN': '历史导入', 'en-US': 'Imported' },
} as const satisfies Messages;
