// The coded dictionaries on a real database: a HIS export imports whole or not at all (every bad row
// named with its line), UTF-8 or GB18030, counts what changed, is audited; the starter set never
// overwrites the hospital's entries; lookups find a code prefix, pinyin initials or part of a name.
import { and, eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, codeDictionary } from '../../db/schema';
import { AppError } from '../errors/app-error';
import { createTestContext, refusal, type TestContext } from '../testing/test-context';
import { DictionaryService } from './dictionary.service';

let t: TestContext;
let dictionary: DictionaryService;
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

beforeAll(async () => {
  t = await createTestContext();
  dictionary = new DictionaryService(t.ctx);
});
afterAll(async () => t?.close());

const entry = (kind: 'diagnosis' | 'procedure', code: string) =>
  t.database.db
    .select()
    .from(codeDictionary)
    .where(and(eq(codeDictionary.kind, kind), eq(codeDictionary.code, code)))
    .then((r) => r[0]);

describe('DictionaryService', () => {
  it('leaves the import to the system administrator, the lookups to every clinician', async () => {
    const input = {
      kind: 'diagnosis' as const,
      content: b64('C34.100,肺上叶恶性肿瘤'),
      encoding: 'auto' as const,
      replace: false,
    };
    expect(await refusal(dictionary.import(t.actor('surgeon'), input))).toBe('forbidden');
    expect(await refusal(dictionary.import(t.actor('secadmin'), input))).toBe('forbidden');
    expect(await refusal(dictionary.installStarter(t.actor('anesthesiologist')))).toBe('forbidden');
    expect(
      await refusal(dictionary.lookup(t.actor('nurse'), { kind: 'diagnosis', limit: 5, offset: 0 })),
    ).toBe('ok');
    expect(
      await refusal(dictionary.lookup(t.actor('auditor'), { kind: 'diagnosis', limit: 5, offset: 0 })),
    ).toBe('forbidden');
  });

  it('installs the starter set, then finds codes by prefix, pinyin initials and name, saying when more match', async () => {
    const admin = t.actor('admin');
    const installed = await dictionary.installStarter(admin);
    expect(installed.items.every((i) => i.inserted > 40 && i.updated === 0)).toBe(true);
    const nurse = t.actor('nurse');
    const byCode = await dictionary.lookup(nurse, { kind: 'procedure', q: '32.4', limit: 20, offset: 0 });
    expect(byCode.items.map((e) => e.code)).toEqual(['32.4100', '32.4900']);
    expect(byCode.items[0]).toMatchObject({
      name: '胸腔镜下肺叶切除术',
      grade: 4,
      approach: 'vats',
      source: 'starter',
    });
    const byPinyin = await dictionary.lookup(nurse, { kind: 'diagnosis', q: 'FSY', limit: 20, offset: 0 });
    expect(byPinyin.items[0]).toMatchObject({ code: 'C34.100', name: '肺上叶恶性肿瘤', pinyin: 'fsyexzl' });
    const byName = await dictionary.lookup(nurse, { kind: 'diagnosis', q: '气胸', limit: 2, offset: 0 });
    // The name that starts with the words first, then the shorter names.
    expect(byName.items.map((e) => e.name)).toEqual(['气胸', '创伤性气胸']);
    expect(byName.more).toBe(true);
    const next = await dictionary.lookup(nurse, { kind: 'diagnosis', q: '气胸', limit: 2, offset: 2 });
    expect(next.items.map((e) => e.name)).toEqual(['其他自发性气胸', '张力性自发性气胸']);
    expect(next.more).toBe(false);
    // A second installation changes nothing.
    expect((await dictionary.installStarter(admin)).items.map((i) => i.inserted + i.updated)).toEqual([0, 0]);
  });

  it('refuses a file with any bad row, naming each with its line, and imports nothing', async () => {
    const csv =
      '手术编码,手术名称,手术级别\n32.4100,胸腔镜下肺叶切除术（医院版）,4\n3241,坏编码,4\n32.4900,,3\n';
    const error = await dictionary
      .import(t.actor('admin'), { kind: 'procedure', content: b64(csv), encoding: 'auto', replace: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.code).toBe('dictionary_import_rejected');
    expect(e.params).toEqual({ count: 2 });
    expect(e.extra.rejected).toEqual([
      {
        line: 3,
        code: '3241',
        reasons: ['“3241”不是 ICD-9-CM-3 编码（如 32.4100、34.3x00、32.4100x002）'],
      },
      { line: 4, code: '32.4900', reasons: ['名称为空'] },
    ]);
    expect(e.fields.map((f) => f.path)).toEqual(['line.3', 'line.4']);
    expect((await entry('procedure', '32.4100'))!.name).toBe('胸腔镜下肺叶切除术');
  });

  it('imports a GB18030 export with its grades, counting inserted, updated and unchanged rows, and audits it', async () => {
    const admin = t.actor('admin');
    const csv = [
      '编码,名称,级别,入路,限制类技术',
      '32.4100,胸腔镜下肺叶切除术,4,胸腔镜,否',
      '32.4900,其他肺叶切除术,4,开放,否',
      '32.4100x002,胸腔镜下肺叶切除术（扩大）,4,胸腔镜,否',
      '32.2400,经皮肺病损消融术,,消融,是',
    ].join('\r\n');
    const result = await dictionary.import(admin, {
      kind: 'procedure',
      content: iconv.encode(csv, 'gb18030').toString('base64'),
      encoding: 'auto',
      replace: false,
    });
    expect(result).toMatchObject({ encoding: 'gb18030', header: true, rows: 4, inserted: 1, deactivated: 0 });
    // 32.4100 and 32.4900 are as the starter set had them, but now the hospital's: updated.
    expect(result.updated + result.unchanged).toBe(3);
    expect(await entry('procedure', '32.4100x002')).toMatchObject({
      pinyin: 'xqjxfyqcskd',
      source: 'his',
      grade: 4,
    });
    expect(await entry('procedure', '32.2400')).toMatchObject({ restricted: true, grade: 4, source: 'his' });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.resourceType, 'code_dictionary'));
    expect(
      audit.some((a) => a.action === 'import' && a.userId === admin.id && a.resourceId === 'procedure'),
    ).toBe(true);

    // The starter set no longer overwrites what the hospital imported.
    await t.database.db
      .update(codeDictionary)
      .set({ name: '医院改名' })
      .where(and(eq(codeDictionary.kind, 'procedure'), eq(codeDictionary.code, '32.4900')));
    await dictionary.installStarter(admin);
    expect((await entry('procedure', '32.4900'))!.name).toBe('医院改名');
  });

  it('with replace, deactivates the codes the file no longer holds (never deleting them)', async () => {
    const result = await dictionary.import(t.actor('admin'), {
      kind: 'diagnosis',
      content: b64('\uFEFFC34.100,肺上叶恶性肿瘤\nC34.300,肺下叶恶性肿瘤'),
      encoding: 'auto',
      replace: true,
    });
    expect(result).toMatchObject({ encoding: 'utf-8', header: false, rows: 2 });
    expect(result.deactivated).toBeGreaterThan(40);
    expect(await entry('diagnosis', 'J93.900')).toMatchObject({ active: false });
    const found = await dictionary.lookup(t.actor('nurse'), { kind: 'diagnosis', limit: 50, offset: 0 });
    expect(found.items.map((e) => e.code)).toEqual(['C34.100', 'C34.300']);
    const summary = await dictionary.summary(t.actor('admin'));
    expect(summary.items.find((s) => s.kind === 'diagnosis')).toMatchObject({ active: 2 });
  });

  it('refuses an empty file', async () => {
    const empty = {
      kind: 'diagnosis' as const,
      content: b64('\n \n'),
      encoding: 'auto' as const,
      replace: false,
    };
    expect(await refusal(dictionary.import(t.actor('admin'), empty))).toBe('dictionary_import_empty');
  });
});
