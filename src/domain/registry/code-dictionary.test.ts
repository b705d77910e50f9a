import { describe, expect, it } from 'vitest';
import { cancelReasonText } from './cancel-reasons';
import {
  classifyCodeQuery,
  effectiveGrade,
  isCodeOf,
  normaliseCode,
  parseDictionary,
} from './code-dictionary';
import { problemText } from './code-dictionary.messages';
import { parseCsv } from './csv';
import { termInitials } from './pinyin';
import { starterEntries } from './starter-dictionary';

describe('CSV of a HIS export', () => {
  it('reads quoted cells, doubled quotes, CRLF, a line break inside quotes and a BOM, keeping line numbers', () => {
    const text =
      '\uFEFFcode,name\r\n"C34.100","肺上叶恶性肿瘤"\r\n\r\nC15.400,"食管""中段""恶性肿瘤"\nD14.300,"支气管和\n肺良性肿瘤"\nJ93.900,气胸';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['code', 'name'] },
      { line: 2, cells: ['C34.100', '肺上叶恶性肿瘤'] },
      { line: 4, cells: ['C15.400', '食管"中段"恶性肿瘤'] },
      { line: 5, cells: ['D14.300', '支气管和\n肺良性肿瘤'] },
      { line: 7, cells: ['J93.900', '气胸'] },
    ]);
  });
  it('takes tab- or semicolon-separated exports too', () => {
    expect(parseCsv('32.4100\t胸腔镜下肺叶切除术\t4')[0]!.cells).toEqual([
      '32.4100',
      '胸腔镜下肺叶切除术',
      '4',
    ]);
    expect(parseCsv('32.4100;胸腔镜下肺叶切除术')[0]!.cells).toEqual(['32.4100', '胸腔镜下肺叶切除术']);
  });
});

describe('a dictionary import', () => {
  it('reads code and name without a header, normalising the code', () => {
    const parsed = parseDictionary('diagnosis', 'c34.100,肺上叶恶性肿瘤\nC37.X00, 胸腺恶性肿瘤 ');
    expect(parsed.header).toBe(false);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.entries.map((e) => [e.line, e.code, e.name])).toEqual([
      [1, 'C34.100', '肺上叶恶性肿瘤'],
      [2, 'C37.x00', '胸腺恶性肿瘤'],
    ]);
  });

  it('maps the columns a Chinese header names, in any order, with grade, approach and restricted flag', () => {
    const text =
      '手术名称,手术编码,手术级别,手术入路,限制类技术\n胸腔镜下肺叶切除术,32.4100,四级,胸腔镜,否\n经皮肺病损消融术,32.2400,,消融,是\n肺切开术,33.1x00,3级,开放,';
    const parsed = parseDictionary('procedure', text);
    expect(parsed.header).toBe(true);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.entries.map(({ line: _, ...e }) => e)).toEqual([
      { code: '32.4100', name: '胸腔镜下肺叶切除术', grade: 4, approach: 'vats', restricted: false },
      // A restricted technology is managed as grade 4 (china-standards.md §2.1).
      { code: '32.2400', name: '经皮肺病损消融术', grade: 4, approach: 'ablation', restricted: true },
      { code: '33.1x00', name: '肺切开术', grade: 3, approach: 'open', restricted: false },
    ]);
  });

  it('rejects every bad row with its line and reasons', () => {
    const text = [
      'code,name,grade,approach,restricted',
      '32.4100,胸腔镜下肺叶切除术,4,vats,0',
      'C34.100,肺上叶恶性肿瘤,,,',
      '32.4900,,5,laser,maybe',
      ',无编码',
      '32.4100,重复,4,,',
      '32.2500,胸腔镜下肺病损消融术,3,vats,1',
    ].join('\n');
    const { entries, rejected } = parseDictionary('procedure', text);
    expect(entries.map((e) => e.code)).toEqual(['32.4100']);
    expect(rejected.map((r) => [r.line, r.code, r.problems.map((p) => p.problem)])).toEqual([
      [3, 'C34.100', ['code.shape.procedure']],
      [4, '32.4900', ['name.empty', 'grade.range', 'approach.unknown', 'restricted.value']],
      [5, '', ['code.empty']],
      [6, '32.4100', ['code.duplicate']],
      [7, '32.2500', ['restricted.grade']],
    ]);
    const [dup] = rejected.filter((r) => r.line === 6);
    expect(problemText(dup!.problems[0]!.problem, 'zh-CN', dup!.problems[0]!.params)).toBe(
      '编码与第 2 行重复',
    );
    expect(problemText('grade.range', 'en-US', { value: '5' })).toBe('Surgery grade "5" is not 1–4');
  });

  it('takes a first row that is a code as data, and ignores grades given for diagnoses', () => {
    const parsed = parseDictionary('diagnosis', 'C34.100,name\nJ93.900,气胸,4,open');
    expect(parsed.header).toBe(false);
    expect(parsed.entries.map((e) => [e.code, e.grade, e.approach])).toEqual([
      ['C34.100', null, null],
      ['J93.900', null, null],
    ]);
  });
});

describe('codes and lookups', () => {
  it('knows the shapes of both editions', () => {
    expect(isCodeOf('diagnosis', 'C34.100x001')).toBe(true);
    expect(isCodeOf('diagnosis', '32.4100')).toBe(false);
    expect(isCodeOf('procedure', '32.4100x002')).toBe(true);
    expect(isCodeOf('procedure', '34.3x00')).toBe(true);
    expect(normaliseCode('procedure', ' 34.3X00 ')).toBe('34.3x00');
    expect(effectiveGrade({ grade: 3, restricted: true })).toBe(4);
  });
  it('classifies what was typed as a code prefix, pinyin initials or part of a name', () => {
    expect(classifyCodeQuery('diagnosis', 'c34')).toEqual({ kind: 'code', prefix: 'C34' });
    expect(classifyCodeQuery('procedure', '32.4')).toEqual({ kind: 'code', prefix: '32.4' });
    expect(classifyCodeQuery('diagnosis', 'FSY')).toEqual({ kind: 'pinyin', value: 'fsy' });
    expect(classifyCodeQuery('diagnosis', '肺上叶')).toEqual({ kind: 'name', value: '肺上叶' });
    expect(classifyCodeQuery('diagnosis', '  ')).toEqual({ kind: 'all' });
  });
  it('reads a term as words, not as a surname', () => {
    expect(termInitials('肺上叶恶性肿瘤')).toBe('fsyexzl');
    expect(termInitials('重症肌无力')).toBe('zzjwl');
    expect(termInitials('CT引导下穿刺')).toBe('ctydxcc');
  });
});

describe('the starter dictionaries', () => {
  it.each(['diagnosis', 'procedure'] as const)(
    '%s: every code well formed and once, restricted at grade 4',
    (kind) => {
      const entries = starterEntries(kind);
      expect(entries.length).toBeGreaterThan(40);
      for (const e of entries) expect(isCodeOf(kind, e.code), e.code).toBe(true);
      expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
      for (const e of entries.filter((x) => x.restricted)) expect(e.grade).toBe(4);
    },
  );
  it('proposes the thoracoscopic approach for the thoracoscopic operations', () => {
    const lobectomy = starterEntries('procedure').find((e) => e.code === '32.4100');
    expect(lobectomy).toMatchObject({ name: '胸腔镜下肺叶切除术', grade: 4, approach: 'vats' });
  });
});

describe('cancellation reasons in words', () => {
  it('gives the label, then what was written; an old reason is its text', () => {
    expect(cancelReasonText('patient_condition', '体温 38.5 ℃', 'zh-CN')).toBe('患者病情变化（体温 38.5 ℃）');
    expect(cancelReasonText('no_icu_bed', null, 'en-US')).toBe('No ICU bed');
    expect(cancelReasonText('no_blood', '交叉配血未完成', 'en-US')).toBe(
      'No blood available (交叉配血未完成)',
    );
    expect(cancelReasonText('other', '家属未到', 'zh-CN')).toBe('其他（家属未到）');
    expect(cancelReasonText(null, '患者发热', 'en-US')).toBe('患者发热');
  });
});
