// Quality control over HTTP: the quality officer imports the history format's example (history-import.md §7) and
// reads the figures it gives — 2022 and 2015 — with the cases behind them, the KPIs; a repeat changes nothing; a
// broken file is rejected whole; bad periods, editions and codes are 400s; the system administrator sees nothing.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  casesCsv,
  deliveriesCsv,
  EXAMPLE_CASES,
  EXAMPLE_DELIVERIES,
  generatedFiles,
} from '../../domain/interop/history/history.fixture';
import { multipartBody } from '../testing/multipart';
import { type Agent, createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let quality: Agent;

const STAFFING = `year,staff_category,headcount
2025,anesthesia_nurse,30
2025,or_nurse_managed,10
2025,anesthesiologist_fixed_post,60
2025,resident_external,5
2025,visiting_trainee,4
2025,support_doctor,1
2025,multisite_doctor,0
`;
const WARDS = 'ward,open_beds,valid_from,valid_to\nTS1,12,,\nOB1,20,,\n';

async function importFiles(files: Record<string, string>) {
  const body = multipartBody(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, { name: `${k}.csv`, content: v }])),
  );
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/imports/history',
    headers: { cookie: quality.cookie, ...body.headers },
    payload: body.payload,
  });
  return res;
}

async function importAndWait(files: Record<string, string>) {
  const res = await importFiles(files);
  expect(res.statusCode, res.body).toBe(202);
  await t.app.ctx.historyImports.idle();
  const state = await quality.get(`/api/v1/imports/${res.json().id}`);
  expect(state.statusCode, state.body).toBe(200);
  return state.json();
}

const figures = async (edition: string, from = '2025-03-01', to = '2025-03-31') => {
  const res = await quality.get(`/api/v1/quality/indicators?edition=${edition}&from=${from}&to=${to}`);
  expect(res.statusCode, res.body).toBe(200);
  return new Map<string, { numerator: number | null; denominator: number | null; value: number | null }>(
    res.json().items.map((i: { code: string }) => [i.code, i]),
  );
};

beforeAll(async () => {
  t = await createTestApp();
  quality = await t.userAgent('quality');
});
afterAll(async () => t.close());

describe('the history import and the figures it gives', () => {
  it('imports the example and counts what §7 says', async () => {
    const state = await importAndWait({
      cases: EXAMPLE_CASES,
      deliveries: EXAMPLE_DELIVERIES,
      staffing: STAFFING,
      wards: WARDS,
    });
    expect(state.status, JSON.stringify(state.errors)).toBe('done');
    expect(state.counts).toMatchObject({
      episodes: 3,
      persons: 2,
      admissions: 2,
      deliveries: 1,
      staffingYears: 1,
    });
    expect(state.progress.done).toBe(state.progress.total);

    const y2022 = await figures('2022');
    expect(y2022.get('AQI-IHT-10')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(y2022.get('AQI-IDP-18')).toMatchObject({ numerator: 1 });
    expect(y2022.get('AQI-CRB-05')).toMatchObject({ numerator: 1 });
    expect(y2022.get('AQI-EPD-26')).toMatchObject({ numerator: 1, denominator: 1 });
    const y2015 = await figures('2015');
    expect(y2015.get('2015-06')?.numerator).toBe(0);
    expect(y2015.get('2015-07')?.numerator).toBe(0);
  });

  it('lists the patients behind the hypothermia numerator, with the imported episode id', async () => {
    const res = await quality.get(
      '/api/v1/quality/indicators/AQI-IHT-10/cases?edition=2022&from=2025-03-01&to=2025-03-31&term=numerator',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().count).toBe(1);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        externalId: 'EP1',
        personId: 'P1',
        source: 'import',
        patientName: '测试患者甲',
      }),
    ]);
    const episode = await quality.get(`/api/v1/quality/episodes/${res.json().items[0].caseId}`);
    expect(episode.statusCode, episode.body).toBe(200);
    expect(episode.json().indicators).toContainEqual(
      expect.objectContaining({ edition: '2022', code: 'AQI-IHT-10', outcome: 'numerator' }),
    );
  });

  it('exports the month as the national table (Excel), the hypothermia list (Excel) and the report (PDF)', async () => {
    const table = await quality.get(
      '/api/v1/quality/indicators.xlsx?edition=2022&from=2025-03-01&to=2025-03-31',
    );
    expect(table.statusCode, table.body).toBe(200);
    expect(table.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(table.rawPayload as unknown as ArrayBuffer);
    const codes: string[] = [];
    book.worksheets[0]!.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === 'string' && v.startsWith('AQI-')) codes.push(v);
    });
    expect(codes).toHaveLength(26);
    const list = await quality.get(
      '/api/v1/quality/indicators/AQI-IHT-10/cases.xlsx?edition=2022&from=2025-03-01&to=2025-03-31&term=numerator',
    );
    expect(list.statusCode, list.body).toBe(200);
    const report = await quality.get('/api/v1/quality/report.pdf?edition=2022&month=2025-03');
    expect(report.statusCode, report.body).toBe(200);
    expect(report.headers['content-type']).toContain('application/pdf');
    expect(report.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('counts the staffing ratios for the calendar year only', async () => {
    const year = await figures('2022', '2025-01-01', '2025-12-31');
    expect(year.get('AQI-DNR-01')?.numerator).toBe(30);
    expect((await figures('2022')).get('AQI-DNR-01')?.value).toBeNull();
  });

  it('gives the department KPIs with their intervals', async () => {
    const res = await quality.get('/api/v1/quality/kpis?from=2025-03-01&to=2025-03-31');
    expect(res.statusCode, res.body).toBe(200);
    const k = res.json();
    expect(k.operations).toBe(1);
    expect(k.grade4Share).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
    expect(k.grade4Share.lower).toBeGreaterThan(0);
    expect(k.averageLengthOfStay.discharges).toBe(2);
    expect(k.bedOccupancy.openBedDays).toBe(31 * 32);
  });

  it('changes nothing when the same files come again', async () => {
    const before = await figures('2022');
    const again = await importAndWait({ cases: EXAMPLE_CASES, deliveries: EXAMPLE_DELIVERIES, wards: WARDS });
    expect(again.status).toBe('done');
    expect(again.counts.unchanged).toBe(3 + 1 + 2);
    expect(await figures('2022')).toEqual(before);
  });

  it('rejects a broken file whole, listing every problem, and imports nothing', async () => {
    const broken = EXAMPLE_CASES.replace('EP1,P1', 'EPX1,PX1')
      .replace(',vats,', ',keyhole,')
      .replace('EP2,P1', 'EPX2,PX1')
      .replace(',male,1961', ',Y,1961');
    const state = await importAndWait({ cases: broken });
    expect(state.status).toBe('rejected');
    expect(state.errors.length).toBeGreaterThanOrEqual(2);
    expect(state.errors[0]).toEqual(
      expect.objectContaining({ file: 'cases', row: expect.any(Number), column: expect.any(String) }),
    );
    const none = await quality.get(
      '/api/v1/quality/indicators/AQI-CRB-05/cases?edition=2022&from=2025-03-01&to=2025-03-31&term=denominator',
    );
    expect(none.json().items.map((i: { externalId: string }) => i.externalId)).not.toContain('EPX2');
  });

  it('rejects a wrong header and a file that is not UTF-8', async () => {
    const gbk = multipartBody({ cases: { name: 'cases.csv', content: iconv.encode(EXAMPLE_CASES, 'gbk') } });
    const header = await importAndWait({ cases: EXAMPLE_CASES.replace('episode_id', 'episode') });
    expect(header.status).toBe('rejected');
    expect(header.errors[0].row).toBe(1);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/history',
      headers: { cookie: quality.cookie, ...gbk.headers },
      payload: gbk.payload,
    });
    expect(res.statusCode, res.body).toBe(202);
    await t.app.ctx.historyImports.idle();
    const state = (await quality.get(`/api/v1/imports/${res.json().id}`)).json();
    expect(state.status).toBe('rejected');
    expect(state.errors[0].messages['zh-CN']).toContain('UTF-8');
  });

  it('counts a later import in the figures of a period read before it (the rows kept between reads)', async () => {
    // The example's people, admissions, episodes and delivery under new ids: the same figures once more.
    const renamed = (csv: string) =>
      csv
        .replace(/\bEP(\d)\b/g, 'EPN$1')
        .replace(/,P(\d),/g, ',PN$1,')
        .replace(/\bAD(\d)\b/g, 'ADN$1')
        .replace(/\bDL(\d)\b/g, 'DLN$1');
    expect((await figures('2022')).get('AQI-IHT-10')).toMatchObject({ numerator: 1, denominator: 1 });
    const before2015 = (await figures('2015')).get('2015-07');
    const state = await importAndWait({
      cases: renamed(EXAMPLE_CASES),
      deliveries: renamed(EXAMPLE_DELIVERIES),
    });
    expect(state.status, JSON.stringify(state.errors)).toBe('done');
    expect(state.counts.unchanged).toBe(0);
    const after = await figures('2022');
    expect(after.get('AQI-IHT-10')).toMatchObject({ numerator: 2, denominator: 2 });
    expect(after.get('AQI-EPD-26')).toMatchObject({ numerator: 2, denominator: 2 });
    expect((await figures('2015')).get('2015-07')?.denominator).toBe(2 * (before2015?.denominator ?? 0));
    const listed = await quality.get(
      '/api/v1/quality/indicators/AQI-IHT-10/cases?edition=2022&from=2025-03-01&to=2025-03-31&term=numerator',
    );
    expect(
      listed
        .json()
        .items.map((i: { externalId: string }) => i.externalId)
        .sort(),
    ).toEqual(['EP1', 'EPN1']);
  });
});

describe('bad requests', () => {
  it.each([
    ['/api/v1/quality/indicators?edition=2022&from=2025-04-01&to=2025-03-01', 'to'],
    ['/api/v1/quality/indicators?edition=2020&from=2025-03-01&to=2025-03-31', 'edition'],
    ['/api/v1/quality/indicators?edition=2022&from=2025-03-01&to=2025-03-31&wards=NOPE', 'wards'],
    ['/api/v1/quality/kpis?from=2025-3-1&to=2025-03-31', 'from'],
  ])('%s → 400 naming %s', async (url, path) => {
    const res = await quality.get(url);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(`querystring.${path}`);
  });

  it('refuses an unknown indicator code with 400', async () => {
    const res = await quality.get(
      '/api/v1/quality/indicators/AQI-XXX-99/cases?edition=2022&from=2025-03-01&to=2025-03-31',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('quality_unknown_indicator');
  });

  it('refuses a second import while one runs (409), and the first still finishes', async () => {
    const big = generatedFiles(3000);
    const first = await importFiles({
      cases: casesCsv(big.cases),
      deliveries: deliveriesCsv(big.deliveries),
    });
    expect(first.statusCode, first.body).toBe(202);
    const second = await importFiles({ cases: EXAMPLE_CASES });
    expect(second.statusCode, second.body).toBe(409);
    expect(second.json().error.code).toBe('history_import_running');
    await t.app.ctx.historyImports.idle();
    const state = (await quality.get(`/api/v1/imports/${first.json().id}`)).json();
    expect(state.status, JSON.stringify(state.errors.slice(0, 3))).toBe('done');
    expect(state.counts.episodes).toBe(3000);
  });

  it('refuses an import without a case file', async () => {
    const res = await importFiles({ staffing: STAFFING });
    expect(res.statusCode).toBe(400);
  });

  it('keeps the figures and the import from the system administrator (三员分立)', async () => {
    const admin = await t.userAgent('admin');
    expect(
      (await admin.get('/api/v1/quality/indicators?edition=2022&from=2025-03-01&to=2025-03-31')).statusCode,
    ).toBe(403);
    expect((await admin.get('/api/v1/imports')).statusCode).toBe(403);
  });
});
