// The monthly bed statistics as Excel, in the layout of a hospital's 病床使用情况月报: a title and the period,
// a frozen header, one row per ward per month with the nine NHC figures (china-standards.md §3), a department
// total row (全科合计) after each month and, over several months, the period's totals; a second sheet with the
// pool's balance (各病区占用率极差) month by month, and a third with the definitions. Numbers stay numbers with
// an Excel format (occupancy a fraction shown as a percentage); a figure without a denominator is an empty cell
// with a note saying why, never 0. Headers are Chinese (the report's own words); English ones follow for en-US.
import ExcelJS from 'exceljs';
import type { BedFigures, BedMonthlyResponse, WardBalanceDto } from '../../api/beds-statistics';
import type { Locale } from '../../domain/common/field-messages';

export type BedStatisticsXlsxInput = {
  monthly: BedMonthlyResponse;
  hospital?: string;
  generatedAt: Date;
  locale: Locale;
};

type Label = { zh: string; en: string };
type FigureColumn = { key: keyof BedFigures; label: Label; numFmt: string; width: number };

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
const NOTE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7E6' } };
const COUNT = '#,##0';
const PERCENT = '0.00%';

/** The nine figures in the report's order (china-standards.md §3). */
export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { key: 'openBedDays', label: { zh: '实际开放总床日数', en: 'Open bed-days' }, numFmt: COUNT, width: 12 },
  {
    key: 'averageOpenBeds',
    label: { zh: '平均开放病床数', en: 'Average open beds' },
    numFmt: '#,##0.00',
    width: 11,
  },
  {
    key: 'occupiedBedDays',
    label: { zh: '实际占用总床日数', en: 'Occupied bed-days' },
    numFmt: COUNT,
    width: 12,
  },
  { key: 'occupancy', label: { zh: '病床使用率', en: 'Bed occupancy' }, numFmt: PERCENT, width: 10 },
  { key: 'turnover', label: { zh: '病床周转次数', en: 'Bed turnover' }, numFmt: '0.00', width: 10 },
  {
    key: 'averageBedWorkingDays',
    label: { zh: '平均病床工作日', en: 'Average bed working days' },
    numFmt: '0.00',
    width: 11,
  },
  { key: 'discharges', label: { zh: '出院人数', en: 'Discharges' }, numFmt: COUNT, width: 9 },
  {
    key: 'dischargedBedDays',
    label: { zh: '出院者占用总床日数', en: 'Bed-days of discharged patients' },
    numFmt: COUNT,
    width: 13,
  },
  {
    key: 'averageLengthOfStay',
    label: { zh: '出院者平均住院日', en: 'Average length of stay' },
    numFmt: '0.00',
    width: 12,
  },
];

const LEAD: readonly { label: Label; width: number }[] = [
  { label: { zh: '月份', en: 'Month' }, width: 9 },
  { label: { zh: '病区代码', en: 'Ward code' }, width: 9 },
  { label: { zh: '病区', en: 'Ward' }, width: 16 },
];

const BALANCE_COLUMNS: readonly { label: Label; width: number; numFmt?: string }[] = [
  { label: { zh: '月份', en: 'Month' }, width: 12 },
  { label: { zh: '比较病区数', en: 'Wards compared' }, width: 10, numFmt: COUNT },
  { label: { zh: '占用率最高病区', en: 'Highest ward' }, width: 14 },
  { label: { zh: '最高占用率', en: 'Highest occupancy' }, width: 11, numFmt: PERCENT },
  { label: { zh: '占用率最低病区', en: 'Lowest ward' }, width: 14 },
  { label: { zh: '最低占用率', en: 'Lowest occupancy' }, width: 11, numFmt: PERCENT },
  { label: { zh: '各病区占用率极差', en: 'Spread of ward occupancies' }, width: 14, numFmt: PERCENT },
  { label: { zh: '占用率标准差', en: 'Standard deviation' }, width: 12, numFmt: PERCENT },
  { label: { zh: '全科病床使用率', en: 'Department occupancy' }, width: 12, numFmt: PERCENT },
];

const DEFINITIONS: readonly Label[] = [
  {
    zh: '实际开放总床日数：每日午夜 24 时开放病床数之和；含因消毒、小修暂停使用的病床和加床超过半年的病床，不含因扩建、大修停用的病床和临时加床。',
    en: 'Open bed-days: beds open at each midnight, summed; beds closed for disinfection or minor repair and extra beds in place over six months count, beds closed for extension or major repair and temporary extra beds do not.',
  },
  {
    zh: '实际占用总床日数：每日午夜 24 时实际占用病床数（即在院人数）之和，含临时加床；当日入院当日出院者计 1 床日。',
    en: 'Occupied bed-days: inpatients present at each midnight, temporary extra beds included; admitted and discharged the same day = 1 bed-day.',
  },
  {
    zh: '平均开放病床数 = 实际开放总床日数 ÷ 本期日历日数。',
    en: 'Average open beds = open bed-days ÷ days in the period.',
  },
  {
    zh: '病床使用率 = 实际占用总床日数 ÷ 实际开放总床日数 × 100%。',
    en: 'Bed occupancy = occupied bed-days ÷ open bed-days × 100%.',
  },
  { zh: '病床周转次数 = 出院人数 ÷ 平均开放病床数。', en: 'Bed turnover = discharges ÷ average open beds.' },
  {
    zh: '平均病床工作日 = 实际占用总床日数 ÷ 平均开放病床数。',
    en: 'Average bed working days = occupied bed-days ÷ average open beds.',
  },
  {
    zh: '出院者平均住院日 = 出院者占用总床日数 ÷ 出院人数；住院日 = 出院日期 − 入院日期，当日出院计 1 日。',
    en: 'Average length of stay = bed-days of discharged patients ÷ discharges; a stay = discharge date − admission date, a same-day stay = 1 day.',
  },
  {
    zh: '出院人数计入最后所在病区；转科患者的占用床日计入每晚 24 时所在病区。',
    en: 'A discharge counts to the last ward; a transferred patient’s bed-days count to the ward they are in at each midnight.',
  },
  {
    zh: '各病区占用率极差 = 占用率最高病区 − 占用率最低病区（仅比较有开放床日的病区），用于观察“全科一张床”前后各病区是否均衡。',
    en: 'Spread of ward occupancies = highest − lowest ward occupancy (wards with open bed-days only), to see whether the one bed pool evened the wards out.',
  },
  {
    zh: '空白单元格：分母为 0，指标无法计算。',
    en: 'An empty cell: the denominator is 0, the figure cannot be computed.',
  },
];

const NO_DENOMINATOR: Label = { zh: '分母为 0，无法计算', en: 'The denominator is 0' };

const say = (l: Label, locale: Locale) => (locale === 'en-US' ? l.en : l.zh);
/** The report's Chinese header; for en-US the English beneath it. */
const header = (l: Label, locale: Locale) => (locale === 'en-US' ? `${l.zh}\n${l.en}` : l.zh);

function numberCell(cell: ExcelJS.Cell, value: number | null, numFmt: string, locale: Locale): void {
  cell.numFmt = numFmt;
  cell.value = value;
  if (value === null) {
    cell.note = say(NO_DENOMINATOR, locale);
    cell.fill = NOTE_FILL;
  }
}

function headerRow(sheet: ExcelJS.Worksheet, n: number, labels: readonly Label[], locale: Locale): void {
  const row = sheet.getRow(n);
  row.values = labels.map((l) => header(l, locale));
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.height = locale === 'en-US' ? 44 : 32;
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

function titleRows(
  sheet: ExcelJS.Worksheet,
  title: string,
  input: BedStatisticsXlsxInput,
  width: number,
): void {
  const { monthly, locale } = input;
  const wards =
    monthly.wards.length === 0
      ? say({ zh: '无', en: 'none' }, locale)
      : monthly.wards
          .map((w) => `${w.code} ${locale === 'en-US' ? (w.nameEn ?? w.name) : w.name}`)
          .join('、');
  sheet.getCell(1, 1).value = [input.hospital, title].filter(Boolean).join(' ');
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  const local = new Date(input.generatedAt.getTime() + 8 * 3_600_000)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ');
  sheet.getCell(2, 1).value = [
    `${say({ zh: '统计期间', en: 'Period' }, locale)}：${monthly.from} – ${monthly.to}`,
    `${say({ zh: '病区', en: 'Wards' }, locale)}：${wards}`,
    `${say({ zh: '生成时间', en: 'Generated' }, locale)}：${local} (UTC+08:00)`,
  ].join('　');
  sheet.getCell(2, 1).alignment = { wrapText: true, vertical: 'middle' };
  sheet.getCell(2, 1).font = { color: { argb: 'FF595959' } };
  sheet.getRow(2).height = 30;
  sheet.mergeCells(1, 1, 1, width);
  sheet.mergeCells(2, 1, 2, width);
}

type FiguresRow = BedFigures & { days: number };

function figuresRow(
  sheet: ExcelJS.Worksheet,
  lead: readonly string[],
  f: FiguresRow,
  locale: Locale,
  total: boolean,
): void {
  const row = sheet.addRow([...lead]);
  FIGURE_COLUMNS.forEach((c, i) => {
    numberCell(row.getCell(LEAD.length + i + 1), f[c.key], c.numFmt, locale);
  });
  if (total) {
    row.font = { bold: true };
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.value !== null || cell.note === undefined) cell.fill = TOTAL_FILL;
    });
  }
}

/** Row 1 the title, row 2 period · wards · time, row 3 the header. */
export const HEADER_ROW = 3;

function reportSheet(book: ExcelJS.Workbook, input: BedStatisticsXlsxInput): void {
  const { monthly, locale } = input;
  const width = LEAD.length + FIGURE_COLUMNS.length;
  const sheet = book.addWorksheet(say({ zh: '病床使用情况', en: 'Bed use' }, locale), {
    views: [{ state: 'frozen', xSplit: LEAD.length, ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [...LEAD, ...FIGURE_COLUMNS].map((c) => ({ width: c.width }));
  titleRows(
    sheet,
    say({ zh: '病床使用情况月报', en: 'Monthly bed statistics report' }, locale),
    input,
    width,
  );
  headerRow(sheet, HEADER_ROW, [...LEAD.map((c) => c.label), ...FIGURE_COLUMNS.map((c) => c.label)], locale);
  const wardName = new Map(
    monthly.wards.map((w) => [w.code, locale === 'en-US' ? (w.nameEn ?? w.name) : w.name]),
  );
  const departmentLabel = say({ zh: '全科合计', en: 'Department total' }, locale);
  for (const m of monthly.months) {
    for (const w of m.wards)
      figuresRow(sheet, [m.month, w.ward, wardName.get(w.ward) ?? w.ward], w, locale, false);
    figuresRow(sheet, [m.month, '', departmentLabel], m.department, locale, true);
  }
  if (monthly.months.length > 1) {
    const span = `${monthly.from}–${monthly.to}`;
    for (const w of monthly.total.wards)
      figuresRow(sheet, [span, w.ward, wardName.get(w.ward) ?? w.ward], w, locale, false);
    figuresRow(
      sheet,
      [span, '', say({ zh: '期间全科合计', en: 'Period department total' }, locale)],
      monthly.total.department,
      locale,
      true,
    );
  }
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: width } };
}

function balanceRow(
  sheet: ExcelJS.Worksheet,
  label: string,
  b: WardBalanceDto,
  occupancy: number | null,
  locale: Locale,
) {
  const row = sheet.addRow([label]);
  const cells: [number | string | null, string | undefined][] = [
    [b.wardsCompared, COUNT],
    [b.highest?.ward ?? '', undefined],
    [b.highest?.occupancy ?? null, PERCENT],
    [b.lowest?.ward ?? '', undefined],
    [b.lowest?.occupancy ?? null, PERCENT],
    [b.spread, PERCENT],
    [b.standardDeviation, PERCENT],
    [occupancy, PERCENT],
  ];
  cells.forEach(([value, numFmt], i) => {
    const cell = row.getCell(i + 2);
    if (numFmt === undefined) cell.value = value;
    else if (typeof value === 'string') cell.value = value;
    else numberCell(cell, value, numFmt, locale);
  });
  return row;
}

function balanceSheet(book: ExcelJS.Workbook, input: BedStatisticsXlsxInput): void {
  const { monthly, locale } = input;
  const sheet = book.addWorksheet(say({ zh: '各病区占用率极差', en: 'Balance of wards' }, locale), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  sheet.columns = BALANCE_COLUMNS.map((c) => ({ width: c.width }));
  titleRows(
    sheet,
    say(
      {
        zh: '各病区占用率极差（全科一张床均衡情况）',
        en: 'Spread of ward occupancies (balance of the bed pool)',
      },
      locale,
    ),
    input,
    BALANCE_COLUMNS.length,
  );
  headerRow(
    sheet,
    HEADER_ROW,
    BALANCE_COLUMNS.map((c) => c.label),
    locale,
  );
  for (const m of monthly.months) balanceRow(sheet, m.month, m.balance, m.department.occupancy, locale);
  if (monthly.months.length > 1) {
    const row = balanceRow(
      sheet,
      `${monthly.from}–${monthly.to}`,
      monthly.total.balance,
      monthly.total.department.occupancy,
      locale,
    );
    row.font = { bold: true };
  }
}

function definitionsSheet(book: ExcelJS.Workbook, locale: Locale): void {
  const sheet = book.addWorksheet(say({ zh: '指标说明', en: 'Definitions' }, locale));
  sheet.columns = [{ width: 120 }];
  sheet.getCell(1, 1).value = say(
    { zh: '指标定义（国家卫生健康统计调查制度）', en: 'Definitions (NHC health-statistics survey system)' },
    locale,
  );
  sheet.getCell(1, 1).font = { bold: true };
  for (const d of DEFINITIONS) sheet.addRow([say(d, locale)]).alignment = { wrapText: true, vertical: 'top' };
}

export async function bedStatisticsXlsx(input: BedStatisticsXlsxInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Periop';
  book.created = input.generatedAt;
  book.title = `病床使用情况月报 ${input.monthly.from}–${input.monthly.to}`;
  reportSheet(book, input);
  balanceSheet(book, input);
  definitionsSheet(book, input.locale);
  return Buffer.from(await book.xlsx.writeBuffer());
}
