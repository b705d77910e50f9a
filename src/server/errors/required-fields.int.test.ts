import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let surgeon: Agent;

beforeAll(async () => {
  t = await createTestApp();
  surgeon = await t.userAgent('surgeon');
});
afterAll(async () => t?.close());

describe('a required value left out says 必填 / Required, not the type zod expected', () => {
  it('an empty patient names each required field with 必填', async () => {
    const res = await surgeon.post('/api/v1/patients', {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    const fields = res.json().error.fields as { path: string; message: string }[];
    expect([...fields].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'birthDate', message: '必填' },
      { path: 'mrn', message: '必填' },
      { path: 'name', message: '必填' },
      { path: 'sex', message: '必填' },
    ]);
  });

  it('blank and null values count as left out; a present but wrong value keeps its own message', async () => {
    const res = await surgeon.post('/api/v1/patients', {
      mrn: '  ',
      name: '',
      sex: null,
      birthDate: '1960/01/01',
    });
    expect(res.statusCode).toBe(400);
    const byPath = Object.fromEntries(
      (res.json().error.fields as { path: string; message: string }[]).map((f) => [f.path, f.message]),
    );
    expect(byPath).toEqual({
      mrn: '必填',
      name: '必填',
      sex: '必填',
      birthDate: '日期格式应为 YYYY-MM-DD',
    });
  });

  it('says Required in English, also for the admission form', async () => {
    const english = await t.userAgent('surgeon');
    expect((await english.put('/api/v1/auth/locale', { locale: 'en-US' })).statusCode).toBe(200);
    const res = await english.post('/api/v1/admissions', { wardId: t.wardId });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as { path: string; message: string }[];
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'patientId', message: 'Required' },
        { path: 'admittedAt', message: 'Required' },
        { path: 'attendingDoctor', message: 'Required' },
      ]),
    );
    expect(fields.every((f) => f.message === 'Required')).toBe(true);
  });
});
