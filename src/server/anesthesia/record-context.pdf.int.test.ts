// What the printed record reads beyond the record itself: the admission's ward and bed, the visit's ASA
// class, and the corrections made before signing with who made them — and the 更正记录 they print as,
// the voided entry left off the grid and the totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecord, recordEntries } from '../../db/anesthesia/record.repo';
import { newId } from '../../db/ids';
import { getCase } from '../../db/registry/case.repo';
import { beds } from '../../db/schema';
import { DEPARTMENT } from '../../domain/auth/scope';
import { renderPdf } from '../platform/pdf';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';
import { derivationsOf } from './derivation';
import { documentInput, recordDocument } from './record.pdf';
import { recordPrintContext } from './record-context.pdf';
import { pdfArtefacts } from './record-pdf-artefacts';

const IN = Date.parse('2026-11-22T00:30:00Z');
const iso = (minute: number) => new Date(IN + minute * 60_000).toISOString();

let t: TestApp;
let doctor: Agent;
let nurse: Agent;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date(IN + 60 * 60_000));
  doctor = await t.userAgent('anesthesiologist');
  nurse = await t.userAgent('nurse');
  const bedId = newId();
  await t.database.db.insert(beds).values({ id: bedId, wardId: t.wardId, code: '12' });
  const patientId = (await nurse.post('/api/v1/patients', samplePatient())).json().id;
  const admission = await nurse.post('/api/v1/admissions', {
    patientId,
    wardId: t.wardId,
    bedId,
    admittedAt: '2026-11-20T02:00:00Z',
    attendingDoctor: '李外科',
  });
  expect(admission.statusCode, admission.body).toBe(201);
  const created = await doctor.post(
    '/api/v1/cases',
    sampleCase(patientId, { admissionId: admission.json().id }),
  );
  expect(created.statusCode, created.body).toBe(201);
  caseId = created.json().id;
  const visit = await doctor.put(`/api/v1/cases/${caseId}/visit`, {
    data: { asaClass: 3, asaEmergency: true },
  });
  expect(visit.statusCode, visit.body).toBe(200);
  expect(
    (await nurse.post(`/api/v1/cases/${caseId}/record/events`, { code: 'in_room', at: iso(0) })).statusCode,
  ).toBe(200);
  const drug = await doctor.post(`/api/v1/cases/${caseId}/record/drugs`, {
    drug: 'propofol',
    kind: 'bolus',
    dose: 1200,
    startAt: iso(10),
  });
  expect(drug.statusCode, drug.body).toBe(200);
  const fixed = await doctor.put(`/api/v1/cases/${caseId}/record/drugs/${drug.json().id}`, {
    version: 1,
    reason: '剂量录入多一个0',
    dose: 120,
  });
  expect(fixed.statusCode, fixed.body).toBe(200);
  const fluid = await nurse.post(`/api/v1/cases/${caseId}/record/fluids`, {
    direction: 'in',
    kind: 'colloid',
    volumeMl: 500,
    at: iso(20),
  });
  expect(fluid.statusCode, fluid.body).toBe(200);
  const voided = await nurse.post(`/api/v1/cases/${caseId}/record/fluids/${fluid.json().id}/void`, {
    version: 1,
    reason: '重复录入',
  });
  expect(voided.statusCode, voided.body).toBe(200);
}, 60_000);
afterAll(async () => t.close());

describe('the printed record’s context', () => {
  it('reads the ward and bed, the ASA class and the corrections with who made them', async () => {
    const c = (await getCase(t.database.db, caseId, DEPARTMENT))!;
    const context = await recordPrintContext(t.database.db, c);
    expect(context).toMatchObject({
      ward: '胸外一病区',
      bed: '12',
      asa: { asaClass: 3, emergency: true },
    });
    expect(context.corrections.map((x) => [x.kind, x.action, x.reason])).toEqual([
      ['drug', 'edit', '剂量录入多一个0'],
      ['fluid', 'void', '重复录入'],
    ]);
    expect(context.corrections[0]!.by).not.toBe('—');

    const now = new Date(IN + 60 * 60_000);
    const [record, entries, derived] = await Promise.all([
      readRecord(t.database.db, caseId),
      recordEntries(t.database.db, caseId),
      derivationsOf(t.database.db, [caseId], now),
    ]);
    const input = documentInput({
      c,
      age: 66,
      record: { ...record, signerName: '' },
      entries,
      readings: [],
      derived: derived.get(caseId)!,
      until: now.getTime(),
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      printedAt: now,
      context,
    });
    const out = pdfArtefacts(await renderPdf(recordDocument(input)), 'context-corrections');
    const all = out.texts.join('');
    for (const s of [
      '胸外一病区12床',
      'III级（急诊E）',
      '更正记录',
      '用药：丙泊酚120mg',
      '剂量1200→120',
      '液体：胶体液500ml',
      '作废（原记录时间08:50）',
      '重复录入',
    ])
      expect(all, s).toContain(s);
    // The voided colloid is left off the grid and the totals: only the corrections mention it.
    expect(all).toContain('入量0ml');
  });
});
