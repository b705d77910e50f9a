// Messages of the bed pool's input checks: the board's ward list, visit numbers, movements, stays, bookings.
import type { LocalText } from '../common/field-messages';

export const BEDS_FIELD_MESSAGES: Record<string, LocalText> = {
  'beds.wards.format': {
    'zh-CN': '病区代码以逗号分隔，每个 1–32 位字母、数字或连字符',
    'en-US': 'Ward codes are separated by commas, each 1–32 letters, digits or hyphens',
  },
  'beds.visitNumber.format': {
    'zh-CN': '住院号为 1–32 位字母、数字或连字符',
    'en-US': 'A visit number is 1–32 letters, digits or hyphens',
  },
  'beds.admission.moved': {
    'zh-CN': '该住院记录已变更，请刷新后重试',
    'en-US': 'The admission has changed; refresh and try again',
  },
  'beds.at.beforeAdmission': { 'zh-CN': '时间早于入院时间', 'en-US': 'The time is before the admission' },
  'beds.at.beforeStay': {
    'zh-CN': '时间早于患者入住当前床位的时间',
    'en-US': 'The time is before the patient came into the current bed',
  },
  'beds.at.future': {
    'zh-CN': '时间不能晚于现在（允许 5 分钟误差）',
    'en-US': 'The time cannot be in the future (5 minutes tolerance)',
  },
  'beds.bed.closed': { 'zh-CN': '该床位已关闭', 'en-US': 'The bed is closed' },
  'beds.bed.notFound': { 'zh-CN': '没有这张床位', 'en-US': 'No such bed' },
  'beds.bed.occupied': { 'zh-CN': '该床位已有患者', 'en-US': 'The bed is occupied' },
  'beds.bed.otherWard': { 'zh-CN': '该床位不属于所选病区', 'en-US': 'The bed is not in the chosen ward' },
  'beds.bed.reserved': {
    'zh-CN': '该床位已为其他待入院患者预留',
    'en-US': 'The bed is reserved for another waiting patient',
  },
  'beds.bed.same': { 'zh-CN': '目标床位与当前床位相同', 'en-US': 'The target bed is the current bed' },
  'beds.cancel.cancelled': { 'zh-CN': '该住院已取消', 'en-US': 'The admission is already cancelled' },
  'beds.cancel.noTransfer': { 'zh-CN': '没有可撤销的转床', 'en-US': 'There is no transfer to cancel' },
  'beds.cancel.notDischarged': {
    'zh-CN': '患者尚未出院，无法撤销出院',
    'en-US': 'The patient is not discharged; nothing to cancel',
  },
  'beds.closureReason.notClosed': {
    'zh-CN': '只有关闭床位时才填写关闭原因',
    'en-US': 'A closure reason is given only when closing the bed',
  },
  'beds.closureReason.required': { 'zh-CN': '关闭床位需选择原因', 'en-US': 'Choose why the bed is closed' },
  'beds.expectedDischarge.beforeAdmission': {
    'zh-CN': '预计出院日期早于入院日期',
    'en-US': 'The expected discharge is before the admission',
  },
  'beds.expectedLos.noHistory': {
    'zh-CN': '该手术在本科室没有既往住院日数据，请填写预计住院日',
    'en-US': 'No past stays for this procedure in the department: enter the expected length of stay',
  },
  'beds.patient.overlap': {
    'zh-CN': '该患者已有未出院的住院记录',
    'en-US': 'The patient already has an admission that is not discharged',
  },
  'beds.reopensOn.past': {
    'zh-CN': '预计重新开放日期不能早于今天',
    'en-US': 'The reopening date cannot be in the past',
  },
  'beds.request.case': {
    'zh-CN': '该手术与患者不符或不存在',
    'en-US': "The operation does not exist or is not this patient's",
  },
  'beds.request.closed': {
    'zh-CN': '该待入院记录已入院或已取消',
    'en-US': 'The booking is already admitted or cancelled',
  },
  'beds.request.duplicate': {
    'zh-CN': '该患者已有待入院记录',
    'en-US': 'The patient already has an open booking',
  },
  'beds.request.patient': { 'zh-CN': '没有这位患者', 'en-US': 'No such patient' },
  'beds.request.surgeryBeforeAdmission': {
    'zh-CN': '计划手术日期早于计划入院日期',
    'en-US': 'The planned operation is before the planned admission',
  },
  'beds.request.until': {
    'zh-CN': '预留截止日期不能早于今天',
    'en-US': 'A reservation cannot end before today',
  },
  'beds.request.ward': { 'zh-CN': '没有这个病区', 'en-US': 'No such ward' },
  'beds.stay.closed': { 'zh-CN': '该床位记录已结束', 'en-US': 'The bed stay has ended' },
  'beds.stay.open': { 'zh-CN': '该床位记录尚未结束', 'en-US': 'The bed stay has not ended' },
  'beds.stay.order': { 'zh-CN': '离床时间早于入床时间', 'en-US': 'The stay ends before it begins' },
  'beds.stay.overlap': {
    'zh-CN': '与该患者的另一段床位记录重叠',
    'en-US': 'Overlaps another bed stay of the patient',
  },
  'beds.stay.voided': { 'zh-CN': '该床位记录已作废', 'en-US': 'The bed stay was voided' },
  'beds.swap.same': { 'zh-CN': '请选择两位不同的患者', 'en-US': 'Choose two different patients' },
  'beds.visitNumber.taken': { 'zh-CN': '该住院号已被使用', 'en-US': 'The visit number is already used' },
};
