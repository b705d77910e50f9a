// The anesthesia record's vocabularies: one-tap events (some move the case's state machine), the WHO
// Surgical Safety Checklist (WHO 2009, 三方核查 per 《手术安全核查制度》) and fluids; the drugs are in drug-catalogue.ts.

import type { LocalText } from '../common/field-messages';
import type { TargetStatus } from '../registry/case-status';

export const RECORD_STATUSES = ['draft', 'signed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];
/** How temperature is monitored: the AQI-IHT-10 rule differs (intraop-alerts.ts). */
export const TEMP_MODES = ['continuous', 'intermittent'] as const;
export type TempMode = (typeof TEMP_MODES)[number];
export const DRUG_KINDS = ['bolus', 'infusion'] as const;
export type DrugKind = (typeof DRUG_KINDS)[number];
export const FLUID_DIRECTIONS = ['in', 'out'] as const;
export type FluidDirection = (typeof FLUID_DIRECTIONS)[number];
export const CHECKLIST_ANSWERS = ['yes', 'no', 'na'] as const;

/** `needs`: the checklist phase the event's transition is gated by (CHECKLIST_GATES in case-gates.ts). */
export type EventDef = { code: string; label: LocalText; transition?: TargetStatus; needs?: ChecklistPhase };

export const RECORD_EVENTS: readonly EventDef[] = [
  { code: 'in_room', label: { 'zh-CN': '入室', 'en-US': 'In room' }, transition: 'in_room' },
  {
    code: 'anesthesia_start',
    label: { 'zh-CN': '麻醉开始', 'en-US': 'Anesthesia start' },
    transition: 'anesthesia_start',
    needs: 'sign_in',
  },
  { code: 'intubation', label: { 'zh-CN': '插管/置入喉罩', 'en-US': 'Intubation / LMA' } },
  {
    code: 'incision',
    label: { 'zh-CN': '切皮', 'en-US': 'Incision' },
    transition: 'surgery_start',
    needs: 'time_out',
  },
  { code: 'surgery_end', label: { 'zh-CN': '手术结束', 'en-US': 'Surgery end' }, transition: 'surgery_end' },
  { code: 'extubation', label: { 'zh-CN': '拔管', 'en-US': 'Extubation' } },
  {
    code: 'anesthesia_end',
    label: { 'zh-CN': '麻醉结束', 'en-US': 'Anesthesia end' },
    transition: 'anesthesia_end',
  },
  {
    code: 'out_of_room',
    label: { 'zh-CN': '出室', 'en-US': 'Out of room' },
    transition: 'out_of_room',
    needs: 'sign_out',
  },
  { code: 'position_change', label: { 'zh-CN': '体位改变', 'en-US': 'Position change' } },
  { code: 'tourniquet', label: { 'zh-CN': '止血带', 'en-US': 'Tourniquet' } },
  { code: 'custom', label: { 'zh-CN': '其他事件', 'en-US': 'Other event' } },
];

// Intra-op adverse events coded for the national QC indicators (china-standards.md §1).
export const ADVERSE_EVENTS: readonly EventDef[] = [
  { code: 'ae_cardiac_arrest', label: { 'zh-CN': '心搏骤停', 'en-US': 'Cardiac arrest' } },
  {
    code: 'ae_severe_allergy',
    label: { 'zh-CN': '严重过敏反应（需肾上腺素）', 'en-US': 'Severe allergy needing epinephrine' },
  },
  { code: 'ae_aspiration', label: { 'zh-CN': '严重反流误吸', 'en-US': 'Severe aspiration' } },
  { code: 'ae_dental_injury', label: { 'zh-CN': '牙齿损伤', 'en-US': 'Dental injury' } },
  { code: 'ae_unplanned_airway', label: { 'zh-CN': '非计划气道干预', 'en-US': 'Unplanned airway' } },
  { code: 'ae_other', label: { 'zh-CN': '其他不良事件', 'en-US': 'Other adverse event' } },
  // Recorded after surgery (PACU or ward): AQI-IUR-19.
  {
    code: 'reintubation_unplanned',
    label: { 'zh-CN': '非计划再次插管', 'en-US': 'Unplanned re-intubation' },
  },
];

export const eventDef = (code: string): EventDef | undefined =>
  RECORD_EVENTS.find((e) => e.code === code) ?? ADVERSE_EVENTS.find((e) => e.code === code);

export const CHECKLIST_PHASES = ['sign_in', 'time_out', 'sign_out'] as const;
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export const CHECKLIST: Record<
  ChecklistPhase,
  { label: LocalText; items: { code: string; label: LocalText }[] }
> = {
  sign_in: {
    label: { 'zh-CN': '麻醉实施前核查', 'en-US': 'Sign in (before induction)' },
    items: [
      {
        code: 'identity',
        label: {
          'zh-CN': '患者身份、手术部位、术式、知情同意已确认',
          'en-US': 'Identity, site, procedure and consent confirmed',
        },
      },
      { code: 'site_marked', label: { 'zh-CN': '手术部位已标记', 'en-US': 'Site marked' } },
      {
        code: 'anesthesia_check',
        label: {
          'zh-CN': '麻醉设备及药品检查完成',
          'en-US': 'Anesthesia machine and medication check complete',
        },
      },
      {
        code: 'oximeter',
        label: { 'zh-CN': '脉搏血氧仪已连接并工作', 'en-US': 'Pulse oximeter on and working' },
      },
      { code: 'allergy', label: { 'zh-CN': '已知过敏史已核对', 'en-US': 'Known allergy checked' } },
      {
        code: 'airway_risk',
        label: { 'zh-CN': '困难气道/误吸风险已评估', 'en-US': 'Difficult airway / aspiration risk assessed' },
      },
      {
        code: 'blood_loss',
        label: {
          'zh-CN': '失血风险已评估，备血与通路就绪',
          'en-US': 'Blood-loss risk assessed; access and blood ready',
        },
      },
    ],
  },
  time_out: {
    label: { 'zh-CN': '手术开始前核查', 'en-US': 'Time out (before incision)' },
    items: [
      {
        code: 'team',
        label: { 'zh-CN': '团队成员已介绍姓名与职责', 'en-US': 'Team introduced by name and role' },
      },
      {
        code: 'confirm',
        label: {
          'zh-CN': '三方再次确认患者、部位、术式',
          'en-US': 'Patient, site and procedure confirmed by all three',
        },
      },
      {
        code: 'antibiotic',
        label: {
          'zh-CN': '切皮前 60 分钟内已给予预防性抗菌药',
          'en-US': 'Prophylactic antibiotic within the last 60 min',
        },
      },
      {
        code: 'critical_events',
        label: {
          'zh-CN': '关键步骤、预计时长与失血已沟通',
          'en-US': 'Critical steps, duration and blood loss discussed',
        },
      },
      { code: 'imaging', label: { 'zh-CN': '必需影像资料已展示', 'en-US': 'Essential imaging displayed' } },
    ],
  },
  sign_out: {
    label: { 'zh-CN': '患者离室前核查', 'en-US': 'Sign out (before leaving the room)' },
    items: [
      {
        code: 'procedure_recorded',
        label: { 'zh-CN': '实际手术名称已记录', 'en-US': 'Procedure name recorded' },
      },
      {
        code: 'counts',
        label: {
          'zh-CN': '器械、纱布、缝针清点无误',
          'en-US': 'Instrument, sponge and needle counts correct',
        },
      },
      { code: 'specimen', label: { 'zh-CN': '标本已正确标识', 'en-US': 'Specimen labelled' } },
      { code: 'equipment', label: { 'zh-CN': '设备问题已处理', 'en-US': 'Equipment problems addressed' } },
      {
        code: 'recovery',
        label: { 'zh-CN': '术后管理要点已交接', 'en-US': 'Key concerns for recovery handed over' },
      },
    ],
  },
};

/** A phase is complete when every item has an answer (yes, no or not applicable). */
export function phaseComplete(phase: ChecklistPhase, answers: ReadonlyMap<string, ChecklistAnswer>): boolean {
  return CHECKLIST[phase].items.every((i) => answers.has(`${phase}.${i.code}`));
}

export const FLUIDS_IN = [
  'crystalloid',
  'colloid',
  'red_cells',
  'plasma',
  'platelets',
  'autologous',
] as const;
export const FLUIDS_OUT = ['blood_loss', 'urine', 'drainage'] as const;
export type FluidKind = (typeof FLUIDS_IN)[number] | (typeof FLUIDS_OUT)[number];
export const FLUID_LABELS: Record<FluidKind, LocalText> = {
  crystalloid: { 'zh-CN': '晶体液', 'en-US': 'Crystalloid' },
  colloid: { 'zh-CN': '胶体液', 'en-US': 'Colloid' },
  red_cells: { 'zh-CN': '红细胞', 'en-US': 'Red cells' },
  plasma: { 'zh-CN': '血浆', 'en-US': 'Plasma' },
  platelets: { 'zh-CN': '血小板', 'en-US': 'Platelets' },
  autologous: { 'zh-CN': '自体血回输', 'en-US': 'Autologous blood' },
  blood_loss: { 'zh-CN': '出血量', 'en-US': 'Blood loss' },
  urine: { 'zh-CN': '尿量', 'en-US': 'Urine' },
  drainage: { 'zh-CN': '引流量', 'en-US': 'Drainage' },
};

export type DrugEntry = {
  drug: string;
  kind: DrugKind;
  dose: number | null; // bolus amount
  rate: number | null; // infusion rate, unit per hour
  startAt: number;
  endAt: number | null;
};

/**
 * Total given per drug: boluses plus rate × running time of each infusion segment (a rate change
 * is a new segment). An infusion still running counts up to `now`.
 */
export function drugTotals(entries: DrugEntry[], now: number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const e of entries) {
    const amount =
      e.kind === 'bolus'
        ? (e.dose ?? 0)
        : ((e.rate ?? 0) * Math.max(0, (e.endAt ?? now) - e.startAt)) / 3_600_000;
    totals.set(e.drug, Math.round(((totals.get(e.drug) ?? 0) + amount) * 100) / 100);
  }
  return totals;
}

export function fluidBalance(entries: { direction: FluidDirection; volumeMl: number }[]): {
  inMl: number;
  outMl: number;
  balanceMl: number;
} {
  const inMl = entries.filter((e) => e.direction === 'in').reduce((a, e) => a + e.volumeMl, 0);
  const outMl = entries.filter((e) => e.direction === 'out').reduce((a, e) => a + e.volumeMl, 0);
  return { inMl, outMl, balanceMl: inMl - outMl };
}
