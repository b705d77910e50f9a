// Code tables an ADT message is read with: HL7 v2.5 tables 0001 (sex), 0004 (patient class),
// 0112 (discharge disposition), 0203 (identifier type), and the Chinese codes HIS systems send instead.
import type { DispositionKind, PatientClassKind } from './adt-types';

// HL7 table 0001 (M, F; O/A/N/U carry no male/female), GB/T 2261.1-2003 人的性别代码 (1 男, 2 女,
// 0 未知, 9 未说明) and the characters some HIS write.
const SEX: Record<string, 'male' | 'female'> = { M: 'male', F: 'female', '1': 'male', '2': 'female' };
const SEX_TEXT: Record<string, 'male' | 'female'> = { 男: 'male', 女: 'female' };

export function sexOf(raw: string): 'male' | 'female' | null {
  const v = raw.trim();
  return SEX[v.toUpperCase()] ?? SEX_TEXT[v] ?? null;
}

// HL7 table 0004 patient class.
const PATIENT_CLASS: Record<string, PatientClassKind> = {
  E: 'emergency',
  I: 'inpatient',
  O: 'outpatient',
  P: 'preadmit',
  R: 'recurring',
  B: 'obstetrics',
  C: 'commercial',
  N: 'not_applicable',
  U: 'unknown',
};

export function patientClassOf(raw: string): { code: string; kind: PatientClassKind } | null {
  const code = raw.trim();
  if (!code) return null;
  return { code, kind: PATIENT_CLASS[code.toUpperCase()] ?? 'other' };
}

/**
 * PV1-36 codes → disposition. Two numbering schemes are in use and do not collide as strings:
 * - HL7 v2.5 table 0112 (user-defined, suggested values from UB-92), two digits.
 * - 住院病案首页「离院方式」 (卫医政发〔2011〕84号; 国卫办医发〔2016〕24号 填写规范), one digit:
 *   1 医嘱离院, 2 医嘱转院, 3 医嘱转社区卫生服务机构/乡镇卫生院, 4 非医嘱离院, 5 死亡, 9 其他 — the codes
 *   卫宁, 东华 and 创业 HIS interfaces pass on from the front page.
 * A channel whose HIS numbers differently passes its own table (AdtOptions.dispositions).
 */
export const DISPOSITION_CODES: Readonly<Record<string, DispositionKind>> = {
  // HL7 table 0112
  '01': 'home', // discharged to home or self care (routine discharge)
  '02': 'other_hospital', // to another short-term general hospital for inpatient care
  '03': 'other', // to a skilled nursing facility
  '04': 'other', // to an intermediate care facility
  '05': 'other_hospital', // to another type of institution for inpatient care
  '06': 'home', // home under the care of a home health service organisation
  '07': 'other', // left against medical advice
  '08': 'home', // home under the care of a home IV provider
  '09': 'other', // admitted as an inpatient to this hospital
  '20': 'death', // expired
  '30': 'other', // still patient
  '40': 'death', // expired at home
  '41': 'death', // expired in a medical facility
  '42': 'death', // expired, place unknown
  // 病案首页 离院方式
  '1': 'home', // 医嘱离院
  '2': 'other_hospital', // 医嘱转院
  '3': 'other_hospital', // 医嘱转社区卫生服务机构/乡镇卫生院: care continues in another institution
  '4': 'other', // 非医嘱离院
  '5': 'death', // 死亡
  '9': 'other', // 其他
};

// The same front-page categories as text, when a HIS sends the label instead of the code.
const DISPOSITION_TEXT: Readonly<Record<string, DispositionKind>> = {
  医嘱离院: 'home',
  出院: 'home',
  回家: 'home',
  医嘱转院: 'other_hospital',
  转院: 'other_hospital',
  医嘱转社区卫生服务机构: 'other_hospital',
  医嘱转社区卫生服务机构乡镇卫生院: 'other_hospital',
  乡镇卫生院: 'other_hospital',
  非医嘱离院: 'other',
  自动出院: 'other',
  死亡: 'death',
  其他: 'other',
};

export type DispositionReading = { code: string; kind: DispositionKind; known: boolean };

/** PV1-36 (code, optionally ^ text) → disposition; an unknown code is 'other' with known = false. */
export function dispositionOf(
  code: string,
  text: string,
  table: Readonly<Record<string, DispositionKind>> = DISPOSITION_CODES,
): DispositionReading | null {
  const c = code.trim();
  const t = text.trim();
  if (!c && !t) return null;
  const fromCode = table[c] ?? DISPOSITION_CODES[c];
  if (fromCode) return { code: c, kind: fromCode, known: true };
  const label = (c && !/^\d+$/.test(c) ? c : t).replace(/[\s/／、]/g, '');
  const fromText = DISPOSITION_TEXT[label];
  if (fromText) return { code: c || t, kind: fromText, known: true };
  return { code: c || t, kind: 'other', known: false };
}

// HL7 table 0203 identifier types. MR / PI name the hospital's own number; the others are documents.
export const MRN_TYPES = ['MR', 'PI'] as const;
/** National person identifier of China (NN + ISO 3166 CHN) and the plain "ID" some HIS send. */
export const ID_CARD_TYPES: ReadonlySet<string> = new Set(['NNCHN', 'ID']);
const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['NNCHN', 'ID', 'NI', 'PPN', 'DL', 'SS', 'PEN', 'HC']);

export const isDocumentType = (type: string | null): boolean =>
  type !== null && (DOCUMENT_TYPES.has(type) || /^NN[A-Z]{3}$/.test(type));
