// The starter dictionaries for a thoracic surgery and anesthesia department, installed until the
// hospital imports its own from the HIS (which then takes precedence, code by code).
//
// Codes: the base codes of the national clinical editions — 疾病分类与代码国家临床版 2.0 and
// 手术操作分类代码国家临床版 2.0, the editions the 2019 国考 manual takes front-page codes from
// (china-standards.md §2.2). A base code is the WHO ICD-10 subcategory, or the ICD-9-CM-3 subcategory,
// followed by "00", with "x" where the category has no subdivision (C37.x00, 34.3x00); it carries the
// subcategory's own meaning, which is what each name below says. The editions' extension codes
// (C34.100x001, 32.4100x002 …), e.g. with laterality, come with the hospital's own export.
//
// Grade and approach are a starting proposal for the hospital's grading catalogue (手术分级管理目录),
// which each hospital sets and files itself (医疗机构手术分级管理办法, 国卫办医政发〔2022〕18号); they are
// not a national grading. Tumour ablation and robot-assisted surgery are restricted technologies
// (限制类技术), managed as grade 4 (china-standards.md §1.4, §2.1).
import type { DictionaryEntry, DictionaryKind } from './code-dictionary';
import type { Approach, SurgeryGrade } from './vocabulary';

type Row = readonly [code: string, name: string];
type ProcedureRow = readonly [
  code: string,
  name: string,
  grade: SurgeryGrade | null,
  approach: Approach | null,
  restricted?: true,
];

const DIAGNOSES: readonly Row[] = [
  // Lung and airway (C33–C34, D02.2, D14.3, D38.1, C78.0, R91)
  ['C33.x00', '气管恶性肿瘤'],
  ['C34.000', '主支气管恶性肿瘤'],
  ['C34.100', '肺上叶恶性肿瘤'],
  ['C34.200', '肺中叶恶性肿瘤'],
  ['C34.300', '肺下叶恶性肿瘤'],
  ['C34.800', '支气管和肺交搭跨越恶性肿瘤'],
  ['C34.900', '肺恶性肿瘤'],
  ['C77.100', '胸内淋巴结继发恶性肿瘤'],
  ['C78.000', '肺继发恶性肿瘤'],
  ['D02.200', '支气管和肺原位癌'],
  ['D14.300', '支气管和肺良性肿瘤'],
  ['D38.100', '气管、支气管和肺动态未定肿瘤'],
  ['R91.x00', '肺诊断性影像异常'],
  // Oesophagus and cardia (C15, C16.0, K22)
  ['C15.000', '颈部食管恶性肿瘤'],
  ['C15.100', '胸部食管恶性肿瘤'],
  ['C15.200', '腹部食管恶性肿瘤'],
  ['C15.300', '食管上段恶性肿瘤'],
  ['C15.400', '食管中段恶性肿瘤'],
  ['C15.500', '食管下段恶性肿瘤'],
  ['C15.800', '食管交搭跨越恶性肿瘤'],
  ['C15.900', '食管恶性肿瘤'],
  ['C16.000', '贲门恶性肿瘤'],
  ['K22.000', '贲门失弛缓症'],
  ['K22.500', '后天性食管憩室'],
  // Thymus, mediastinum and pleura (C37, C38, C45.0, C78.2, D15, D38.3–4, G70.0)
  ['C37.x00', '胸腺恶性肿瘤'],
  ['C38.100', '前纵隔恶性肿瘤'],
  ['C38.200', '后纵隔恶性肿瘤'],
  ['C38.300', '纵隔恶性肿瘤'],
  ['C38.400', '胸膜恶性肿瘤'],
  ['C45.000', '胸膜间皮瘤'],
  ['C78.200', '胸膜继发恶性肿瘤'],
  ['D15.000', '胸腺良性肿瘤'],
  ['D15.200', '纵隔良性肿瘤'],
  ['D38.300', '纵隔动态未定肿瘤'],
  ['D38.400', '胸腺动态未定肿瘤'],
  ['G70.000', '重症肌无力'],
  // Benign chest disease, trauma and deformity (J43, J47, J85–J94, Q33.0, Q67.6, S22.4, S27)
  ['J43.900', '肺气肿'],
  ['J47.x00', '支气管扩张症'],
  ['J85.200', '肺脓肿不伴有肺炎'],
  ['J86.000', '脓胸伴有瘘'],
  ['J86.900', '脓胸不伴有瘘'],
  ['J90.x00', '胸腔积液'],
  ['J93.000', '张力性自发性气胸'],
  ['J93.100', '其他自发性气胸'],
  ['J93.900', '气胸'],
  ['J94.200', '血胸'],
  ['Q33.000', '先天性肺囊肿'],
  ['Q67.600', '漏斗胸'],
  ['S22.400', '多发性肋骨骨折'],
  ['S27.000', '创伤性气胸'],
  ['S27.100', '创伤性血胸'],
  // Complications of anesthesia (T88.2–T88.5)
  ['T88.200', '麻醉引起的休克'],
  ['T88.300', '麻醉引起的恶性高热'],
  ['T88.400', '插管失败或困难'],
  ['T88.500', '麻醉的其他并发症'],
];

const PROCEDURES: readonly ProcedureRow[] = [
  // Lung (32.2–32.6, 33.1–33.2)
  ['32.2000', '胸腔镜下肺病损切除术', 3, 'vats'],
  ['32.2100', '肺大疱折叠术', 2, null],
  ['32.2200', '肺减容术', 4, null],
  ['32.2300', '开放性肺病损消融术', 4, 'open', true],
  ['32.2400', '经皮肺病损消融术', 4, 'ablation', true],
  ['32.2500', '胸腔镜下肺病损消融术', 4, 'vats', true],
  ['32.2600', '其他和未特指的肺病损消融术', 4, 'ablation', true],
  ['32.2900', '肺病损其他局部切除术', 3, 'open'],
  ['32.3000', '胸腔镜下肺段切除术', 4, 'vats'],
  ['32.3900', '其他肺段切除术', 4, 'open'],
  ['32.4100', '胸腔镜下肺叶切除术', 4, 'vats'],
  ['32.4900', '其他肺叶切除术', 4, 'open'],
  ['32.5000', '胸腔镜下全肺切除术', 4, 'vats'],
  ['32.5900', '其他全肺切除术', 4, 'open'],
  ['32.6x00', '胸腔结构根治性清扫术', 4, 'open'],
  ['33.1x00', '肺切开术', 3, 'open'],
  ['33.2000', '胸腔镜下肺活组织检查', 2, 'vats'],
  ['33.2200', '纤维支气管镜检查', 2, 'endoscopic'],
  ['33.2400', '内镜下支气管活组织检查', 2, 'endoscopic'],
  ['33.2600', '经皮肺穿刺活组织检查', 2, null],
  ['33.2700', '内镜下肺活组织检查', 2, 'endoscopic'],
  ['33.2800', '开放性肺活组织检查', 3, 'open'],
  // Pleura, chest wall and mediastinum (34.0–34.9)
  ['34.0200', '剖胸探查术', 3, 'open'],
  ['34.0300', '近期剖胸术部位的再切开', 3, 'open'],
  ['34.0400', '肋间导管置入引流术（胸腔闭式引流）', 1, null],
  ['34.0600', '胸腔镜下胸腔引流术', 2, 'vats'],
  ['34.0900', '胸膜其他切开术', 2, null],
  ['34.2000', '胸腔镜下胸膜活组织检查', 2, 'vats'],
  ['34.2100', '经胸膜胸腔镜检查', 2, 'vats'],
  ['34.2200', '纵隔镜检查', 3, 'endoscopic'],
  ['34.3x00', '纵隔病损切除术', 3, null],
  ['34.4x00', '胸壁病损切除术', 3, 'open'],
  ['34.5100', '肺剥脱术', 3, 'open'],
  ['34.5200', '胸腔镜下肺剥脱术', 3, 'vats'],
  ['34.5900', '胸膜其他切除术', 3, null],
  ['34.6x00', '胸膜划痕术', 2, null],
  ['34.7400', '胸廓畸形修补术', 3, null],
  ['34.9100', '胸腔穿刺术', 1, null],
  // Thymus (07.80–07.84)
  ['07.8000', '胸腺切除术', 3, null],
  ['07.8100', '胸腺其他部分切除术', 3, 'open'],
  ['07.8200', '胸腺其他全部切除术', 4, 'open'],
  ['07.8300', '胸腔镜下胸腺部分切除术', 3, 'vats'],
  ['07.8400', '胸腔镜下胸腺全部切除术', 4, 'vats'],
  // Oesophagus (42.3–42.7)
  ['42.3200', '食管病损其他局部切除术', 3, null],
  ['42.3300', '内镜下食管病损切除术', 3, 'endoscopic'],
  ['42.4000', '食管切除术', 4, null],
  ['42.4100', '食管部分切除术', 4, null],
  ['42.4200', '食管全部切除术', 4, null],
  ['42.5200', '胸内食管胃吻合术', 4, null],
  ['42.7x00', '食管肌层切开术', 3, null],
  // Robot-assisted surgery, coded beside the operation it assists (17.45)
  ['17.4500', '胸腔镜下机器人辅助操作', 4, 'robotic', true],
  // Anesthesia, airway, lines, ventilation and blood (not graded as operations)
  ['96.0400', '气管内插管', null, null],
  ['31.1x00', '暂时性气管切开术', 2, null],
  ['38.9100', '动脉导管置入', null, null],
  ['38.9300', '其他静脉导管置入', null, null],
  ['89.6100', '全身动脉压监测', null, null],
  ['89.6200', '中心静脉压监测', null, null],
  ['03.9000', '椎管内导管置入用于输注', null, null],
  ['03.9100', '椎管内麻醉药注射用于镇痛', null, null],
  ['04.8100', '周围神经麻醉药注射用于镇痛', null, null],
  ['96.7100', '持续性有创机械通气小于96小时', null, null],
  ['96.7200', '持续性有创机械通气大于等于96小时', null, null],
  ['99.0000', '围手术期自体输血', null, null],
  ['99.0400', '浓缩红细胞输注', null, null],
  ['99.6000', '心肺复苏', null, null],
];

/** The starter entries of one dictionary. */
export function starterEntries(kind: DictionaryKind): DictionaryEntry[] {
  if (kind === 'diagnosis')
    return DIAGNOSES.map(([code, name]) => ({ code, name, grade: null, approach: null, restricted: false }));
  return PROCEDURES.map(([code, name, grade, approach, restricted]) => ({
    code,
    name,
    grade,
    approach,
    restricted: restricted === true,
  }));
}
