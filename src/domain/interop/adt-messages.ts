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
  // Read, but not applicable to Periop's records: the message is kept in the interface inbox.
  unknownWard: (ward: string) => `未知病区 ${ward}（PV1-3）/ unknown ward ${ward} (PV1-3)`,
  unknownBed: (ward: string, bed: string) =>
    `病区 ${ward} 没有 ${bed} 床（PV1-3）/ ward ${ward} has no bed ${bed} (PV1-3)`,
  unknownVisit: (visit: string) =>
    `未找到住院流水号 ${visit} 的住院记录（PV1-19）/ no admission has visit number ${visit} (PV1-19)`,
  otherPatient: (visit: string, mrn: string) =>
    `住院流水号 ${visit} 属于另一位患者，不是住院号 ${mrn}（PID-3）/ visit number ${visit} belongs to another patient than MRN ${mrn} (PID-3)`,
  alreadyAdmitted: (visit: string) =>
    `住院流水号 ${visit} 已有住院记录（PV1-19）/ visit number ${visit} is already admitted (PV1-19)`,
  birthDateNeeded: () =>
    'PID-7 缺少出生日期，登记患者需要出生日期 / PID-7 birth date is needed to register the patient',
  notForRegistry: (field: string, zh: string, en: string) =>
    `${field} ${zh}不符合患者登记规则 / ${field} ${en} does not meet the patient registry's rules`,
  notApplied: (trigger: string, zh: string, en: string) =>
    `无法执行 ${trigger}：${zh} / ${trigger} cannot be applied: ${en}`,
  interfaceOff: () =>
    'ADT 接口未启用，报文已存入接口收件箱 / the ADT interface is not enabled; the message is kept in the inbox',
  notStored: () => '暂时无法保存，请重发 / could not be stored, send again',
  // What a bed stay records as the reason of a movement the HIS sent.
  movedByHis: (trigger: string) => `医院信息系统 ADT^${trigger} / sent by the HIS (ADT^${trigger})`,
  // Warnings: the value is dropped, the message is still accepted.
  invalidIdCard: (field: string) =>
    `${field} 身份证号无效（18 位，校验位不符），已忽略 / ${field} ID card number is invalid and was ignored`,
  invalidPhone: () => 'PID-13 电话号码格式不正确，已忽略 / PID-13 phone number is invalid and was ignored',
  unknownDisposition: (code: string) =>
    `PV1-36 离院方式代码 ${code} 未知，按“其他”处理 / PV1-36 discharge disposition ${code} is unknown; read as other`,
} as const;
