// The complication registry over HTTP: a creatinine rise entered on the ward suggests AKI, which only
// a holder of complications.write confirms with its Clavien–Dindo grade; it is not suggested twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let nurse: Agent;
let surgeon: Agent;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  nurse = await t.userAgent('nurse');
  surgeon = await t.userAgent('surgeon');
  const patientId = (await surgeon.post('/api/v1/patients', samplePatient())).json().id;
  const c = await surgeon.post(
    '/api/v1/cases',
    sampleCase(patientId, { scheduledStart: '2026-11-21T00:30:00Z' }),
  );
  expect(c.statusCode, c.body).toBe(201);
  caseId = c.json().id;
});
afterAll(async () => t.close());

describe('complications', () => {
  it('suggests AKI stage 1 from a creatinine rise; the surgeon confirms it as grade I', async () => {
    await nurse.post(`/api/v1/cases/${caseId}/labs`, {
      analyte: 'creatinine',
      value: 80,
      takenAt: '2026-11-20T23:00:00Z',
    });
    const stable = await nurse.post(`/api/v1/cases/${caseId}/labs`, {
      analyte: 'creatinine',
      value: 95,
      takenAt: '2026-11-21T20:00:00Z',
    });
    expect(stable.json().suggestedComplication).toBeNull();
    const rise = await nurse.post(`/api/v1/cases/${caseId}/labs`, {
      analyte: 'creatinine',
      value: 125,
      takenAt: '2026-11-22T01:00:00Z',
    });
    expect(rise.json()).toMatchObject({ aki: { stage: 1 } });
    const id = rise.json().suggestedComplication;
    expect(id).toBeTruthy();
    const list = (await nurse.get(`/api/v1/cases/${caseId}/complications`)).json().items;
    expect(list[0]).toMatchObject({ id, type: 'aki', status: 'suggested', rule: 'kdigo.creatinine' });
    expect(
      (
        await nurse.post(`/api/v1/complications/${id}/decision`, {
          decision: 'confirm',
          grade: 'I',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    const confirmed = await surgeon.post(`/api/v1/complications/${id}/decision`, {
      decision: 'confirm',
      grade: 'I',
      treatment: '补液，停用肾毒性药物',
      version: 1,
    });
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', grade: 'I' });
    // A further rise does not suggest the same complication twice.
    const more = await nurse.post(`/api/v1/cases/${caseId}/labs`, {
      analyte: 'creatinine',
      value: 170,
      takenAt: '2026-11-22T01:30:00Z',
    });
    expect(more.json().suggestedComplication).toBeNull();
    expect(
      (
        await nurse.post(`/api/v1/cases/${caseId}/labs`, {
          analyte: 'creatinine',
          value: 0,
          takenAt: '2026-11-22T01:30:00Z',
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('recording and dismissing', () => {
  it('records a confirmed complication with its grade, and a dismissed suggestion stays dismissed', async () => {
    const recorded = await surgeon.post(`/api/v1/cases/${caseId}/complications`, {
      type: 'pneumonia',
      onsetAt: '2026-11-22T01:00:00Z',
      grade: 'II',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({
      type: 'pneumonia',
      status: 'confirmed',
      grade: 'II',
      rule: null,
    });
    expect(
      (
        await nurse.post(`/api/v1/cases/${caseId}/complications`, {
          type: 'pneumonia',
          onsetAt: '2026-11-22T01:00:00Z',
          grade: 'II',
        })
      ).statusCode,
    ).toBe(403);
    const again = await surgeon.post(`/api/v1/complications/${recorded.json().id}/decision`, {
      decision: 'dismiss',
      reason: '误报',
      version: 1,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('complication_decided');
  });
});
