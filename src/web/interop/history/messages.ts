// The words of the historical case import page (历史病例导入), in the one label shape.
import type { Messages } from '../../shared/messages-shape';

export const historyImportMessages = {
  'historyImport.menu': { 'zh-CN': '历史病例导入', 'en-US': 'History import' },
  'historyImport.title': { 'zh-CN': '历史病例导入', 'en-US': 'Import of past cases' },
  'historyImport.form.title': { 'zh-CN': '选择导入文件', 'en-US': 'Files to import' },
  'historyImport.form.help': {
    'zh-CN':
      '按《历史病例导入文件格式》准备 UTF-8 编码的 CSV 文件，表头须与格式完全一致。任一文件有错误时整批不导入，并列出全部问题；同一数据重复导入不会产生重复记录。',
    'en-US':
      'Prepare UTF-8 CSV files in the history import format, with the headers exactly as specified. If any file has an error nothing is imported and every problem is listed; importing the same data again creates no duplicates.',
  },
  'historyImport.form.choose': { 'zh-CN': '选择文件', 'en-US': 'Choose a file' },
  'historyImport.form.replace': { 'zh-CN': '更换文件', 'en-US': 'Choose another file' },
  'historyImport.part.cases': { 'zh-CN': '病例文件 cases.csv', 'en-US': 'Cases: cases.csv' },
  'historyImport.part.staffing': { 'zh-CN': '人员配置 staffing.csv', 'en-US': 'Staffing: staffing.csv' },
  'historyImport.part.deliveries': {
    'zh-CN': '分娩登记 deliveries.csv',
    'en-US': 'Deliveries: deliveries.csv',
  },
  'historyImport.part.wards': { 'zh-CN': '病区床位 wards.csv', 'en-US': 'Open beds: wards.csv' },
  'historyImport.partHelp.cases': {
    'zh-CN': '必填：每行一个麻醉例次（含取消的预约）',
    'en-US': 'Required: one anesthesia case-episode per row (cancelled bookings included)',
  },
  'historyImport.partHelp.staffing': {
    'zh-CN': '选填：每年每类人员的人数（人员配置类指标）',
    'en-US': 'Optional: head-counts per category and year (staffing indicators)',
  },
  'historyImport.partHelp.deliveries': {
    'zh-CN': '选填：分娩登记（分娩镇痛率）',
    'en-US': 'Optional: the delivery register (labour analgesia rate)',
  },
  'historyImport.partHelp.wards': {
    'zh-CN': '选填：各病区实际开放床位（病床使用率）',
    'en-US': 'Optional: beds actually open per ward (bed occupancy)',
  },
  'historyImport.fileChosen': { 'zh-CN': '{name}（{size}）', 'en-US': '{name} ({size})' },
  'historyImport.tooLarge': {
    'zh-CN': '{name} 超过 200 MB，无法导入',
    'en-US': '{name} is larger than 200 MB and cannot be imported',
  },
  'historyImport.start': { 'zh-CN': '开始导入', 'en-US': 'Start the import' },
  'historyImport.needCases': {
    'zh-CN': '请先选择病例文件 cases.csv',
    'en-US': 'Choose the case file cases.csv first',
  },
  'historyImport.oneAtATime': {
    'zh-CN': '有导入正在进行，完成后才能开始新的导入',
    'en-US': 'An import is running; a new one can start once it has finished',
  },
  'historyImport.status.running': { 'zh-CN': '导入中', 'en-US': 'Running' },
  'historyImport.status.done': { 'zh-CN': '已完成', 'en-US': 'Done' },
  'historyImport.status.rejected': { 'zh-CN': '已拒绝', 'en-US': 'Refused' },
  'historyImport.result.title': { 'zh-CN': '{time} 的导入', 'en-US': 'Import of {time}' },
  'historyImport.progress': {
    'zh-CN': '已处理 {done} / {total} 行',
    'en-US': '{done} of {total} rows processed',
  },
  'historyImport.progress.reading': { 'zh-CN': '正在读取文件…', 'en-US': 'Reading the files…' },
  'historyImport.finishedAt': { 'zh-CN': '结束于 {time}', 'en-US': 'finished {time}' },
  'historyImport.done': {
    'zh-CN': '导入完成，质控指标已按导入的数据重新统计',
    'en-US': 'Imported; the QC figures now include the imported data',
  },
  'historyImport.rejected': {
    'zh-CN': '文件有 {n} 处问题，未导入任何数据。请修正下列全部问题后重新导入。',
    'en-US':
      'The files have {n} problem(s); nothing was imported. Correct every problem below and import again.',
  },
  'historyImport.count.episodes': { 'zh-CN': '麻醉例次', 'en-US': 'Case-episodes' },
  'historyImport.count.persons': { 'zh-CN': '患者', 'en-US': 'Persons' },
  'historyImport.count.admissions': { 'zh-CN': '住院', 'en-US': 'Admissions' },
  'historyImport.count.deliveries': { 'zh-CN': '分娩', 'en-US': 'Deliveries' },
  'historyImport.count.staffingYears': { 'zh-CN': '人员配置年份', 'en-US': 'Staffing years' },
  'historyImport.count.wardPeriods': { 'zh-CN': '床位时段', 'en-US': 'Open-bed periods' },
  'historyImport.count.wardsCreated': { 'zh-CN': '新建病区', 'en-US': 'Wards created' },
  'historyImport.count.patientsCreated': { 'zh-CN': '新建患者档案', 'en-US': 'Patients created' },
  'historyImport.count.admissionsCreated': { 'zh-CN': '新建住院记录', 'en-US': 'Admissions created' },
  'historyImport.count.unchanged': { 'zh-CN': '已存在未变', 'en-US': 'Already there, unchanged' },
  'historyImport.byYear': { 'zh-CN': '按年份：', 'en-US': 'By year:' },
  'historyImport.byYear.none': { 'zh-CN': '无麻醉例次', 'en-US': 'No case-episodes' },
  'historyImport.byYear.item': { 'zh-CN': '{year} 年 {n} 例次', 'en-US': '{year}: {n}' },
  'historyImport.problems.total': {
    'zh-CN': '第 {a}–{b} 条，共 {total} 处问题',
    'en-US': '{a}–{b} of {total} problems',
  },
  'historyImport.col.file': { 'zh-CN': '文件', 'en-US': 'File' },
  'historyImport.col.row': { 'zh-CN': '行号', 'en-US': 'Line' },
  'historyImport.col.column': { 'zh-CN': '列', 'en-US': 'Column' },
  'historyImport.col.message': { 'zh-CN': '问题', 'en-US': 'Problem' },
  'historyImport.wholeFile': { 'zh-CN': '整个文件', 'en-US': 'Whole file' },
  'historyImport.list.title': { 'zh-CN': '导入记录', 'en-US': 'Imports so far' },
  'historyImport.list.empty': { 'zh-CN': '尚未导入过历史病例', 'en-US': 'No history has been imported yet' },
  'historyImport.col.createdAt': { 'zh-CN': '开始时间', 'en-US': 'Started' },
  'historyImport.col.files': { 'zh-CN': '文件', 'en-US': 'Files' },
  'historyImport.col.status': { 'zh-CN': '状态', 'en-US': 'Status' },
  'historyImport.col.problems': { 'zh-CN': '问题数', 'en-US': 'Problems' },
  'historyImport.col.finishedAt': { 'zh-CN': '结束时间', 'en-US': 'Finished' },
} as const satisfies Messages;
