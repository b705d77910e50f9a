// The theatre's catalogue for the demo: the thoracic procedures with their diagnoses, lengths and
// anesthesia, the operating rooms, and the gaps between a case's steps. Every code is in the starter
// dictionaries (domain/registry/starter-dictionary.ts); the names are the surgeons' own wording (with the
// side and the technique), which the codes of the national clinical editions do not spell out.
import type { CancelReasonCode } from '../../domain/registry/cancel-reasons';
import type { CaseStatus, TargetStatus } from '../../domain/registry/case-status';
import type { AnesthesiaMethod, Approach, SurgeryGrade } from '../../domain/registry/vocabulary';
import type { Rng } from './rng';

export type DemoRoom = { code: string; name: string; sortOrder: number };

/** Why a demo case was cancelled: the coded reason and what was written beside it. */
export const CANCEL_REASONS: readonly (readonly [CancelReasonCode, string | null])[] = [
  ['patient_condition', '患者发热，体温 38.5 ℃'],
  ['patient_condition', '血压控制不佳'],
  ['patient_refused', '患者及家属要求推迟'],
  ['workup_incomplete', '术前检查结果异常需复查'],
  ['emergency_displaced', null],
  ['patient_condition', '凝血功能异常'],
];

export type Procedure = {
  diagnosis: readonly (readonly [string, string])[];
  code: string;
  text: string;
  approach: Approach;
  grade: SurgeryGrade;
  anesthesia: readonly (readonly [AnesthesiaMethod, number])[];
  minutes: readonly [number, number];
  icuShare: number;
};
const ESOPHAGEAL = [
  ['C15.300', '食管上段恶性肿瘤'],
  ['C15.400', '食管中段恶性肿瘤'],
  ['C15.500', '食管下段恶性肿瘤'],
] as const;
const LUNG = [
  ['C34.100', '右肺上叶恶性肿瘤'],
  ['C34.100', '左肺上叶恶性肿瘤'],
  ['C34.200', '右肺中叶恶性肿瘤'],
  ['C34.300', '右肺下叶恶性肿瘤'],
  ['C34.300', '左肺下叶恶性肿瘤'],
] as const;
const MEDIASTINAL = [
  ['D15.200', '纵隔良性肿瘤'],
  ['C37.x00', '胸腺恶性肿瘤'],
  ['C38.100', '前纵隔恶性肿瘤'],
] as const;
const GA: readonly (readonly [AnesthesiaMethod, number])[] = [
  ['general_tube', 9],
  ['combined', 1],
];

export const PROCEDURES: readonly (readonly [Procedure, number])[] = [
  [
    {
      diagnosis: ESOPHAGEAL,
      code: '42.4100',
      text: '胸腹腔镜联合食管癌根治术',
      approach: 'vats',
      grade: 4,
      anesthesia: GA,
      minutes: [240, 330],
      icuShare: 0.35,
    },
    18,
  ],
  [
    {
      diagnosis: ESOPHAGEAL,
      code: '42.4100',
      text: '机器人辅助食管癌根治术',
      approach: 'robotic',
      grade: 4,
      anesthesia: GA,
      minutes: [270, 360],
      icuShare: 0.35,
    },
    4,
  ],
  [
    {
      diagnosis: ESOPHAGEAL,
      code: '42.4100',
      text: '开放食管癌根治术（Ivor-Lewis）',
      approach: 'open',
      grade: 4,
      anesthesia: GA,
      minutes: [270, 380],
      icuShare: 0.5,
    },
    6,
  ],
  [
    {
      diagnosis: LUNG,
      code: '32.4100',
      text: '胸腔镜下肺叶切除术+淋巴结清扫',
      approach: 'vats',
      grade: 4,
      anesthesia: GA,
      minutes: [120, 200],
      icuShare: 0.03,
    },
    22,
  ],
  [
    {
      diagnosis: LUNG,
      code: '32.3000',
      text: '胸腔镜下肺段切除术',
      approach: 'vats',
      grade: 4,
      anesthesia: GA,
      minutes: [110, 180],
      icuShare: 0.02,
    },
    9,
  ],
  [
    {
      diagnosis: LUNG,
      code: '32.2000',
      text: '胸腔镜下肺楔形切除术',
      approach: 'vats',
      grade: 3,
      anesthesia: GA,
      minutes: [60, 110],
      icuShare: 0.01,
    },
    7,
  ],
  [
    {
      diagnosis: LUNG,
      code: '32.4100',
      text: '机器人辅助肺叶切除术',
      approach: 'robotic',
      grade: 4,
      anesthesia: GA,
      minutes: [140, 220],
      icuShare: 0.03,
    },
    5,
  ],
  [
    {
      diagnosis: LUNG,
      code: '32.4900',
      text: '开胸肺叶切除术',
      approach: 'open',
      grade: 4,
      anesthesia: GA,
      minutes: [150, 240],
      icuShare: 0.08,
    },
    3,
  ],
  [
    {
      diagnosis: [
        ['C34.100', '右肺上叶恶性肿瘤（早期，≤3 cm）'],
        ['C34.300', '右肺下叶恶性肿瘤（早期，≤3 cm）'],
      ],
      code: '32.2400',
      text: 'CT引导下肺肿物微波消融术',
      approach: 'ablation',
      // Tumour ablation is a restricted technology, managed as grade 4 (china-standards.md §1.4, §2.1).
      grade: 4,
      anesthesia: [
        ['sedation', 6],
        ['nerve_block', 2],
        ['general_lma', 2],
      ],
      minutes: [30, 60],
      icuShare: 0,
    },
    10,
  ],
  [
    {
      diagnosis: MEDIASTINAL,
      code: '34.3x00',
      text: '胸腔镜下纵隔肿物切除术',
      approach: 'vats',
      grade: 3,
      anesthesia: GA,
      minutes: [90, 160],
      icuShare: 0.02,
    },
    8,
  ],
  [
    {
      diagnosis: MEDIASTINAL,
      code: '07.8400',
      text: '机器人辅助胸腺扩大切除术',
      approach: 'robotic',
      grade: 4,
      anesthesia: GA,
      minutes: [120, 200],
      icuShare: 0.03,
    },
    2,
  ],
  [
    {
      diagnosis: [
        ['J93.100', '自发性气胸'],
        ['J43.900', '肺大疱'],
      ],
      code: '32.2000',
      text: '胸腔镜下肺大疱切除术',
      approach: 'vats',
      grade: 2,
      anesthesia: GA,
      minutes: [50, 90],
      icuShare: 0,
    },
    4,
  ],
  [
    {
      diagnosis: [['J86.900', '脓胸']],
      code: '34.5200',
      text: '胸腔镜下胸膜纤维板剥脱术',
      approach: 'vats',
      grade: 3,
      anesthesia: GA,
      minutes: [100, 180],
      icuShare: 0.05,
    },
    2,
  ],
];

export const ROOMS: DemoRoom[] = Array.from({ length: 8 }, (_, i) => ({
  code: `OR-${String(i + 1).padStart(2, '0')}`,
  name: `第${i + 1}手术间`,
  sortOrder: i + 1,
}));

export const FLOW: Exclude<CaseStatus, 'scheduled' | 'cancelled'>[] = [
  'in_room',
  'anesthesia_start',
  'surgery_start',
  'surgery_end',
  'anesthesia_end',
  'out_of_room',
];

/** Gaps (minutes) before each step, for a case of the given length. */
export function stepGaps(
  rng: Rng,
  minutes: number,
  toIcu: boolean,
  noPacu: boolean,
): [TargetStatus, number][] {
  const gaps: [TargetStatus, number][] = [
    ['in_room', 0],
    ['anesthesia_start', rng.int(8, 20)],
    ['surgery_start', rng.int(15, 35)],
    ['surgery_end', minutes],
    ['anesthesia_end', rng.int(8, 20)],
    ['out_of_room', rng.int(5, 15)],
  ];
  if (toIcu) gaps.push(['icu', rng.int(5, 15)]);
  else if (noPacu) gaps.push(['ward', rng.int(5, 15)]);
  else gaps.push(['pacu_in', rng.int(3, 8)], ['pacu_out', rng.int(40, 90)], ['ward', rng.int(5, 15)]);
  return gaps;
}
