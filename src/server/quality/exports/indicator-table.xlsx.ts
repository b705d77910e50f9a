// The period's QC indicator table as Excel, in the layout of the national anesthesia QC reporting platform
// (国家麻醉质控上报): a title row (edition, period, wards), a frozen header, one row per indicator — code, name,
// numerator, denominator, value in its unit — then missing, unclassifiable, excluded and the figure with
// unknowns as non-events. Numbers stay numbers; an absent value is an empty cell with a note saying why, never 0.
// A second sheet (说明) holds each indicator's definition and readings and what the columns mean.
import ExcelJS from 'exceljs';
import type { IndicatorItem, IndicatorsResponse } from '../../../api/quality';
import type { Locale } from '../../../domain/common/field-messages';
import { COUNTING_LABELS, UNIT_LABELS } from '../../../domain/quality/messages';
import { cstDateTime, editionText, nullReasonText, valueNumFmt, wardsText } from './format';
import { type ExportTextKey, exportText } from './labels';

export type IndicatorTableInput = {
  indicators: IndicatorsResponse;
  hospital?: string;
  generatedAt: Date;
  locale: Locale;
};

type Cell = ExcelJS.Cell;
type Column = {
  key: ExportTextKey;
  width: number;
  fill: (cell: Cell, item: IndicatorItem, locale: Locale) => void;
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
const NOTE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7E6' } };
const COUNT_FMT = '#,##0';

const count =
  (pick: (i: IndicatorItem) => number | null) =>
  (cell: Cell, item: IndicatorItem): void => {
    cell.value = pick(item);
    cell.numFmt = COUNT_FMT;
  };

/** A value cell: the number in the indicator's unit, or empty with a note (分母为 0 / 未填报). */
function valueCell(
  cell: Cell,
  figure: Pick<IndicatorItem, 'value' | 'numerator' | 'denominator'>,
  item: IndicatorItem,
  locale: Locale,
): void {
  cell.numFmt = valueNumFmt(item.unit, locale);
  const why = nullReasonText(figure, locale);
  if (why === null) {
    cell.value = figure.value;
    return;
  }
  cell.value = null;
  cell.note = why;
  cell.fill = NOTE_FILL;
}

export const TABLE_COLUMNS: readonly Column[] = [
  {
    key: 'col.code',
    width: 14,
    fill: (cell, i) => {
      cell.value = i.code;
    },
  },
  {
    key: 'col.name',
    width: 46,
    fill: (cell, i, locale) => {
      cell.value = i.name[locale];
    },
  },
  { key: 'col.numerator', width: 10, fill: count((i) => i.numerator) },
  { key: 'col.denominator', width: 10, fill: count((i) => i.denominator) },
  { key: 'col.value', width: 16, fill: (cell, i, locale) => valueCell(cell, i, i, locale) },
  { key: 'col.missing', width: 8, fill: count((i) => i.missing) },
  { key: 'col.unclassifiable', width: 10, fill: count((i) => i.unclassifiable) },
  { key: 'col.excluded', width: 8, fill: count((i) => i.excluded) },
  {
    key: 'col.unknownsAsNonEvents',
    width: 16,
    fill: (cell, i, locale) => {
      if (i.unknownsAsNonEvents === null) {
        cell.value = null;
        cell.numFmt = valueNumFmt(i.unit, locale);
      } else valueCell(cell, i.unknownsAsNonEvents, i, locale);
    },
  },
];

/** Row 1 the title, row 2 edition · period · wards · time, row 3 the header. */
export const HEADER_ROW = 3;

function titleRows(sheet: ExcelJS.Worksheet, input: IndicatorTableInput): void {
  const { indicators: r, locale } = input;
  const say = (key: ExportTextKey, params?: Record<string, string | number>) =>
    exportText(key, locale, params);
  const last = TABLE_COLUMNS.length;
  const title = [input.hospital, say('table.title')].filter(Boolean).join(' ');
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = [
    say('head.edition', { edition: editionText(r.edition, locale) }),
    say('head.period', { from: r.from, to: r.to }),
    say('head.wards', { wards: wardsText(r.wards, locale) }),
    say('head.generated', { time: `${cstDateTime(input.generatedAt)} (UTC+08:00)` }),
  ].join('　');
  sheet.getCell(2, 1).font = { color: { argb: 'FF595959' } };
  // A long ward list wraps inside the merged row instead of being cut off.
  sheet.getCell(2, 1).alignment = { wrapText: true, vertical: 'middle' };
  sheet.getRow(2).height = 30;
  sheet.mergeCells(1, 1, 1, last);
  sheet.mergeCells(2, 1, 2, last);
  sheet.getRow(1).height = 22;
}

function indicatorSheet(book: ExcelJS.Workbook, input: IndicatorTableInput): void {
  const { locale } = input;
  const sheet = book.addWorksheet(exportText('table.sheet', locale), {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = TABLE_COLUMNS.map((c) => ({ width: c.width }));
  titleRows(sheet, input);
  const header = sheet.getRow(HEADER_ROW);
  header.values = TABLE_COLUMNS.map((c) => exportText(c.key, locale));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const item of input.indicators.items) {
    const row = sheet.addRow([]);
    TABLE_COLUMNS.forEach((c, n) => {
      c.fill(row.getCell(n + 1), item, locale);
    });
  }
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: TABLE_COLUMNS.length },
  };
}

const NOTES_COLUMNS: { key: ExportTextKey; width: number; value: (i: IndicatorItem, l: Locale) => string }[] =
  [
    { key: 'col.code', width: 14, value: (i) => i.code },
    { key: 'col.name', width: 40, value: (i, l) => i.name[l] },
    { key: 'col.counting', width: 14, value: (i, l) => COUNTING_LABELS[i.counting][l] },
    { key: 'col.unit', width: 16, value: (i, l) => UNIT_LABELS[i.unit][l] },
    { key: 'col.source', width: 90, value: (i) => i.source },
    { key: 'col.readings', width: 22, value: (i, l) => i.readings.join(exportText('list.separator', l)) },
  ];

const LEGEND: readonly ExportTextKey[] = [
  'legend.value',
  'legend.missing',
  'legend.unclassifiable',
  'legend.excluded',
  'legend.unknownsAsNonEvents',
];

function notesSheet(book: ExcelJS.Workbook, input: IndicatorTableInput): void {
  const { locale } = input;
  const sheet = book.addWorksheet(exportText('notes.sheet', locale), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = NOTES_COLUMNS.map((c) => ({ header: exportText(c.key, locale), width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const item of input.indicators.items) {
    const row = sheet.addRow(NOTES_COLUMNS.map((c) => c.value(item, locale)));
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.addRow([]);
  sheet.addRow([exportText('legend.title', locale)]).font = { bold: true };
  for (const key of LEGEND) {
    const row = sheet.addRow([exportText(key, locale)]);
    sheet.mergeCells(row.number, 1, row.number, NOTES_COLUMNS.length);
  }
}

export async function indicatorTableXlsx(input: IndicatorTableInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Periop';
  book.created = input.generatedAt;
  book.title = `${exportText('table.title', input.locale)} ${input.indicators.from}–${input.indicators.to}`;
  indicatorSheet(book, input);
  notesSheet(book, input);
  return Buffer.from(await book.xlsx.writeBuffer());
}
