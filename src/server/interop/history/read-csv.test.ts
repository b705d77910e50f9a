// Reading history import files (history-import.md §1, §7, §9): the §7 example end to end through the QC engine,
// encodings, headers, quoting, line numbers, and a generated file.
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CASE_COLUMNS } from '../../../domain/interop/history/headers';
import {
  casesCsv,
  deliveriesCsv,
  EXAMPLE_CASES,
  EXAMPLE_DELIVERIES,
  generatedFiles,
  labourDelivery,
  labourRow,
  staffingCsv,
  staffingYear,
  surgeryRow,
  wardsCsv,
  where,
} from '../../../domain/interop/history/history.fixture';
import { historyCaseFacts, historyDeliveryFacts } from '../../../domain/interop/history/to-facts';
import { computeAll } from '../../../domain/quality/compute';
import { INDICATORS } from '../../../domain/quality/indicators';
import { readHistoryCsv, validateHistoryFiles } from './read-csv';

/** Reads a file, collecting [row, fields] of each record and the problems. */
async function read(file: Parameters<typeof readHistoryCsv>[0], source: Buffer | NodeJS.ReadableStream) {
  const records: [number, string[]][] = [];
  const problems = await readHistoryCsv(file, source, (fields, row) => records.push([row, fields]));
  return { records, problems: problems.map((p) => [p.row, p.column, p.message['en-US']]) };
}

describe('history-import.md §7 example', () => {
  it('validates and gives what §7 says', async () => {
    const r = await validateHistoryFiles({
      cases: Buffer.from(EXAMPLE_CASES),
      deliveries: Buffer.from(EXAMPLE_DELIVERIES),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 1));
    expect(r.cases.map((c) => [c.row, c.episodeId])).toEqual([
      [2, 'EP1'],
      [3, 'EP2'],
      [4, 'EP3'],
    ]);
    const cases = r.cases.map((c) => historyCaseFacts(c, c.episodeId));
    const deliveries = r.deliveries.map((d) => historyDeliveryFacts(d));
    const results = [
      ...computeAll(INDICATORS['2022'], { cases, deliveries }),
      ...computeAll(INDICATORS['2015'], { cases, deliveries }),
    ];
    const get = (code: string) => {
      const found = results.find((x) => x.code === code);
      if (found === undefined) throw new Error(code);
      return found;
    };
    // EP1: P1 is a hypothermia patient (09:20 35.9 and 09:50 35.8, 30 min apart).
    expect(get('AQI-IHT-10')).toMatchObject({
      numerator: 1,
      denominator: 1,
      personIds: { numerator: ['P1'] },
    });
    // EP1: PACU 121 min — delayed (> 2 h) in 2022, not (> 3 h) in 2015.
    expect(get('AQI-IDP-18')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(get('2015-06')).toMatchObject({ numerator: 0, denominator: 1 });
    // EP1: first PACU temperature 35.9 — < 36 counts in 2022, not < 35.5 in 2015.
    expect(get('AQI-IHP-17')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(get('2015-07')).toMatchObject({ numerator: 0, denominator: 1 });
    // EP1: VAS on movement 3, satisfied.
    expect(get('AQI-ASR-21')).toMatchObject({ numerator: 1, denominator: 1, missing: 0 });
    // EP1: in the tracheal-intubation GA denominator (dlt), hoarseness 0.
    expect(get('AQI-IHE-23')).toMatchObject({
      numerator: 0,
      denominator: 1,
      caseIds: { denominator: ['EP1'] },
    });
    // EP2: in both terms of AQI-CRB-05; not an anesthesia case-episode.
    expect(get('AQI-CRB-05')).toMatchObject({
      numerator: 1,
      denominator: 3,
      caseIds: { numerator: ['EP2'] },
    });
    expect(get('AQI-CRA-06')).toMatchObject({ denominator: 2, caseIds: { denominator: ['EP1', 'EP3'] } });
    // EP3: out-of-OR and regional; DL1 puts P2 in both terms of AQI-EPD-26.
    expect(get('AQI-PAO-03')).toMatchObject({
      numerator: 1,
      denominator: 2,
      caseIds: { numerator: ['EP3'] },
    });
    expect(get('AQI-ISN-22').caseIds?.denominator).toContain('EP3');
    expect(get('AQI-EPD-26')).toMatchObject({
      numerator: 1,
      denominator: 1,
      personIds: { numerator: ['P2'], denominator: ['P2'] },
    });
  });
});

describe('readHistoryCsv', () => {
  it('gives each record with the line where it starts, across quoted line breaks, CRLF and blank lines', async () => {
    const text = 'ward,open_beds,valid_from,valid_to\r\n"T\r\nS1",12,,\r\n\r\nTS2,"1""2",,\n"T,S3",3,,';
    const { records, problems } = await read('wards', Buffer.from(text));
    expect(problems).toEqual([]);
    expect(records).toEqual([
      [2, ['T\r\nS1', '12', '', '']],
      [5, ['TS2', '1"2', '', '']],
      [6, ['T,S3', '3', '', '']],
    ]);
  });

  it('reads a stream cut anywhere, even inside a character', async () => {
    const bytes = Buffer.from(
      casesCsv([surgeryRow(), surgeryRow({ episode_id: 'E2', procedure_name: '胸腔镜\n肺叶切除' })]),
    );
    const chunks = [...Array(Math.ceil(bytes.length / 7)).keys()].map((i) =>
      bytes.subarray(i * 7, i * 7 + 7),
    );
    const { records, problems } = await read('cases', Readable.from(chunks));
    expect(problems).toEqual([]);
    expect(records.map(([row, f]) => [row, f[0], f[15]])).toEqual([
      [2, 'E1', '手术'],
      [3, 'E2', '胸腔镜\n肺叶切除'],
    ]);
  });

  it('rejects a GBK file as not UTF-8', async () => {
    const gbk = iconv.encode(casesCsv([surgeryRow()]), 'gbk');
    const { records, problems } = await read('cases', gbk);
    expect(records).toEqual([]);
    expect(problems).toEqual([[null, null, expect.stringContaining('not UTF-8')]]);
    const r = await validateHistoryFiles({ cases: gbk });
    expect(r.ok ? '' : r.problems[0]!.message['zh-CN']).toContain('文件不是 UTF-8 编码');
  });

  it('rejects a UTF-8 BOM (and still checks the rest of the file)', async () => {
    const { records, problems } = await read('cases', Buffer.from(`\uFEFF${casesCsv([surgeryRow()])}`));
    expect(problems).toEqual([[null, null, expect.stringContaining('BOM')]]);
    expect(records).toHaveLength(1);
  });

  it('rejects a header that differs from the format, naming the first difference', async () => {
    const header = CASE_COLUMNS.map((c) => (c === 'asa' ? 'ASA' : c));
    const text = `${header.join(',')}\n${surgeryRow().join(',')}\n`;
    const { records, problems } = await read('cases', Buffer.from(text));
    expect(records).toEqual([]);
    expect(problems).toEqual([[1, 'asa', 'Header column 17 must be asa, found "ASA"']]);
  });

  it('rejects a row with the wrong number of fields and reads on', async () => {
    const text = wardsCsv([
      ['TS1', '12', ''],
      ['TS2', '12', '', ''],
    ]);
    const { records, problems } = await read('wards', Buffer.from(text));
    expect(problems).toEqual([[2, null, 'The row has 3 fields, expected 4']]);
    expect(records).toEqual([[3, ['TS2', '12', '', '']]]);
  });

  it('rejects bad quoting and an empty file', async () => {
    expect(
      (await read('wards', Buffer.from('ward,open_beds,valid_from,valid_to\nTS1,"12,,\n'))).problems,
    ).toEqual([[2, null, 'CSV syntax error: a quoted field is not closed']]);
    expect(
      (await read('wards', Buffer.from('ward,open_beds,valid_from,valid_to\nT"S1,12,,\n'))).problems,
    ).toEqual([[2, null, expect.stringContaining('a quote inside an unquoted field')]]);
    expect((await read('wards', Buffer.alloc(0))).problems).toEqual([
      [null, null, expect.stringContaining('empty')],
    ]);
  });
});

describe('validateHistoryFiles', () => {
  it('reports the problems of every file together, by file and row', async () => {
    const r = await validateHistoryFiles({
      cases: Buffer.from(casesCsv([surgeryRow({ dental_injury: 'Y' }), labourRow()])),
      staffing: Buffer.from(staffingCsv(staffingYear(2025).slice(1))),
      deliveries: Buffer.from(deliveriesCsv([labourDelivery()])),
      wards: Buffer.from(wardsCsv([['TS1', '-2', '', '']])),
    });
    expect(where(r)).toEqual([
      ['cases', 2, 'dental_injury'],
      ['staffing', null, 'staff_category'],
      ['wards', 2, 'open_beds'],
    ]);
  });

  it('does not check links against a file it could not read', async () => {
    const r = await validateHistoryFiles({
      cases: Buffer.from(casesCsv([labourRow()])),
      deliveries: Buffer.from('delivery,person_id,delivery_at,delivery_mode,labour_analgesia_episode_id\n'),
    });
    expect(where(r)).toEqual([['deliveries', 1, 'delivery_id']]);
  });

  it('validates a generated file of 5,000 episodes with no problem', async () => {
    const g = generatedFiles(5000);
    const started = performance.now();
    const r = await validateHistoryFiles({
      cases: Buffer.from(casesCsv(g.cases)),
      deliveries: Buffer.from(deliveriesCsv(g.deliveries)),
      staffing: Buffer.from(staffingCsv(staffingYear(2025))),
      wards: Buffer.from(wardsCsv([['W1', '30', '', '']])),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 5), null, 1));
    expect(r.cases).toHaveLength(5000);
    expect(r.deliveries).toHaveLength(500);
    expect(r.cases[4999]!.row).toBe(5001);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
