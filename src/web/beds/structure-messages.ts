// The words of the bed structure admin (病区与床位设置): wards, their open beds over time, rooms, beds and a bed's
// history, with their own translator (the shell's shared words — save, cancel, network — come from `t`).
import { useCallback } from 'react';
import { useI18n } from '../shared/i18n';
import type { Messages } from '../shared/messages-shape';

export const structureMessages = {
  'structure.menu': { 'zh-CN': '病区与床位', 'en-US': 'Wards & beds' },
  'structure.title': { 'zh-CN': '病区、病房与床位设置', 'en-US': 'Wards, rooms and beds' },
  'structure.help': {
    'zh-CN':
      '科室的床位池（全科一张床）由各病区的病房和床位组成。床位不会被删除，只能撤床（填写撤床日期），以便床日统计可以回溯。',
    'en-US':
      "The department's bed pool is made of its wards' rooms and beds. A bed is never deleted, only retired with its removal date, so the bed-day statistics can be replayed.",
  },
  'structure.wards': { 'zh-CN': '病区', 'en-US': 'Wards' },
  'structure.ward.add': { 'zh-CN': '新建病区', 'en-US': 'Add ward' },
  'structure.ward.edit': { 'zh-CN': '修改病区', 'en-US': 'Edit ward' },
  'structure.ward.code': { 'zh-CN': '病区代码', 'en-US': 'Ward code' },
  'structure.ward.codeHelp': {
    'zh-CN': '字母、数字或连字符；统计接口与历史导入以此代码指代病区，创建后不能修改',
    'en-US':
      'Letters, digits or hyphens; statistics and imports name the ward by it, so it cannot change later',
  },
  'structure.ward.codeFormat': {
    'zh-CN': '只能包含字母、数字和连字符，最多 32 位',
    'en-US': 'Letters, digits and hyphens only, at most 32',
  },
  'structure.ward.name': { 'zh-CN': '名称', 'en-US': 'Name' },
  'structure.ward.nameEn': { 'zh-CN': '英文名称', 'en-US': 'English name' },
  'structure.ward.staffingLimit': {
    'zh-CN': '护理人力上限（人）',
    'en-US': 'Nurse staffing limit (patients)',
  },
  'structure.ward.staffingHelp': {
    'zh-CN': '本病区护士最多可照护的患者数；留空表示未设置',
    'en-US': "The most patients the ward's nurses may care for; empty = no limit",
  },
  'structure.ward.sortOrder': { 'zh-CN': '排序', 'en-US': 'Order' },
  'structure.ward.openBeds': { 'zh-CN': '今日编制开放床位', 'en-US': 'Regular open beds today' },
  'structure.ward.openBedsNone': {
    'zh-CN': '未设置（按在用床位计）',
    'en-US': 'Not set (active beds count)',
  },
  'structure.ward.beds': { 'zh-CN': '床位（含加床）', 'en-US': 'Beds (extra included)' },
  'structure.ward.occupied': { 'zh-CN': '当前在床', 'en-US': 'In bed now' },
  'structure.ward.none': { 'zh-CN': '尚未建立病区', 'en-US': 'No wards yet' },
  'structure.ward.pick': { 'zh-CN': '请选择一个病区', 'en-US': 'Choose a ward' },
  'structure.edit': { 'zh-CN': '修改', 'en-US': 'Edit' },
  'structure.none': { 'zh-CN': '无', 'en-US': 'None' },
  'structure.yes': { 'zh-CN': '是', 'en-US': 'Yes' },
  'structure.open.title': { 'zh-CN': '编制开放床位历史', 'en-US': 'Regular open beds over time' },
  'structure.open.help': {
    'zh-CN':
      '实际开放床日数按每日有效的编制床位计算（病床使用率的分母）。调整时，当前期间于生效日前一天结束。',
    'en-US':
      'Open bed-days count the regular beds valid each day (the denominator of occupancy). A change ends the current period the day before it applies.',
  },
  'structure.open.count': { 'zh-CN': '开放床位数', 'en-US': 'Open beds' },
  'structure.open.from': { 'zh-CN': '起始日期', 'en-US': 'From' },
  'structure.open.to': { 'zh-CN': '截止日期', 'en-US': 'To' },
  'structure.open.unbounded': { 'zh-CN': '不限', 'en-US': 'Open-ended' },
  'structure.open.source': { 'zh-CN': '来源', 'en-US': 'Source' },
  'structure.open.source.entered': { 'zh-CN': '手工录入', 'en-US': 'Entered' },
  'structure.open.source.import': { 'zh-CN': '历史导入', 'en-US': 'Imported' },
  'structure.open.recorded': { 'zh-CN': '录入时间', 'en-US': 'Recorded' },
  'structure.open.change': { 'zh-CN': '自某日起调整', 'en-US': 'Change from a date' },
  'structure.open.changeTitle': {
    'zh-CN': '调整 {ward} 的编制开放床位',
    'en-US': 'Change the regular open beds of {ward}',
  },
  'structure.open.validFrom': { 'zh-CN': '生效日期', 'en-US': 'Valid from' },
  'structure.open.minHelp': {
    'zh-CN': '不能少于目前在床的患者数（{occupied} 人）；同一生效日期再次录入即更正该期间',
    'en-US': 'At least the patients in bed now ({occupied}); the same date again corrects that period',
  },
  'structure.open.none': {
    'zh-CN': '尚未录入开放床位期间，统计按本病区在用床位数计',
    'en-US': "No open-bed period entered yet; the statistics count the ward's active beds",
  },
  'structure.rooms': { 'zh-CN': '病房与床位', 'en-US': 'Rooms and beds' },
  'structure.room.add': { 'zh-CN': '新建病房', 'en-US': 'Add room' },
  'structure.room.edit': { 'zh-CN': '修改病房', 'en-US': 'Edit room' },
  'structure.room.code': { 'zh-CN': '病房号', 'en-US': 'Room' },
  'structure.room.sex': { 'zh-CN': '收治性别', 'en-US': 'Sex' },
  'structure.room.sex.male': { 'zh-CN': '男', 'en-US': 'Male' },
  'structure.room.sex.female': { 'zh-CN': '女', 'en-US': 'Female' },
  'structure.room.sex.mixed': { 'zh-CN': '男女均可', 'en-US': 'Mixed' },
  'structure.room.isolation': { 'zh-CN': '可隔离', 'en-US': 'Isolation' },
  'structure.room.monitored': { 'zh-CN': '监护（高危）病房', 'en-US': 'Monitored room' },
  'structure.room.none': { 'zh-CN': '未分配病房的床位', 'en-US': 'Beds without a room' },
  'structure.room.empty': { 'zh-CN': '该病房尚无床位', 'en-US': 'No beds in this room yet' },
  'structure.bed.add': { 'zh-CN': '新增床位', 'en-US': 'Add bed' },
  'structure.bed.edit': { 'zh-CN': '修改床位', 'en-US': 'Edit bed' },
  'structure.bed.code': { 'zh-CN': '床号', 'en-US': 'Bed' },
  'structure.bed.room': { 'zh-CN': '所在病房', 'en-US': 'Room' },
  'structure.bed.extra': { 'zh-CN': '加床', 'en-US': 'Extra bed' },
  'structure.bed.extraHelp': {
    'zh-CN': '加床在用时计占用床日；放置满 6 个月后计入实际开放床位',
    'en-US': 'An extra bed counts as occupied when used, and as an open bed after six months in place',
  },
  'structure.bed.placedOn': { 'zh-CN': '放置日期', 'en-US': 'Placed on' },
  'structure.bed.removedOn': { 'zh-CN': '撤床日期', 'en-US': 'Removed on' },
  'structure.bed.removedHelp': {
    'zh-CN': '填写撤床日期即撤床（该日仍计入床日）；清空则恢复使用',
    'en-US': 'A removal date retires the bed (it still counts on that day); clear it to put the bed back',
  },
  'structure.bed.state': { 'zh-CN': '床位状态', 'en-US': 'State' },
  'structure.bed.state.available': { 'zh-CN': '可用', 'en-US': 'Available' },
  'structure.bed.state.cleaning': { 'zh-CN': '清洁中', 'en-US': 'Cleaning' },
  'structure.bed.state.closed': { 'zh-CN': '关闭', 'en-US': 'Closed' },
  'structure.bed.occupied': { 'zh-CN': '有患者', 'en-US': 'Occupied' },
  'structure.bed.occupiedHelp': {
    'zh-CN': '该床位目前有患者在床：可以修改床号或换病房；撤床须待患者转床或出院',
    'en-US':
      'A patient is in this bed now: its code and room can change; retire it once the patient has moved or left',
  },
  'structure.bed.retired': { 'zh-CN': '已撤床', 'en-US': 'Retired' },
  'structure.bed.history': { 'zh-CN': '历史', 'en-US': 'History' },
  'structure.history.title': { 'zh-CN': '{ward} {bed} 床的历史', 'en-US': 'History of bed {bed}, {ward}' },
  'structure.history.registered': {
    'zh-CN': '{at} 由 {by} 登记',
    'en-US': 'Registered {at} by {by}',
  },
  'structure.history.placed': { 'zh-CN': '{on} 放置', 'en-US': 'Placed {on}' },
  'structure.history.removed': { 'zh-CN': '{on} 撤床', 'en-US': 'Removed {on}' },
  'structure.history.stateAt': { 'zh-CN': '{at} 改为“{state}”', 'en-US': '{at}: {state}' },
  'structure.history.reason': { 'zh-CN': '原因：{reason}', 'en-US': 'Reason: {reason}' },
  'structure.history.reopens': { 'zh-CN': '预计 {on} 重新开放', 'en-US': 'Expected to reopen {on}' },
  'structure.history.recorded': {
    'zh-CN': '{by} 于 {at} 录入',
    'en-US': 'Recorded by {by} at {at}',
  },
  'structure.history.unknownUser': { 'zh-CN': '系统', 'en-US': 'the system' },
  'structure.history.noStates': { 'zh-CN': '尚无状态变更', 'en-US': 'No state changes yet' },
  'structure.history.audit': {
    'zh-CN': '其他结构修改（换病房、改床号等）记录在审计日志中，由审计管理员查阅。',
    'en-US': 'Other structure edits (room, code) are in the audit log, which the audit administrator reads.',
  },
  'structure.closure.disinfection': { 'zh-CN': '消毒', 'en-US': 'Disinfection' },
  'structure.closure.minor_repair': { 'zh-CN': '小修', 'en-US': 'Minor repair' },
  'structure.closure.extension': { 'zh-CN': '扩建', 'en-US': 'Ward extension' },
  'structure.closure.major_repair': { 'zh-CN': '大修', 'en-US': 'Major repair' },
  'structure.conflict.version': { 'zh-CN': '版本', 'en-US': 'Version' },
} satisfies Messages;

export type StructureKey = keyof typeof structureMessages;
export type StructureText = (key: StructureKey, params?: Record<string, string | number>) => string;

/** The translator of these words in the user's language. */
export function useStructureText(): StructureText {
  const { locale } = useI18n();
  return useCallback(
    (key, params) =>
      structureMessages[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params?.[k] ?? `{${k}}`)),
    [locale],
  );
}
