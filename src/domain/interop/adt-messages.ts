// What the interface tells the HIS about an ADT message (the ERR reason) and keeps in the inbox: both
// languages in one text, as DEVICE_REASONS (messages.ts), since the HIS has no locale.

export const ADT_REASONS = {
  missingMsh: () => '缺少 MSH 段 / missing MSH segment',
  unparseable: () => '无法解析报文 / the message cannot be parsed',
  internal: () => '读取报文时出现内部错误，请重发 / internal error while reading the message; send again',
  notAdt: (type: string) =>
    `不是 ADT 消息（MSH-9 为 ${type || '空'}）/ not an ADT message (MSH-9 is ${type || 'empty'})`,
  unsupportedEvent: (trigger: string) =>
    `不支持的 ADT 事件 ${trigger || '（空）'}，仅接受 A01 A02 A03 A08 A11 A12 A13 / unsupported ADT event ${trigger || '(empty)'}; accepted: A01 A02 A03 A08 A11 A12 A13`,
  missingSegment: (segment: string) => `缺少 ${segment} 段 / missing ${segment} segment`,
  missingField: (field: string, zh: string, en: string) =>
    `缺少 ${field}（${zh}）/ ${field} (${en}) is missing`,
  badTime: (field: string, raw: string) =>
    `${field} 时间格式无法识别：${raw} / ${field} is not an HL7 timestamp: ${raw}`,
  badDate: (field: string, raw: string) => `${field} 日期无效：${raw} / ${field} is not a valid date: ${raw}`,
  badMrn: (raw: string) =>
    `PID-3 住院号格式不正确（字母、数字和连字符，最多 32 位）：${raw} / PID-3 MRN must be letters, digits and hyphens, at most 32: ${raw}`,
  birthAfterEvent: (raw: string) =>
    `PID-7 出生日期晚于事件时间：${raw} / PID-7 birth date is after the event: ${raw}`,
  dischargeBeforeAdmit: () =>
    'PV1-45 出院时间早于 PV1-44 入院时间 / PV1-45 discharge is before PV1-44 admission',
  // Warnings: the value is dropped, the message is still accepted.
  invalidIdCard: (field: string) =>
    `${field} 身份证号无效（18 位，校验位不符），已忽略 / ${field} ID card number is invalid and was ignored`,
  invalidPhone: () => 'PID-13 电话号码格式不正确，已忽略 / PID-13 phone number is invalid and was ignored',
  unknownDisposition: (code: string) =>
    `PV1-36 离院方式代码 ${code} 未知，按“其他”处理 / PV1-36 discharge disposition ${code} is unknown; read as other`,
} as const;
