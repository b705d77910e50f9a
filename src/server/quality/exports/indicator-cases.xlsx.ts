// The cases behind one term of one QC indicator (the drill-down's list) as Excel: every row, none left out,
// written with exceljs's streaming writer so a year's 70,000 rows take a second or two and little memory.
// A title row (indicator, term, period, wards, count), a frozen header, one row per case-episode; the anchor
// (room entry, else the scheduled start) is a date cell on the UTC+08:00 clock.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { IndicatorCase, IndicatorCasesResponse, IndicatorItem } from '../../../api/quality';
import type { Locale, LocalText } from '../../../domain/common/field-messages';
import type { Term } from '../../../domain/quality/compute';
import { TERM_LABELS } from '../../../domain/quality/messages';
import type { Edition } from '../../../domain/quality/types';
import { cstDateTime, cstWallClock, editionText, wardsText } from './format';
import { type ExportTextKey, exportText } from './labels';

export type IndicatorCasesInput = {
  /** `counting` (from the indicator list) words the count: persons for a person-based indicator. */
  indicator: { code: string; name: LocalText; edition: Edition; counting?: IndicatorItem['counting'] };
  term: Term;
  /** Absent or empty wards = every ward of the actor's scope. */
  period: { from: string; to: string; wards?: readonly string[] };
  cases: IndicatorCasesResponse;
  generatedAt: Date;
  locale: Locale;
};

type Column = {
  key: ExportTextKey;
  width: number;
  numFmt?: string;
  value: (c: IndicatorCase, locale: Locale) => string | Date | null;
};

export const CASE_COLUMNS: readonly Column[] = [
  { key: 'col.externalId', width: 18, value: (c) => c.externalId },
  { key: 'col.personId', width: 18, value: (c) => c.personId },
  { key: 'col.patientName', width: 12, value: (c) => c.patientName },
  {
    key: 'col.anchorAt',
    width: 18,
    numFmt: 'yyyy-mm-dd hh:mm',
    value: (c) => cstWallClock(c.anchorAt),
  },
  { key: 'col.procedure', width: 40, value: (c) => c.procedure },
  { key: 'col.ward', width: 10, value: (c) => c.wardCode },
  { key: 'col.source.case', width: 12, value: (c, l) => exportText(`source.${c.source}`, l) },
];

/** Row 1 the title, row 2 term · period · wards · count · time, row 3 the header. */
export const CASES_HEADER_ROW = 3;

/** Excel forbids []:*?/\ in a sheet name and allows 31 characters. */
const sheetName = (code: string) => code.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'cases';

function countText(input: IndicatorCasesInput): string {
  const { cases, locale } = input;
  const params = { count: cases.count, rows: cases.items.length };
  return input.indicator.counting === 'person'
    ? exportText('head.countPersons', locale, params)
    : exportText('head.countEpisodes', locale, params);
}

export async function indicatorCasesXlsx(input: IndicatorCasesInput): Promise<Buffer> {
  const { indicator, locale } = input;
  const say = (key: ExportTextKey, params?: Record<string, string | number>) =>
    exportText(key, locale, params);
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  book.creator = 'Periop';
  book.created = input.generatedAt;
  const sheet = book.addWorksheet(sheetName(indicator.code), {
    views: [{ state: 'frozen', ySplit: CASES_HEADER_ROW }],
  });
  sheet.columns = CASE_COLUMNS.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const last = CASE_COLUMNS.length;

  const title = sheet.getRow(1);
  title.getCell(1).value =
    `${indicator.code} ${indicator.name[locale]}（${editionText(indicator.edition, locale)}）${say('cases.title')}`;
  title.font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, last);
  title.commit();
  const info = sheet.getRow(2);
  info.getCell(1).value = [
    say('head.term', { term: TERM_LABELS[input.term][locale] }),
    say('head.period', { from: input.period.from, to: input.period.to }),
    say('head.wards', { wards: wardsText(input.period.wards ?? [], locale) }),
    countText(input),
    say('head.generated', { time: `${cstDateTime(input.generatedAt)} (UTC+08:00)` }),
  ].join('　');
  info.font = { color: { argb: 'FF595959' } };
  info.alignment = { wrapText: true, vertical: 'middle' };
  info.height = 30;
  sheet.mergeCells(2, 1, 2, last);
  info.commit();
  const header = sheet.getRow(CASES_HEADER_ROW);
  header.values = CASE_COLUMNS.map((c) => say(c.key));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  header.commit();

  for (const c of input.cases.items) sheet.addRow(CASE_COLUMNS.map((col) => col.value(c, locale))).commit();
  sheet.autoFilter = {
    from: { row: CASES_HEADER_ROW, column: 1 },
    to: { row: CASES_HEADER_ROW, column: last },
  };
  sheet.commit();
  await book.commit();
  await ended;
  return Buffer.concat(chunks);
}
