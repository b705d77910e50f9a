import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPRINI_VTE_ITEMS } from '../../domain/assessment/visit';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let anesthesia: Agent;
let nurse: Agent;
let patientId: string;
let caseId: string;

const fullVisit = (over: Record<string, unknown> = {}) => ({
  visitAt: '2026-11-22T01:00:00Z',
  heightCm: 170,
  weightKg: 52,
  smoking: 'never',
  history: {
    ischemicHeartDisease: true,
    myocardialInfarction: true,
    congestiveHeartFailure: false,
    cerebrovascularDisease: false,
    hypertension: true,
    diabetes: 'insulin',
    diabetesEndOrganDamage: false,
    chronicPulmonaryDisease: true,
    respiratoryInfectionLastMonth: false,
    peripheralVascularDisease: false,
    dementia: false,
    connectiveTissueDisease: false,
    pepticUlcerDisease: false,
    liverDisease: 'none',
    hemiplegia: false,
    moderateSevereRenalDisease: false,
    solidTumor: 'localized',
    leukemia: false,
    lymphoma: false,
    aids: false,
    historyOfVte: false,
    familyHistoryOfThrombosis: false,
    varicoseVeins: false,
    ponvHistory: true,
    motionSickness: false,
    snoring: true,
    tired: true,
    observedApnea: false,
  },
  vte: Object.fromEntries(CAPRINI_VTE_ITEMS.map((k) => [k, false])),
  airway: { mallampatiClass: 3, neckCircumferenceCm: 42 },
  labs: { hemoglobin: 98, creatinine: 180, albumin: 30 },
  vitals: { systolicBp: 150, pulse: 80, spo2: 94, spo2OnRoomAir: true },
  nutrition: {
    weightLoss: 'over5pct_1month',
    intakePercent: 40,
    impairedGeneralCondition: true,
    diseaseSeverity: 2,
    severelyIll: false,
  },
  cfsLevel: 5,
  phq9: { item1: 2, item2: 2, item3: 1, item4: 2, item5: 1, item6: 1, item7: 1, item8: 0, item9: 0 },
  gad7: { item1: 1, item2: 1, item3: 1, item4: 1, item5: 0, item6: 0, item7: 0 },
  asaClass: 3,
  asaEmergency: false,
  plan: {
    anesthesiaMethod: 'general_tube',
    surgicalSite: 'intrathoracic',
    plannedDurationMinutes: 300,
    postoperativeOpioids: true,
    postopDestination: 'icu',
  },
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.userAgent('surgeon');
  anesthesia = await t.userAgent('anesthesiologist');
  nurse = await t.userAgent('nurse');
  patientId = (await admin.post('/api/v1/patients', samplePatient())).json().id;
  // Scheduled tomorrow morning (the test clock is 2026-11-22 02:00Z).
  caseId = (
    await admin.post('/api/v1/cases', sampleCase(patientId, { scheduledStart: '2026-11-23T00:30:00Z' }))
  ).json().id;
});
afterAll(async () => t?.close());

describe('the pre-anesthesia visit', () => {
  let version: number;

  it('lists the case as awaiting a visit', async () => {
    const res = await anesthesia.get('/api/v1/worklists/pending-visits');
    expect(res.json().items.map((i: { caseId: string }) => i.caseId)).toContain(caseId);
  });

  it('saves a draft and the server recomputes every score', async () => {
    const res = await anesthesia.put(`/api/v1/cases/${caseId}/visit`, {
      data: fullVisit({ asaClass: undefined }),
    });
    expect(res.statusCode).toBe(200);
    const visit = res.json();
    expect(visit).toMatchObject({ revision: 1, status: 'draft', late: false });
    const rcri = visit.results.find((r: { id: string }) => r.id === 'rcri');
    expect(rcri.result).toMatchObject({ status: 'complete', total: 4 });
    const asa = visit.results.find((r: { id: string }) => r.id === 'asa');
    expect(asa.result).toEqual({ status: 'incomplete', missing: ['asaClass'] });
    expect(visit.highRiskFlags).toEqual(
      expect.arrayContaining([
        'rcri.high',
        'ariscat.high',
        'caprini.high',
        'nrs2002.at_risk',
        'phq9.high',
        'cfs.frail',
      ]),
    );
    version = visit.version;
  });

  it('lets the nurse read the visit but neither edit nor sign it', async () => {
    const read = await nurse.get(`/api/v1/cases/${caseId}/visit`);
    expect(read.statusCode).toBe(200);
    expect(read.json().current.revision).toBe(1);
    expect((await nurse.put(`/api/v1/cases/${caseId}/visit`, { data: {}, version })).statusCode).toBe(403);
    expect((await nurse.post(`/api/v1/cases/${caseId}/visit/sign`, { version })).statusCode).toBe(403);
  });

  it('refuses to sign with required items missing, naming them', async () => {
    const res = await anesthesia.post(`/api/v1/cases/${caseId}/visit/sign`, { version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'visit_incomplete',
      fields: [{ path: 'data.asaClass', message: '签名前必须填写' }],
    });
  });

  it('refuses impossible laboratory values and a stale version', async () => {
    const bad = await anesthesia.put(`/api/v1/cases/${caseId}/visit`, {
      data: fullVisit({ labs: { creatinine: 0, hemoglobin: 500 } }),
      version,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['data.labs.creatinine', 'data.labs.hemoglobin']);
    const saved = await anesthesia.put(`/api/v1/cases/${caseId}/visit`, { data: fullVisit(), version });
    expect(saved.statusCode).toBe(200);
    const stale = await anesthesia.put(`/api/v1/cases/${caseId}/visit`, { data: fullVisit(), version });
    expect(stale.statusCode).toBe(409);
    version = saved.json().version;
  });

  it('signs, locks, and opens the recommendations as tasks', async () => {
    const res = await anesthesia.post(`/api/v1/cases/${caseId}/visit/sign`, { version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'signed', signedBy: anesthesia.userId });
    expect(
      (
        await anesthesia.put(`/api/v1/cases/${caseId}/visit`, {
          data: fullVisit(),
          version: res.json().version,
        })
      ).json().error.code,
    ).toBe('visit_signed');
    const tasks = (await nurse.get(`/api/v1/recommendations?caseId=${caseId}`)).json().items as {
      code: string;
    }[];
    expect(tasks.map((x) => x.code).sort()).toEqual(
      expect.arrayContaining([
        'ariscat.lung_protection',
        'caprini.vte_prophylaxis.high',
        'nrs2002.nutrition_plan',
        'phq9.referral',
        'stop_bang.osa_precautions',
        'cfs.geriatric_assessment',
      ]),
    );
    expect(
      (await anesthesia.get('/api/v1/worklists/pending-visits'))
        .json()
        .items.map((i: { caseId: string }) => i.caseId),
    ).not.toContain(caseId);
    const high = (await anesthesia.get('/api/v1/worklists/high-risk')).json().items;
    expect(high.find((i: { caseId: string }) => i.caseId === caseId).flags).toContain('rcri.high');
    const board = (await nurse.get('/api/v1/cases?date=2026-11-23')).json().items;
    expect(board[0].risk).toMatchObject({ signed: true, flags: expect.arrayContaining(['rcri.high']) });
  });

  it('follows a recommendation: decline needs a reason; closed tasks stay closed', async () => {
    const tasks = (await anesthesia.get(`/api/v1/recommendations?caseId=${caseId}`)).json().items as {
      id: string;
      code: string;
      version: number;
    }[];
    const vte = tasks.find((x) => x.code.startsWith('caprini'))!;
    const noReason = await anesthesia.post(`/api/v1/recommendations/${vte.id}/actions`, {
      action: 'decline',
      version: vte.version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual([{ path: 'reason', message: '拒绝建议必须填写理由' }]);
    const declined = await anesthesia.post(`/api/v1/recommendations/${vte.id}/actions`, {
      action: 'decline',
      reason: '活动性出血风险',
      version: vte.version,
    });
    expect(declined.json()).toMatchObject({ status: 'declined' });
    const again = await anesthesia.post(`/api/v1/recommendations/${vte.id}/actions`, {
      action: 'accept',
      version: declined.json().version,
    });
    expect(again.statusCode).toBe(409);
    const nutrition = tasks.find((x) => x.code === 'nrs2002.nutrition_plan')!;
    const accepted = await nurse.get(`/api/v1/recommendations?caseId=${caseId}&status=all`);
    expect(accepted.json().items.find((x: { id: string }) => x.id === vte.id)).toMatchObject({
      status: 'declined',
      reason: '活动性出血风险',
      actedBy: anesthesia.userId,
    });
    const open = (await anesthesia.get('/api/v1/recommendations'))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(open).toContain(nutrition.id);
    expect(open).not.toContain(vte.id);
  });

  it('amends as a new revision with a reason, keeping the history', async () => {
    const noReason = await anesthesia.post(`/api/v1/cases/${caseId}/visit/amend`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const res = await anesthesia.post(`/api/v1/cases/${caseId}/visit/amend`, {
      reason: '补充术前肺功能结果',
    });
    expect(res.json()).toMatchObject({ revision: 2, status: 'draft', amendmentReason: '补充术前肺功能结果' });
    const all = (await nurse.get(`/api/v1/cases/${caseId}/visit`)).json();
    expect(all.revisions.map((r: { revision: number; status: string }) => [r.revision, r.status])).toEqual([
      [1, 'signed'],
      [2, 'draft'],
    ]);
  });

  it('prints the signed revision as an A4 PDF with Chinese fonts embedded; a draft does not print', async () => {
    const res = await nurse.get(`/api/v1/cases/${caseId}/visit/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'periop-pdf-'));
    const file = join(dir, 'visit.pdf');
    writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('麻醉前访视记录单');
    expect(text).toContain(samplePatient().name);
    expect(text).toContain('RCRI');
    expect(text).toMatch(/第\s*1\s*版/);
    const fonts = execFileSync('pdffonts', [file]).toString();
    expect(fonts).toMatch(/NotoSansCJK/);
    expect(fonts).toMatch(/yes\s+yes/); // embedded and subset
    const pages = execFileSync('pdfinfo', [file]).toString();
    expect(pages).toMatch(/Page size:\s+595\.28 x 841\.89/); // A4
    const draft = await nurse.get(`/api/v1/cases/${caseId}/visit/pdf?revision=2`);
    expect(draft.statusCode).toBe(409);
    expect(draft.json().error.code).toBe('print_requires_signature');
  });

  it('flags a visit recorded after room entry as late (AQI-PVR-04) and refuses visits for closed cases', async () => {
    const admin = await t.userAgent('surgeon');
    const today = (await admin.post('/api/v1/cases', sampleCase(patientId))).json();
    const moved = await nurse.post(`/api/v1/cases/${today.id}/transitions`, {
      to: 'in_room',
      at: '2026-11-22T00:40:00Z',
      version: today.version,
    });
    expect(moved.statusCode).toBe(200);
    const late = await anesthesia.put(`/api/v1/cases/${today.id}/visit`, {
      data: fullVisit({ visitAt: '2026-11-22T00:50:00Z' }),
    });
    expect(late.json()).toMatchObject({ late: true });
    const other = (await admin.post('/api/v1/cases', sampleCase(patientId))).json();
    await nurse.post(`/api/v1/cases/${other.id}/transitions`, {
      to: 'cancelled',
      at: '2026-11-22T01:00:00Z',
      version: other.version,
      reasonCode: 'patient_refused',
      reason: '患者拒绝手术',
    });
    const closed = await anesthesia.put(`/api/v1/cases/${other.id}/visit`, { data: fullVisit() });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('case_closed');
  });
});
