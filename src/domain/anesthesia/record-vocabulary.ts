// The anesthesia record's vocabularies: one-tap events (some move the case's state machine), the WHO
// Surgical Safety Checklist (WHO 2009, 三方核查 per 《手术安全核查制度》), drugs and fluids.
import type { TargetStatus } from '../registry/case-status';
import type { Text } from '../scores/instrument';

export type EventDef = { code: string; label: Text; transition?: TargetStatus; needs?: ChecklistPhase };

export const RECORD_EVENTS: readonly EventDef[] = [
  { code: 'in_room', label: { zh: '入室', en: 'In room' }, transition: 'in_room' },
  {
    code: 'anesthesia_start',
    label: { zh: '麻醉开始', en: 'Anesthesia start' },
    transition: 'anesthesia_start',
    needs: 'sign_in',
  },
  { code: 'intubation', label: { zh: '插管/置入喉罩', en: 'Intubation / LMA' } },
  { code: 'incision', label: { zh: '切皮', en: 'Incision' }, transition: 'surgery_start', needs: 'time_out' },
  { code: 'surgery_end', label: { zh: '手术结束', en: 'Surgery end' }, transition: 'surgery_end' },
  { code: 'extubation', label: { zh: '拔管', en: 'Extubation' } },
  { code: 'anesthesia_end', label: { zh: '麻醉结束', en: 'Anesthesia end' }, transition: 'anesthesia_end' },
  { code: 'out_of_room', label: { zh: '出室', en: 'Out of room' }, transition: 'out_of_room' },
  { code: 'position_change', label: { zh: '体位改变', en: 'Position change' } },
  { code: 'tourniquet', label: { zh: '止血带', en: 'Tourniquet' } },
  { code: 'custom', label: { zh: '其他事件', en: 'Other event' } },
];

// Intra-op adverse events coded for the national QC indicators (china-standards.md §1).
export const ADVERSE_EVENTS: readonly EventDef[] = [
  { code: 'ae_cardiac_arrest', label: { zh: '心搏骤停', en: 'Cardiac arrest' } },
  {
    code: 'ae_severe_allergy',
    label: { zh: '严重过敏反应（需肾上腺素）', en: 'Severe allergy needing epinephrine' },
  },
  { code: 'ae_aspiration', label: { zh: '严重反流误吸', en: 'Severe aspiration' } },
  { code: 'ae_dental_injury', label: { zh: '牙齿损伤', en: 'Dental injury' } },
  { code: 'ae_unplanned_airway', label: { zh: '非计划气道干预', en: 'Unplanned airway' } },
  { code: 'ae_other', label: { zh: '其他不良事件', en: 'Other adverse event' } },
  // Recorded after surgery (PACU or ward): AQI-IUR-19.
  { code: 'reintubation_unplanned', label: { zh: '非计划再次插管', en: 'Unplanned re-intubation' } },
];

export const eventDef = (code: string): EventDef | undefined =>
  RECORD_EVENTS.find((e) => e.code === code) ?? ADVERSE_EVENTS.find((e) => e.code === code);

export const CHECKLIST_PHASES = ['sign_in', 'time_out', 'sign_out'] as const;
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];
export type ChecklistAnswer = 'yes' | 'no' | 'na';

export const CHECKLIST: Record<ChecklistPhase, { label: Text; items: { code: string; label: Text }[] }> = {
  sign_in: {
    label: { zh: '麻醉实施前核查', en: 'Sign in (before induction)' },
    items: [
      {
        code: 'identity',
        label: {
          zh: '患者身份、手术部位、术式、知情同意已确认',
          en: 'Identity, site, procedure and consent confirmed',
        },
      },
      { code: 'site_marked', label: { zh: '手术部位已标记', en: 'Site marked' } },
      {
        code: 'anesthesia_check',
        label: { zh: '麻醉设备及药品检查完成', en: 'Anesthesia machine and medication check complete' },
      },
      { code: 'oximeter', label: { zh: '脉搏血氧仪已连接并工作', en: 'Pulse oximeter on and working' } },
      { code: 'allergy', label: { zh: '已知过敏史已核对', en: 'Known allergy checked' } },
      {
        code: 'airway_risk',
        label: { zh: '困难气道/误吸风险已评估', en: 'Difficult airway / aspiration risk assessed' },
      },
      {
        code: 'blood_loss',
        label: {
          zh: '失血风险已评估，备血与通路就绪',
          en: 'Blood-loss risk assessed; access and blood ready',
        },
      },
    ],
  },
  time_out: {
    label: { zh: '手术开始前核查', en: 'Time out (before incision)' },
    items: [
      { code: 'team', label: { zh: '团队成员已介绍姓名与职责', en: 'Team introduced by name and role' } },
      {
        code: 'confirm',
        label: {
          zh: '三方再次确认患者、部位、术式',
          en: 'Patient, site and procedure confirmed by all three',
        },
      },
      {
        code: 'antibiotic',
        label: {
          zh: '切皮前 60 分钟内已给予预防性抗菌药',
          en: 'Prophylactic antibiotic within the last 60 min',
        },
      },
      {
        code: 'critical_events',
        label: {
          zh: '关键步骤、预计时长与失血已沟通',
          en: 'Critical steps, duration and blood loss discussed',
        },
      },
      { code: 'imaging', label: { zh: '必需影像资料已展示', en: 'Essential imaging displayed' } },
    ],
  },
  sign_out: {
    label: { zh: '患者离室前核查', en: 'Sign out (before leaving the room)' },
    items: [
      { code: 'procedure_recorded', label: { zh: '实际手术名称已记录', en: 'Procedure name recorded' } },
      {
        code: 'counts',
        label: { zh: '器械、纱布、缝针清点无误', en: 'Instrument, sponge and needle counts correct' },
      },
      { code: 'specimen', label: { zh: '标本已正确标识', en: 'Specimen labelled' } },
      { code: 'equipment', label: { zh: '设备问题已处理', en: 'Equipment problems addressed' } },
      { code: 'recovery', label: { zh: '术后管理要点已交接', en: 'Key concerns for recovery handed over' } },
    ],
  },
};

/** A phase is complete when every item has an answer (yes, no or not applicable). */
export function phaseComplete(phase: ChecklistPhase, answers: ReadonlyMap<string, ChecklistAnswer>): boolean {
  return CHECKLIST[phase].items.every((i) => answers.has(`${phase}.${i.code}`));
}

export const DRUG_CATEGORIES = [
  'induction',
  'inhalational',
  'opioid',
  'relaxant',
  'reversal',
  'vasoactive',
  'antiemetic',
  'sedative',
  'antibiotic',
  'anticoagulant',
  'other',
] as const;
export type DrugCategory = (typeof DRUG_CATEGORIES)[number];
export type DrugDef = {
  code: string;
  zh: string;
  generic: string;
  category: DrugCategory;
  unit: string;
  route: string;
};

// Drugs common in Chinese thoracic anesthesia; default units and routes as charted.
export const DRUGS: readonly DrugDef[] = [
  { code: 'propofol', zh: '丙泊酚', generic: 'Propofol', category: 'induction', unit: 'mg', route: 'iv' },
  { code: 'etomidate', zh: '依托咪酯', generic: 'Etomidate', category: 'induction', unit: 'mg', route: 'iv' },
  { code: 'ciprofol', zh: '环泊酚', generic: 'Ciprofol', category: 'induction', unit: 'mg', route: 'iv' },
  {
    code: 'sevoflurane',
    zh: '七氟烷',
    generic: 'Sevoflurane',
    category: 'inhalational',
    unit: '%',
    route: 'inh',
  },
  {
    code: 'desflurane',
    zh: '地氟烷',
    generic: 'Desflurane',
    category: 'inhalational',
    unit: '%',
    route: 'inh',
  },
  { code: 'sufentanil', zh: '舒芬太尼', generic: 'Sufentanil', category: 'opioid', unit: 'μg', route: 'iv' },
  {
    code: 'remifentanil',
    zh: '瑞芬太尼',
    generic: 'Remifentanil',
    category: 'opioid',
    unit: 'μg',
    route: 'iv',
  },
  { code: 'fentanyl', zh: '芬太尼', generic: 'Fentanyl', category: 'opioid', unit: 'μg', route: 'iv' },
  { code: 'oxycodone', zh: '羟考酮', generic: 'Oxycodone', category: 'opioid', unit: 'mg', route: 'iv' },
  {
    code: 'rocuronium',
    zh: '罗库溴铵',
    generic: 'Rocuronium',
    category: 'relaxant',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'cisatracurium',
    zh: '顺阿曲库铵',
    generic: 'Cisatracurium',
    category: 'relaxant',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'sugammadex',
    zh: '舒更葡糖钠',
    generic: 'Sugammadex',
    category: 'reversal',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'neostigmine',
    zh: '新斯的明',
    generic: 'Neostigmine',
    category: 'reversal',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'phenylephrine',
    zh: '去氧肾上腺素',
    generic: 'Phenylephrine',
    category: 'vasoactive',
    unit: 'μg',
    route: 'iv',
  },
  {
    code: 'norepinephrine',
    zh: '去甲肾上腺素',
    generic: 'Norepinephrine',
    category: 'vasoactive',
    unit: 'μg',
    route: 'iv',
  },
  { code: 'ephedrine', zh: '麻黄碱', generic: 'Ephedrine', category: 'vasoactive', unit: 'mg', route: 'iv' },
  {
    code: 'epinephrine',
    zh: '肾上腺素',
    generic: 'Epinephrine',
    category: 'vasoactive',
    unit: 'μg',
    route: 'iv',
  },
  { code: 'atropine', zh: '阿托品', generic: 'Atropine', category: 'vasoactive', unit: 'mg', route: 'iv' },
  { code: 'urapidil', zh: '乌拉地尔', generic: 'Urapidil', category: 'vasoactive', unit: 'mg', route: 'iv' },
  {
    code: 'ondansetron',
    zh: '昂丹司琼',
    generic: 'Ondansetron',
    category: 'antiemetic',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'dexamethasone',
    zh: '地塞米松',
    generic: 'Dexamethasone',
    category: 'antiemetic',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'palonosetron',
    zh: '帕洛诺司琼',
    generic: 'Palonosetron',
    category: 'antiemetic',
    unit: 'mg',
    route: 'iv',
  },
  { code: 'midazolam', zh: '咪达唑仑', generic: 'Midazolam', category: 'sedative', unit: 'mg', route: 'iv' },
  {
    code: 'dexmedetomidine',
    zh: '右美托咪定',
    generic: 'Dexmedetomidine',
    category: 'sedative',
    unit: 'μg',
    route: 'iv',
  },
  { code: 'ketamine', zh: '氯胺酮', generic: 'Ketamine', category: 'sedative', unit: 'mg', route: 'iv' },
  {
    code: 'esketamine',
    zh: '艾司氯胺酮',
    generic: 'Esketamine',
    category: 'sedative',
    unit: 'mg',
    route: 'iv',
  },
  { code: 'cefazolin', zh: '头孢唑林', generic: 'Cefazolin', category: 'antibiotic', unit: 'g', route: 'iv' },
  {
    code: 'cefuroxime',
    zh: '头孢呋辛',
    generic: 'Cefuroxime',
    category: 'antibiotic',
    unit: 'g',
    route: 'iv',
  },
  { code: 'heparin', zh: '肝素', generic: 'Heparin', category: 'anticoagulant', unit: 'U', route: 'iv' },
  {
    code: 'tranexamic_acid',
    zh: '氨甲环酸',
    generic: 'Tranexamic acid',
    category: 'other',
    unit: 'g',
    route: 'iv',
  },
];
export const drugDef = (code: string): DrugDef | undefined => DRUGS.find((d) => d.code === code);

export const FLUIDS_IN = [
  'crystalloid',
  'colloid',
  'red_cells',
  'plasma',
  'platelets',
  'autologous',
] as const;
export const FLUIDS_OUT = ['blood_loss', 'urine', 'drainage'] as const;
export const FLUID_LABELS: Record<(typeof FLUIDS_IN)[number] | (typeof FLUIDS_OUT)[number], Text> = {
  crystalloid: { zh: '晶体液', en: 'Crystalloid' },
  colloid: { zh: '胶体液', en: 'Colloid' },
  red_cells: { zh: '红细胞', en: 'Red cells' },
  plasma: { zh: '血浆', en: 'Plasma' },
  platelets: { zh: '血小板', en: 'Platelets' },
  autologous: { zh: '自体血回输', en: 'Autologous blood' },
  blood_loss: { zh: '出血量', en: 'Blood loss' },
  urine: { zh: '尿量', en: 'Urine' },
  drainage: { zh: '引流量', en: 'Drainage' },
};

export type DrugEntry = {
  drug: string;
  kind: 'bolus' | 'infusion';
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

export function fluidBalance(entries: { direction: 'in' | 'out'; volumeMl: number }[]): {
  inMl: number;
  outMl: number;
  balanceMl: number;
} {
  const inMl = entries.filter((e) => e.direction === 'in').reduce((a, e) => a + e.volumeMl, 0);
  const outMl = entries.filter((e) => e.direction === 'out').reduce((a, e) => a + e.volumeMl, 0);
  return { inMl, outMl, balanceMl: inMl - outMl };
}
