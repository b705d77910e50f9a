// The dictionaries and the staff over HTTP: the routes, their permissions and the refusal's shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('dictionary and staff routes', () => {
  it('imports for the system administrator; a bad file is a 400 listing each row, in the user’s language', async () => {
    const admin = await t.userAgent('admin');
    const bad = await admin.post('/api/v1/dictionary/import', {
      kind: 'diagnosis',
      content: b64('C34.100,肺上叶恶性肿瘤\nX,\n'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'dictionary_import_rejected',
      message: '1 行不能导入（见各行原因），未导入任何编码；请修正后重新导入',
      fields: [{ path: 'line.2' }],
      rejected: [{ line: 2, code: 'X', reasons: [expect.stringContaining('不是 ICD-10 编码'), '名称为空'] }],
      rejectedCount: 1,
    });
    const good = await admin.post('/api/v1/dictionary/import', {
      kind: 'diagnosis',
      content: b64('code,name\nC34.100,肺上叶恶性肿瘤\n'),
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({ rows: 1, inserted: 1, header: true });
    expect((await admin.post('/api/v1/dictionary/starter')).statusCode).toBe(200);
    const nurse = await t.userAgent('nurse');
    expect((await nurse.post('/api/v1/dictionary/starter')).statusCode).toBe(403);
    const found = await nurse.get('/api/v1/dictionary?kind=diagnosis&q=fsy&limit=1');
    expect(found.json()).toMatchObject({ items: [{ code: 'C34.100', source: 'his' }], more: false });
  });

  it('lists active staff of a role with their grades for those who book cases', async () => {
    const secadmin = await t.userAgent('secadmin');
    const surgeon = await t.userAgent('surgeon', { username: 'grade_me' });
    const grades = (await secadmin.get('/api/v1/users/surgical-grades')).json();
    const mine = grades.items.find((i: { id: string }) => i.id === surgeon.userId);
    const set = await secadmin.put(`/api/v1/users/${surgeon.userId}/surgical-grade`, {
      surgicalGrade: 4,
      version: mine.version,
    });
    expect(set.statusCode, set.body).toBe(200);
    const list = await surgeon.get('/api/v1/staff?role=surgeon');
    expect(list.json().items).toContainEqual({
      id: surgeon.userId,
      displayName: '测试surgeon',
      role: 'surgeon',
      surgicalGrade: 4,
    });
    const nurse = await t.userAgent('nurse');
    expect((await nurse.get('/api/v1/staff?role=surgeon')).statusCode).toBe(403);
    expect((await surgeon.get('/api/v1/staff?role=admin')).statusCode).toBe(400);
  });
});
