// Coded vocabularies of the registry, with their Chinese and English labels.
export type Label = { zh: string; en: string };

export const SEXES = ['male', 'female', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, Label> = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
  unknown: { zh: '未知', en: 'Unknown' },
};

export const APPROACHES = [
  'open',
  'vats',
  'robotic',
  'laparoscopic',
  'endoscopic',
  'ablation',
  'other',
] as const;
export type Approach = (typeof APPROACHES)[number];
export const APPROACH_LABELS: Record<Approach, Label> = {
  open: { zh: '开放', en: 'Open' },
  vats: { zh: '胸腔镜(VATS)', en: 'VATS' },
  robotic: { zh: '机器人', en: 'Robotic' },
  laparoscopic: { zh: '腹腔镜', en: 'Laparoscopic' },
  endoscopic: { zh: '内镜', en: 'Endoscopic' },
  ablation: { zh: '消融', en: 'Ablation' },
  other: { zh: '其他', en: 'Other' },
};

export const URGENCIES = ['elective', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, Label> = {
  elective: { zh: '择期', en: 'Elective' },
  urgent: { zh: '限期', en: 'Urgent' },
  emergency: { zh: '急诊', en: 'Emergency' },
};

// The national classification of anesthesia methods used by the QC indicators (china-standards.md §1).
export const ANESTHESIA_METHODS = [
  'general_tube',
  'general_lma',
  'general_no_airway',
  'neuraxial',
  'nerve_block',
  'combined',
  'sedation',
  'local',
] as const;
export type AnesthesiaMethod = (typeof ANESTHESIA_METHODS)[number];
export const ANESTHESIA_METHOD_LABELS: Record<AnesthesiaMethod, Label> = {
  general_tube: { zh: '气管插管全身麻醉', en: 'General (endotracheal tube)' },
  general_lma: { zh: '喉罩全身麻醉', en: 'General (laryngeal mask)' },
  general_no_airway: { zh: '非插管全身麻醉', en: 'General (no airway device)' },
  neuraxial: { zh: '椎管内麻醉', en: 'Neuraxial' },
  nerve_block: { zh: '神经阻滞', en: 'Nerve block' },
  combined: { zh: '复合麻醉', en: 'Combined' },
  sedation: { zh: '镇静/监护麻醉', en: 'Sedation / MAC' },
  local: { zh: '局部麻醉', en: 'Local' },
};

export const SURGERY_GRADES = [1, 2, 3, 4] as const;
export type SurgeryGrade = (typeof SURGERY_GRADES)[number];
export const GRADE_LABELS: Record<SurgeryGrade, Label> = {
  1: { zh: '一级', en: 'Grade 1' },
  2: { zh: '二级', en: 'Grade 2' },
  3: { zh: '三级', en: 'Grade 3' },
  4: { zh: '四级', en: 'Grade 4' },
};
