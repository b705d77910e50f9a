// The indicator table read back with exceljs: the title row names edition, period and wards; the header is the
// reporting platform's; every 2022 indicator is one row in order; counts and values are numbers with the unit in
// the number format; an absent value is an empty cell with a note saying why, never 0; the 说明 sheet holds each
// indicator's definition and readings.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { INDICATORS_2022 } from '../../../domain/quality/indicators-2022';
import { DENOMINATOR_ZERO, indicatorsFixture, NOT_REPORTED } from './exports.fixture';
import { HEADER_ROW, indicatorTableXlsx } from './indicator-table.xlsx';

const generatedAt = new Date('2026-04-01T01:30:00Z');

async function read(locale: 'zh-CN' | 'en-US') {
  const indicators = indicatorsFixture('2022');
  const buffer = await indicatorTableXlsx({ indicators, hospital: '山西省肿瘤医院', generatedAt, locale });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return { book, indicators };
}

const noteText = (cell: ExcelJS.Cell): string => {
  const note = cell.note;
  if (note === undefined) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
};

describe('indicatorTableXlsx', () => {
  it('writes the title, the header and one row per indicator with numeric figures', async () => {
    const { book, indicators } = await read('zh-CN');
    expect(book.worksheets.map((s) => s.name)).toEqual(['质控指标', '说明']);
    const sheet = book.getWorksheet('质控指标')!;
    expect(String(sheet.getCell('A1').value)).toBe('山西省肿瘤医院 麻醉专业医疗质量控制指标');
    const info = String(sheet.getCell('A2').value);
    expect(info).toContain('2022年版（26项）');
    expect(info).toContain('2026-03-01 至 2026-03-31');
    expect(info).toContain('TS1、TS2');
    expect(info).toContain('2026-04-01 09:30');
    expect(sheet.getRow(HEADER_ROW).values).toEqual([
      undefined,
      '指标编号',
      '指标名称',
      '分子',
      '分母',
      '指标值',
      '缺失',
      '无法归类',
      '排除',
      '未知按未发生计',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(30);

    const codes = INDICATORS_2022.map((i) => i.code);
    expect(codes).toHaveLength(26);
    const rows = codes.map((_, n) => sheet.getRow(HEADER_ROW + 1 + n));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(codes);
    expect(sheet.rowCount).toBe(HEADER_ROW + 26);
    for (const [n, item] of indicators.items.entries()) {
      const row = rows[n]!;
      expect(row.getCell(2).value).toBe(item.name['zh-CN']);
      if (item.value === null) continue;
      for (const col of [3, 4, 5, 6, 7, 8]) expect(typeof row.getCell(col).value).toBe('number');
      expect(row.getCell(5).value).toBeCloseTo(item.value, 10);
      expect(row.getCell(6).value).toBe(item.missing);
    }
    const byCode = (code: string) => rows[codes.indexOf(code)]!;
    expect(byCode('AQI-IHT-10').getCell(5).numFmt).toBe('#,##0.00"%"');
    expect(byCode('AQI-IDP-18').getCell(5).numFmt).toBe('#,##0.00"‰"');
    expect(byCode('AQI-IRA-12').getCell(5).numFmt).toBe('#,##0.00"‱"');
    expect(byCode('AQI-ACC-02').getCell(5).value).toBe(115.5);
    const ht = byCode('AQI-IHT-10');
    expect(ht.getCell(9).value).toBeCloseTo((62 / 801) * 100, 10);
    expect(byCode('AQI-PAO-03').getCell(9).value).toBeNull();
  });

  it('leaves an absent value empty with the reason as a note, never 0', async () => {
    const { book } = await read('zh-CN');
    const sheet = book.getWorksheet('质控指标')!;
    const row = (code: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((r) => {
        if (r.getCell(1).value === code) found = r;
      });
      return found!;
    };
    const staffing = row(NOT_REPORTED);
    expect(staffing.getCell(3).value).toBeNull();
    expect(staffing.getCell(4).value).toBeNull();
    expect(staffing.getCell(5).value).toBeNull();
    expect(noteText(staffing.getCell(5))).toBe('未填报');
    expect(staffing.getCell(5).numFmt).toBe('#,##0.00":1"');
    const zero = row(DENOMINATOR_ZERO);
    expect(zero.getCell(3).value).toBe(0);
    expect(zero.getCell(4).value).toBe(0);
    expect(zero.getCell(5).value).toBeNull();
    expect(noteText(zero.getCell(5))).toBe('分母为 0');
  });

  it('explains every indicator on the 说明 sheet', async () => {
    const { book, indicators } = await read('zh-CN');
    const notes = book.getWorksheet('说明')!;
    expect(notes.getRow(1).values).toEqual([
      undefined,
      '指标编号',
      '指标名称',
      '计数单位',
      '单位',
      '定义来源',
      '解读条目',
    ]);
    for (const [n, item] of indicators.items.entries()) {
      const row = notes.getRow(2 + n);
      expect(row.getCell(1).value).toBe(item.code);
      expect(row.getCell(5).value).toBe(item.source);
      expect(row.getCell(6).value).toBe(item.readings.join('、'));
    }
    expect(notes.getRow(2).getCell(4).value).toBe('比值（X:1）');
    const legend: string[] = [];
    notes.eachRow((r) => legend.push(String(r.getCell(1).value)));
    expect(legend.some((t) => t.startsWith('缺失：'))).toBe(true);
  });

  it('speaks English when asked', async () => {
    const { book } = await read('en-US');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Indicators', 'Notes']);
    const sheet = book.getWorksheet('Indicators')!;
    expect(sheet.getRow(HEADER_ROW).getCell(1).value).toBe('Code');
    expect(sheet.getRow(HEADER_ROW + 1).getCell(2).value).toBe('Anesthesiology nurse-to-doctor ratio');
    expect(noteText(sheet.getRow(HEADER_ROW + 1).getCell(5))).toBe('Not reported');
    expect(String(sheet.getCell('A2').value)).toContain('Period: 2026-03-01 to 2026-03-31');
  });
});
