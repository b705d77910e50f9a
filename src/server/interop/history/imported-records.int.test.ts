// The history import makes real records (issue 12 §4): each person becomes a patient found by MRN, each
// admission an admission with its visit number, each episode linked to both and listed on the chart; a person
// already registered in Periop is linked, not changed; a visit number of another patient rejects the file whole.
// On PostgreSQL the load goes by COPY (bulk.ts): values arrive as they are, and a failure half way leaves nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkTransaction, col } from '../../../db/bulk';
import { newId } from '../../../db/ids';
import { rows } from '../../../db/rows';
import {
  casesCsv,
  EXAMPLE_CASES,
  EXAMPLE_DELIVERIES,
  kpiRow,
  surgeryRow,
} from '../../../domain/interop/history/history.fixture';
import { multipartBody } from '../../testing/multipart';
import { type Agent, createTestApp, samplePatient, type TestApp } from '../../testing/test-app';

let t: TestApp;
let quality: Agent;
let surgeon: Agent;

async function importCases(cases: string, deliveries?: string) {
  const body = multipartBody({
    cases: { name: 'cases.csv', content: cases },
    ...(deliveries ? { deliveries: { name: 'deliveries.csv', content: deliveries } } : {}),
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/imports/history',
    headers: { cookie: quality.cookie, ...body.headers },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(202);
  await t.app.ctx.historyImports.idle();
  return (await quality.get(`/api/v1/imports/${res.json().id}`)).json();
}

async function chartOf(mrn: string) {
  const found = await surgeon.get(`/api/v1/patients?q=${mrn}`);
  expect(found.statusCode, found.body).toBe(200);
  const hit = found.json().items.find((p: { mrn: string }) => p.mrn === mrn);
  expect(hit, `patient ${mrn}`).toBeDefined();
  const chart = await surgeon.get(`/api/v1/patients/${hit.id}`);
  expect(chart.statusCode, chart.body).toBe(200);
  return chart.json();
}

beforeAll(async () => {
  t = await createTestApp();
  quality = await t.userAgent('quality');
  surgeon = await t.userAgent('surgeon');
});
afterAll(async () => t.close());

describe('imported rows as records', () => {
  it('makes each person a patient and each admission an admission, and lists the episodes on the chart', async () => {
    const state = await importCases(EXAMPLE_CASES, EXAMPLE_DELIVERIES);
    expect(state.status, JSON.stringify(state.errors)).toBe('done');
    expect(state.counts).toMatchObject({
      persons: 2,
      patientsCreated: 2,
      admissions: 2,
      admissionsCreated: 2,
    });

    const p1 = await chartOf('P1');
    expect(p1).toMatchObject({
      name: '测试患者甲',
      sex: 'male',
      birthDate: '1961-04-02',
      province: '山西省',
      importedFrom: { file: 'cases.csv', row: 2 },
    });
    expect(p1.admissions).toHaveLength(1);
    expect(p1.admissions[0]).toMatchObject({
      visitNumber: 'AD1',
      attendingDoctor: null,
      // The file gives dates: the stay runs from the start of its admission date to the start of its discharge date.
      admittedAt: '2025-02-27T16:00:00.000Z',
      dischargedAt: '2025-03-05T16:00:00.000Z',
      importedFrom: { file: 'cases.csv', row: 2 },
    });
    expect(p1.cases).toEqual([]);
    expect(
      p1.importedEpisodes.map((e: { externalId: string; caseStatus: string; visitNumber: string }) => [
        e.externalId,
        e.caseStatus,
        e.visitNumber,
      ]),
    ).toEqual([
      ['EP1', 'performed', 'AD1'],
      ['EP2', 'cancelled', 'AD1'],
    ]);
  });

  it('creates nothing the second time', async () => {
    const again = await importCases(EXAMPLE_CASES, EXAMPLE_DELIVERIES);
    expect(again.status).toBe('done');
    expect(again.counts).toMatchObject({ patientsCreated: 0, admissionsCreated: 0, unchanged: 4 });
    expect((await chartOf('P1')).importedEpisodes).toHaveLength(2);
  });

  it('links a person already registered in Periop without changing what Periop holds', async () => {
    const created = await surgeon.post('/api/v1/patients', samplePatient({ mrn: 'ZY777', name: '王五' }));
    expect(created.statusCode, created.body).toBe(201);
    const state = await importCases(
      casesCsv([
        surgeryRow({
          episode_id: 'E777',
          person_id: 'ZY777',
          person_name: '王五（旧系统）',
          admission_id: 'A777',
        }),
      ]),
    );
    expect(state.status, JSON.stringify(state.errors)).toBe('done');
    expect(state.counts).toMatchObject({ patientsCreated: 0, admissionsCreated: 1 });
    const chart = await chartOf('ZY777');
    expect(chart).toMatchObject({
      id: created.json().id,
      name: '王五',
      birthDate: '1960-05-01',
      importedFrom: null,
    });
    expect(chart.importedEpisodes.map((e: { externalId: string }) => e.externalId)).toEqual(['E777']);
  });

  it('keeps a person without birth date or name (kpi_only) as a patient of unknown age', async () => {
    const state = await importCases(
      casesCsv([
        kpiRow({ episode_id: 'K1', person_id: 'KP1', person_name: '', birth_date: '', admission_id: 'KA1' }),
      ]),
    );
    expect(state.status, JSON.stringify(state.errors)).toBe('done');
    expect(await chartOf('KP1')).toMatchObject({ name: '', birthDate: null });
  });

  it('rejects a file whose visit number belongs to another patient, creating nobody', async () => {
    const state = await importCases(
      casesCsv([
        surgeryRow({ episode_id: 'E900', person_id: 'P900', person_name: '赵六', admission_id: 'AD1' }),
      ]),
    );
    expect(state.status).toBe('rejected');
    expect(state.errors).toEqual([
      expect.objectContaining({ file: 'cases', row: 2, column: 'admission_id' }),
    ]);
    expect(state.errors[0].messages['zh-CN']).toContain('已属于另一患者');
    const found = await surgeon.get('/api/v1/patients?q=P900');
    expect(found.json().items).toEqual([]);
  });

  it('refuses an admission without a ward in the file', async () => {
    const state = await importCases(
      casesCsv([surgeryRow({ episode_id: 'E901', person_id: 'P901', ward: '' })]),
    );
    expect(state.status).toBe('rejected');
    expect(state.errors).toEqual([expect.objectContaining({ row: 2, column: 'ward' })]);
  });
});

describe.runIf(process.env.PERIOP_TEST_DB === 'postgresql')('the bulk load by COPY (PostgreSQL)', () => {
  type Row = { id: string; code: string; name: string; nameEn: string | null; limit: number | null };
  const columns = [
    col<Row>('id', 'uuid', (r) => r.id),
    col<Row>('code', 'text', (r) => r.code),
    col<Row>('name', 'text', (r) => r.name),
    col<Row>('name_en', 'text', (r) => r.nameEn),
    col<Row>('staffing_limit', 'int', (r) => r.limit),
  ];
  const row = (i: number, tag: string): Row => ({
    id: newId(),
    code: `${tag}${i}`,
    name: `病区 ${i}`,
    nameEn: null,
    limit: i,
  });
  const stored = async (tag: string) =>
    (
      await rows<{ n: number }>(
        t.app.ctx.database.db,
        sql`select count(*)::int as n from wards where code like ${`${tag}%`}`,
      )
    )[0]!.n;

  it('writes values as they are, tabs, line breaks, backslashes and nulls included', async () => {
    const odd: Row[] = [
      { id: newId(), code: 'COPY-A', name: 'a\tb\nc\r\\d \\N', nameEn: 'x\\ty', limit: null },
      { id: newId(), code: 'COPY-B', name: '甲"乙\'丙,丁', nameEn: null, limit: 0 },
    ];
    const n = await bulkTransaction(t.app.ctx.database, async (_tx, copy) => copy!('wards', columns, odd));
    expect(n).toBe(2);
    const back = await rows<Row>(
      t.app.ctx.database.db,
      sql`select id, code, name, name_en as "nameEn", staffing_limit as "limit" from wards
        where code like 'COPY-%' order by code`,
    );
    expect(back).toEqual(odd);
  });

  it('leaves nothing when the rows cannot be made half way, and the connection serves again', async () => {
    function* failing(): Generator<Row> {
      for (let i = 0; i < 2500; i++) yield row(i, 'COPYFAIL');
      throw new Error('made up: no anchor');
    }
    await expect(
      bulkTransaction(t.app.ctx.database, async (_tx, copy) => copy!('wards', columns, failing())),
    ).rejects.toThrow('made up: no anchor');
    expect(await stored('COPYFAIL')).toBe(0);
    for (let k = 0; k < 8; k++)
      expect(
        await bulkTransaction(t.app.ctx.database, async (tx) => (await rows(tx, sql`select 1`)).length),
      ).toBe(1);
  });

  it('fails whole on a row the server refuses (a code taken twice)', async () => {
    const twice = [...Array.from({ length: 1500 }, (_, i) => row(i, 'COPYDUP')), row(7, 'COPYDUP')];
    await expect(
      bulkTransaction(t.app.ctx.database, async (_tx, copy) => copy!('wards', columns, twice)),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await stored('COPYDUP')).toBe(0);
  });
});
