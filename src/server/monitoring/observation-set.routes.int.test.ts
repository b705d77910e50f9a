// Observation sets corrected over HTTP: the routes' contracts and permissions, a refused time as
// `{error:{code,message,fields}}` naming takenAt in the user's language (English: the service test),
// a missing reason as 必填, a stale version as 409.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let nurse: Agent;
let quality: Agent;
let url: string;
const values = {
  respirationRate: 35,
  spo2: 97,
  onOxygen: false,
  systolicBp: 120,
  pulse: 75,
  consciousness: 'A',
  temperature: 37,
};

beforeAll(async () => {
  t = await createTestApp();
  nurse = await t.userAgent('nurse');
  quality = await t.userAgent('quality');
  const doctor = await t.userAgent('anesthesiologist');
  const patientId = (await nurse.post('/api/v1/patients', samplePatient())).json().id;
  const caseId = (await doctor.post('/api/v1/cases', sampleCase(patientId))).json().id;
  url = `/api/v1/cases/${caseId}/observation-sets`;
});
afterAll(async () => t?.close());

describe('observation sets over HTTP', () => {
  it('refuses a time in the future naming takenAt in the user’s language, and a reader’s entry', async () => {
    const takenAt = new Date(t.clock.now.getTime() + 10 * 60_000).toISOString();
    const zh = await nurse.post(url, { takenAt, values });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error).toMatchObject({
      code: 'validation_failed',
      fields: [{ path: 'takenAt', message: '不能晚于当前时间' }],
    });
    // The quality reviewer reads, never enters (observation.write).
    expect((await quality.post(url, { takenAt: t.clock.now.toISOString(), values })).statusCode).toBe(403);
  });

  it('corrects and voids a set with a reason, over the version read', async () => {
    const saved = await nurse.post(url, { takenAt: t.clock.now.toISOString(), values });
    expect(saved.statusCode, saved.body).toBe(200);
    const id = saved.json().id;
    expect((await quality.put(`${url}/${id}`, { version: 1, reason: '更正', values: {} })).statusCode).toBe(
      403,
    );
    const noReason = await nurse.put(`${url}/${id}`, {
      version: 1,
      reason: ' ',
      values: { respirationRate: 15 },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual([{ path: 'reason', message: '必填' }]);
    const fixed = await nurse.put(`${url}/${id}`, {
      version: 1,
      reason: '呼吸频率录入错误',
      values: { respirationRate: 15 },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ total: 0, version: 2, alert: null });
    const stale = await nurse.post(`${url}/${id}/void`, { version: 1, reason: '重复录入' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const voided = await nurse.post(`${url}/${id}/void`, { version: 2, reason: '重复录入' });
    expect(voided.statusCode, voided.body).toBe(200);
    const [listed] = (await nurse.get(url)).json().items;
    expect(listed).toMatchObject({ id, version: 3, voided: { reason: '重复录入' } });
    expect(listed.corrections.map((c: { action: string }) => c.action)).toEqual(['edit', 'void']);
  });
});
