// The hospital's coded dictionaries: diagnoses (ICD-10 national clinical edition) and procedures
// (ICD-9-CM-3), as the HIS exports them (CSV: code, name[, grade, approach, restricted]). Pure: the
// server decodes the bytes (UTF-8 or GB18030) and stores what this accepts. A procedure's grade and
// approach are the hospital catalogue's (手术分级管理目录); a restricted technology (限制类技术) is managed
// as grade 4 (医疗机构手术分级管理办法, 国卫办医政发〔2022〕18号; china-standards.md §2.1).

import { DICTIONARY_PROBLEMS, type DictionaryProblem } from './code-dictionary.messages';
import { type CsvRecord, parseCsv } from './csv';
import { ICD9CM3_CODE, ICD10_CODE } from './schemas';
import { APPROACH_LABELS, APPROACHES, type Approach, type SurgeryGrade } from './vocabulary';

export { DICTIONARY_PROBLEMS, type DictionaryProblem };

export const DICTIONARY_KINDS = ['diagnosis', 'procedure'] as const;
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];
export const DICTIONARY_KIND_LABELS: Record<DictionaryKind, { zh: string; en: string }> = {
  diagnosis: { zh: '诊断（ICD-10 国家临床版）', en: 'Diagnoses (ICD-10, national clinical edition)' },
  procedure: { zh: '手术操作（ICD-9-CM-3）', en: 'Procedures (ICD-9-CM-3)' },
};

export type DictionaryEntry = {
  code: string;
  name: string;
  grade: SurgeryGrade | null;
  approach: Approach | null;
  restricted: boolean;
};

/** A file larger than a national edition (about 35,000 diagnoses) is not a dictionary export. */
export const MAX_IMPORT_ROWS = 60_000;
const MAX_NAME = 200;

/** A code as the dictionary stores it: ICD-10 with its chapter letter upper-case, the placeholder x lower-case. */
export function normaliseCode(kind: DictionaryKind, raw: string): string {
  const code = raw.trim().replace(/\s+/g, '').replace(/X/g, 'x');
  return kind === 'diagnosis' && code ? code[0]!.toUpperCase() + code.slice(1) : code;
}

export const isCodeOf = (kind: DictionaryKind, code: string): boolean =>
  (kind === 'diagnosis' ? ICD10_CODE : ICD9CM3_CODE).test(code);

/** The grade a procedure is managed at: a restricted technology always at grade 4. */
export const effectiveGrade = (e: Pick<DictionaryEntry, 'grade' | 'restricted'>): SurgeryGrade | null =>
  e.restricted ? 4 : e.grade;

const COLUMN_NAMES: Record<keyof DictionaryEntry, string[]> = {
  code: ['code', '编码', '代码', '疾病编码', '诊断编码', '手术编码', '操作编码', '手术操作编码', 'icd'],
  name: ['name', '名称', '疾病名称', '诊断名称', '手术名称', '操作名称', '手术操作名称'],
  grade: ['grade', '级别', '手术级别', '分级', '手术分级'],
  approach: ['approach', '入路', '手术入路', '手术方式'],
  restricted: ['restricted', '限制类', '限制类技术', '是否限制类技术'],
};
const POSITIONAL: (keyof DictionaryEntry)[] = ['code', 'name', 'grade', 'approach', 'restricted'];
type Columns = Partial<Record<keyof DictionaryEntry, number>>;

/** The columns a header row names, or null when the first row is data. */
function headerColumns(cells: string[]): Columns | null {
  const columns: Columns = {};
  cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    for (const key of POSITIONAL)
      if (COLUMN_NAMES[key].includes(name) && columns[key] === undefined) columns[key] = i;
  });
  return columns.code !== undefined || columns.name !== undefined ? columns : null;
}

const GRADE_WORDS: Record<string, SurgeryGrade> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};
function gradeOf(raw: string): SurgeryGrade | null | 'bad' {
  const v = raw.trim();
  if (!v) return null;
  const m = /^([1-4一二三四])(级|级手术)?$/.exec(v);
  return m ? GRADE_WORDS[m[1]!]! : 'bad';
}

const APPROACH_WORDS: Record<string, Approach> = {
  胸腔镜: 'vats',
  开胸: 'open',
  开放手术: 'open',
  机器人辅助: 'robotic',
  达芬奇: 'robotic',
  内窥镜: 'endoscopic',
  腹腔镜手术: 'laparoscopic',
};
for (const a of APPROACHES) {
  APPROACH_WORDS[a] = a;
  APPROACH_WORDS[APPROACH_LABELS[a].zh.toLowerCase()] = a;
  APPROACH_WORDS[APPROACH_LABELS[a].en.toLowerCase()] = a;
}
function approachOf(raw: string): Approach | null | 'bad' {
  const v = raw.trim().toLowerCase();
  if (!v) return null;
  return APPROACH_WORDS[v] ?? 'bad';
}

const YES = new Set(['1', 'y', 'yes', 'true', '是', '限制类', '限制类技术']);
const NO = new Set(['', '0', 'n', 'no', 'false', '否']);
function restrictedOf(raw: string): boolean | 'bad' {
  const v = raw.trim().toLowerCase();
  if (YES.has(v)) return true;
  return NO.has(v) ? false : 'bad';
}

export type RowProblem = { problem: DictionaryProblem; params?: Record<string, string | number> };
export type RejectedRow = { line: number; code: string; problems: RowProblem[] };
export type ParsedDictionary = {
  entries: (DictionaryEntry & { line: number })[];
  rejected: RejectedRow[];
  /** Whether the first row was a header (its columns named the fields). */
  header: boolean;
};

function entryOf(
  kind: DictionaryKind,
  record: CsvRecord,
  columns: Columns,
  seen: Map<string, number>,
): { entry: DictionaryEntry } | { rejected: RejectedRow } {
  const cell = (key: keyof DictionaryEntry) => {
    const i = columns[key];
    return i === undefined ? '' : (record.cells[i] ?? '');
  };
  const problems: RowProblem[] = [];
  const code = normaliseCode(kind, cell('code'));
  const name = cell('name').trim().replace(/\s+/g, ' ');
  if (!code) problems.push({ problem: 'code.empty' });
  else if (!isCodeOf(kind, code)) problems.push({ problem: `code.shape.${kind}`, params: { code } });
  else if (seen.has(code)) problems.push({ problem: 'code.duplicate', params: { line: seen.get(code)! } });
  if (!name) problems.push({ problem: 'name.empty' });
  else if (name.length > MAX_NAME) problems.push({ problem: 'name.long', params: { max: MAX_NAME } });
  else if (/\p{Cc}|\p{Cs}/u.test(name)) problems.push({ problem: 'name.control' });
  let grade: SurgeryGrade | null = null;
  let approach: Approach | null = null;
  let restricted = false;
  if (kind === 'procedure') {
    const g = gradeOf(cell('grade'));
    const a = approachOf(cell('approach'));
    const r = restrictedOf(cell('restricted'));
    if (g === 'bad') problems.push({ problem: 'grade.range', params: { value: cell('grade').trim() } });
    else grade = g;
    if (a === 'bad')
      problems.push({ problem: 'approach.unknown', params: { value: cell('approach').trim() } });
    else approach = a;
    if (r === 'bad')
      problems.push({ problem: 'restricted.value', params: { value: cell('restricted').trim() } });
    else restricted = r;
    if (restricted && grade !== null && grade !== 4)
      problems.push({ problem: 'restricted.grade', params: { grade } });
    if (restricted) grade = 4;
  }
  if (problems.length) return { rejected: { line: record.line, code, problems } };
  seen.set(code, record.line);
  return { entry: { code, name, grade, approach, restricted } };
}

/** Reads a decoded HIS export: every row either an entry or rejected with its line and reasons. */
export function parseDictionary(kind: DictionaryKind, text: string): ParsedDictionary {
  const records = parseCsv(text);
  const first = records[0];
  const named = first ? headerColumns(first.cells) : null;
  // A first row whose first cell is a code is data even if a later cell looks like a column name.
  const header = !!named && !!first && !isCodeOf(kind, normaliseCode(kind, first.cells[0] ?? ''));
  const columns: Columns = header
    ? named!
    : Object.fromEntries(POSITIONAL.map((key, i) => [key, i] as const));
  const entries: ParsedDictionary['entries'] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  for (const record of header ? records.slice(1) : records) {
    const result = entryOf(kind, record, columns, seen);
    if ('entry' in result) entries.push({ ...result.entry, line: record.line });
    else rejected.push(result.rejected);
  }
  return { entries, rejected, header };
}

export type CodeQuery =
  | { kind: 'all' }
  | { kind: 'code'; prefix: string }
  | { kind: 'pinyin'; value: string }
  | { kind: 'name'; value: string };

/** What a lookup box entry is: a code prefix ("C34", "32.4"), pinyin initials ("fsy") or part of a name. */
export function classifyCodeQuery(kind: DictionaryKind, raw: string | undefined): CodeQuery {
  const q = (raw ?? '').trim();
  if (!q) return { kind: 'all' };
  if (/^[A-Za-z]?\d[\d.xX]*$/.test(q)) return { kind: 'code', prefix: normaliseCode(kind, q) };
  if (/^[A-Za-z]+$/.test(q)) return { kind: 'pinyin', value: q.toLowerCase() };
  return { kind: 'name', value: q };
}
