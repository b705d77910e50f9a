import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_EXAMPLES } from '../../domain/scores/examples';
import { type Agent, createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let viewer: Agent;
beforeAll(async () => {
  t = await createTestApp();
  viewer = await t.userAgent('viewer');
});
afterAll(async () => t?.close());

const news2 = (
  rr: number,
  spo2: number,
  scale: 1 | 2,
  o2: boolean,
  sbp: number,
  pulse: number,
  acvpu: string,
  temp: number,
) => ({
  respirationRate: rr,
  spo2,
  spo2Scale: scale,
  onOxygen: o2,
  systolicBp: sbp,
  pulse,
  consciousness: acvpu,
  temperature: temp,
});

describe('scores API', () => {
  it('lists every instrument with names, version, source and the JSON Schema of its input', async () => {
    const res = await viewer.get('/api/v1/scores');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; inputSchema: { properties: Record<string, unknown> } }[];
    expect(items.map((i) => i.id).sort()).toEqual(Object.keys(COMPLETE_EXAMPLES).sort());
    const news = items.find((i) => i.id === 'news2')!;
    expect(Object.keys(news.inputSchema.properties)).toEqual([
      'respirationRate',
      'spo2',
      'spo2Scale',
      'onOxygen',
      'systolicBp',
      'pulse',
      'consciousness',
      'temperature',
    ]);
  });

  it.each([
    ['N1', news2(16, 98, 1, false, 120, 70, 'A', 37.0), 0, 'low'],
    ['N2', news2(21, 93, 1, false, 120, 95, 'A', 37.5), 5, 'medium'],
    ['N3', news2(25, 97, 1, false, 125, 80, 'A', 37.0), 3, 'low_medium'],
    ['N4', news2(18, 97, 1, false, 125, 80, 'C', 37.0), 3, 'low_medium'],
    ['N5', news2(22, 95, 2, true, 105, 88, 'A', 36.8), 7, 'high'],
    ['N6', news2(22, 95, 1, true, 105, 88, 'A', 36.8), 6, 'medium'],
    ['N7', news2(18, 90, 2, false, 130, 80, 'A', 37.0), 0, 'low'],
    ['N8', news2(18, 90, 1, false, 130, 80, 'A', 37.0), 3, 'low_medium'],
    ['N9', news2(18, 97, 2, true, 120, 80, 'A', 37.0), 5, 'medium'],
    ['N10', news2(20, 96, 1, false, 111, 90, 'A', 38.0), 0, 'low'],
    ['N11', news2(21, 95, 1, false, 110, 91, 'A', 38.1), 6, 'medium'],
    ['N12', news2(24, 92, 1, true, 100, 111, 'A', 39.1), 12, 'high'],
    ['N13', news2(30, 85, 1, true, 80, 140, 'U', 34.5), 20, 'high'],
  ])('NEWS2 %s over HTTP', async (_id, body, total, band) => {
    const res = await viewer.post('/api/v1/scores/news2', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'complete', total, band });
  });

  it('computes every instrument from its complete example', async () => {
    for (const [id, body] of Object.entries(COMPLETE_EXAMPLES)) {
      const res = await viewer.post(`/api/v1/scores/${id}`, body);
      expect(res.statusCode, id).toBe(200);
      expect(res.json().status, id).toBe('complete');
    }
  });

  it('answers CAM-ICU "unable to assess" without a total, and KDIGO stage 3 from dialysis alone', async () => {
    const cam = await viewer.post('/api/v1/scores/cam-icu', { rass: -4 });
    expect(cam.statusCode).toBe(200);
    expect(cam.json()).toMatchObject({ status: 'complete', total: null, band: 'unable_to_assess' });
    const aki = await viewer.post('/api/v1/scores/kdigo', { rrtStarted: true });
    expect(aki.json()).toMatchObject({ status: 'complete', total: 3, band: 'stage3' });
  });

  it('answers an incomplete input with 200 and the missing items', async () => {
    const res = await viewer.post('/api/v1/scores/rcri', { highRiskSurgery: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'incomplete',
      missing: [
        'ischemicHeartDisease',
        'congestiveHeartFailure',
        'cerebrovascularDisease',
        'insulinTherapy',
        'creatinine',
      ],
    });
  });

  it.each([
    ['SpO2 over 100', { spo2: 101 }, 'spo2'],
    ['a negative rate', { respirationRate: -4 }, 'respirationRate'],
    ['a temperature in °F', { temperature: 98.6 }, 'temperature'],
    ['a wrong type', { onOxygen: 'no' }, 'onOxygen'],
    ['an unknown field', { heartRate: 80 }, 'heartRate'],
  ])('refuses %s with 400 naming the field', async (_n, bad, path) => {
    const res = await viewer.post('/api/v1/scores/news2', {
      ...news2(16, 98, 1, false, 120, 70, 'A', 37.0),
      ...bad,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual([path]);
    expect(res.json().error.fields[0].message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('explains refinements in the user’s language, and 404s an unknown instrument', async () => {
    const res = await viewer.post('/api/v1/scores/asa', { asaClass: 6, emergency: true });
    expect(res.json().error.fields).toEqual([{ path: 'emergency', message: 'ASA VI 级不可加 E（急诊）' }]);
    expect((await viewer.post('/api/v1/scores/nope', {})).statusCode).toBe(404);
  });

  it('needs a login', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/scores' })).statusCode).toBe(401);
  });
});
