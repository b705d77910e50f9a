// Why a row of a dictionary import was refused, in the one label shape ({name} takes the row's values).
import type { Locale, LocalText } from '../common/field-messages';

export const DICTIONARY_PROBLEMS = {
  'code.empty': { 'zh-CN': '编码为空', 'en-US': 'The code is empty' },
  'code.shape.diagnosis': {
    'zh-CN': '“{code}”不是 ICD-10 编码（如 C34.100、C37.x00、C34.100x001）',
    'en-US': '"{code}" is not an ICD-10 code (e.g. C34.100, C37.x00, C34.100x001)',
  },
  'code.shape.procedure': {
    'zh-CN': '“{code}”不是 ICD-9-CM-3 编码（如 32.4100、34.3x00、32.4100x002）',
    'en-US': '"{code}" is not an ICD-9-CM-3 code (e.g. 32.4100, 34.3x00, 32.4100x002)',
  },
  'code.duplicate': {
    'zh-CN': '编码与第 {line} 行重复',
    'en-US': 'The code repeats line {line}',
  },
  'name.empty': { 'zh-CN': '名称为空', 'en-US': 'The name is empty' },
  'name.long': { 'zh-CN': '名称超过 {max} 个字', 'en-US': 'The name is longer than {max} characters' },
  'name.control': {
    'zh-CN': '名称含有不可显示的控制字符',
    'en-US': 'The name contains a non-printable control character',
  },
  'grade.range': {
    'zh-CN': '手术级别“{value}”不是 1–4 级',
    'en-US': 'Surgery grade "{value}" is not 1–4',
  },
  'approach.unknown': {
    'zh-CN': '手术入路“{value}”不在词表中（开放、胸腔镜、机器人、腹腔镜、内镜、消融、其他）',
    'en-US':
      'Approach "{value}" is not in the vocabulary (open, VATS, robotic, laparoscopic, endoscopic, ablation, other)',
  },
  'restricted.value': {
    'zh-CN': '限制类技术标记“{value}”应为 是/否 或 1/0',
    'en-US': 'The restricted-technology flag "{value}" should be yes/no or 1/0',
  },
  'restricted.grade': {
    'zh-CN': '限制类技术须按四级手术管理，文件中为 {grade} 级',
    'en-US': 'A restricted technology is managed as grade 4; the file says grade {grade}',
  },
} as const satisfies Record<string, LocalText>;
export type DictionaryProblem = keyof typeof DICTIONARY_PROBLEMS;

export function problemText(
  problem: DictionaryProblem,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return DICTIONARY_PROBLEMS[problem][locale].replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? `{${k}}`),
  );
}
