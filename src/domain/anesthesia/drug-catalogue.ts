// The drug catalogue of the anesthesia record: drugs common in Chinese thoracic anesthesia, each with its
// category, default unit and route as charted.
import type { LocalText } from '../common/field-messages';

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
  /** The Chinese name and the generic (INN) name. */
  label: LocalText;
  category: DrugCategory;
  unit: string;
  route: string;
};

// Drugs common in Chinese thoracic anesthesia; default units and routes as charted.
export const DRUGS: readonly DrugDef[] = [
  {
    code: 'propofol',
    label: { 'zh-CN': '丙泊酚', 'en-US': 'Propofol' },
    category: 'induction',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'etomidate',
    label: { 'zh-CN': '依托咪酯', 'en-US': 'Etomidate' },
    category: 'induction',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'ciprofol',
    label: { 'zh-CN': '环泊酚', 'en-US': 'Ciprofol' },
    category: 'induction',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'sevoflurane',
    label: { 'zh-CN': '七氟烷', 'en-US': 'Sevoflurane' },
    category: 'inhalational',
    unit: '%',
    route: 'inh',
  },
  {
    code: 'desflurane',
    label: { 'zh-CN': '地氟烷', 'en-US': 'Desflurane' },
    category: 'inhalational',
    unit: '%',
    route: 'inh',
  },
  {
    code: 'sufentanil',
    label: { 'zh-CN': '舒芬太尼', 'en-US': 'Sufentanil' },
    category: 'opioid',
    unit: 'μg',
    route: 'iv',
  },
  {
    code: 'remifentanil',
    label: { 'zh-CN': '瑞芬太尼', 'en-US': 'Remifentanil' },
    category: 'opioid',
    unit: 'μg',
    route: 'iv',
  },
  {
    code: 'fentanyl',
    label: { 'zh-CN': '芬太尼', 'en-US': 'Fentanyl' },
    category: 'opioid',
    unit: 'μg',
    route: 'iv',
  },
  {
    code: 'oxycodone',
    label: { 'zh-CN': '羟考酮', 'en-US': 'Oxycodone' },
    category: 'opioid',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'rocuronium',
    label: { 'zh-CN': '罗库溴铵', 'en-US': 'Rocuronium' },
    category: 'relaxant',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'cisatracurium',
    label: { 'zh-CN': '顺阿曲库铵', 'en-US': 'Cisatracurium' },
    category: 'relaxant',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'sugammadex',
    label: { 'zh-CN': '舒更葡糖钠', 'en-US': 'Sugammadex' },
    category: 'reversal',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'neostigmine',
    label: { 'zh-CN': '新斯的明', 'en-US': 'Neostigmine' },
    category: 'reversal',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'phenylephrine',
    label: { 'zh-CN': '去氧肾上腺素', 'en-US': 'Phenylephrine' },
    category: 'vasoactive',
    unit: 'μg',
    route: 'iv',
  },
  {
    code: 'norepinephrine',
    label: { 'zh-CN': '去甲肾上腺素', 'en-US': 'Norepinephrine' },
    category: 'vasoactive',
    unit: 'μg',
    route: 'iv',
  },
  {
    code: 'ephedrine',
    label: { 'zh-CN': '麻黄碱', 'en-US': 'Ephedrine' },
    category: 'vasoactive',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'epinephrine',
    label: { 'zh-CN': '肾上腺素', 'en-US': 'Epinephrine' },
    category: 'vasoactive',
    unit: 'μg',
    route: 'iv',
  },
  {
    code: 'atropine',
    label: { 'zh-CN': '阿托品', 'en-US': 'Atropine' },
    category: 'vasoactive',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'urapidil',
    label: { 'zh-CN': '乌拉地尔', 'en-US': 'Urapidil' },
    category: 'vasoactive',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'ondansetron',
    label: { 'zh-CN': '昂丹司琼', 'en-US': 'Ondansetron' },
    category: 'antiemetic',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'dexamethasone',
    label: { 'zh-CN': '地塞米松', 'en-US': 'Dexamethasone' },
    category: 'antiemetic',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'palonosetron',
    label: { 'zh-CN': '帕洛诺司琼', 'en-US': 'Palonosetron' },
    category: 'antiemetic',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'midazolam',
    label: { 'zh-CN': '咪达唑仑', 'en-US': 'Midazolam' },
    category: 'sedative',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'dexmedetomidine',
    label: { 'zh-CN': '右美托咪定', 'en-US': 'Dexmedetomidine' },
    category: 'sedative',
    unit: 'μg',
    route: 'iv',
  },
  {
    code: 'ketamine',
    label: { 'zh-CN': '氯胺酮', 'en-US': 'Ketamine' },
    category: 'sedative',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'esketamine',
    label: { 'zh-CN': '艾司氯胺酮', 'en-US': 'Esketamine' },
    category: 'sedative',
    unit: 'mg',
    route: 'iv',
  },
  {
    code: 'cefazolin',
    label: { 'zh-CN': '头孢唑林', 'en-US': 'Cefazolin' },
    category: 'antibiotic',
    unit: 'g',
    route: 'iv',
  },
  {
    code: 'cefuroxime',
    label: { 'zh-CN': '头孢呋辛', 'en-US': 'Cefuroxime' },
    category: 'antibiotic',
    unit: 'g',
    route: 'iv',
  },
  {
    code: 'heparin',
    label: { 'zh-CN': '肝素', 'en-US': 'Heparin' },
    category: 'anticoagulant',
    unit: 'U',
    route: 'iv',
  },
  {
    code: 'tranexamic_acid',
    label: { 'zh-CN': '氨甲环酸', 'en-US': 'Tranexamic acid' },
    category: 'other',
    unit: 'g',
    route: 'iv',
  },
];
export const drugDef = (code: string): DrugDef | undefined => DRUGS.find((d) => d.code === code);
