// The day's 手术排班表 as an Excel workbook: one sheet named by the date, a frozen header row with
// auto-filter, one flat row per case (the room a column, so Excel can sort and filter), set widths.
import ExcelJS from 'exceljs';
import type { Locale } from '../../domain/common/field-messages';
import { type ScheduleTextKey, scheduleText } from './schedule.labels';
import type { ScheduleDay, ScheduleEntry } from './schedule-rows';

type Column = {
  key: ScheduleTextKey;
  width: number;
  value: (e: ScheduleEntry, n: number) => string | number;
};

const COLUMNS: Column[] = [
  { key: 'col.no', width: 6, value: (_, n) => n },
  { key: 'col.room', width: 12, value: (e) => e.roomName },
  { key: 'col.scheduled', width: 10, value: (e) => e.scheduled },
  { key: 'col.inRoom', width: 10, value: (e) => e.inRoom ?? '' },
  { key: 'col.outOfRoom', width: 10, value: (e) => e.outOfRoom ?? '' },
  { key: 'col.urgency', width: 8, value: (e) => e.urgency },
  { key: 'col.name', width: 10, value: (e) => e.name },
  { key: 'col.mrn', width: 14, value: (e) => e.mrn },
  { key: 'col.sex', width: 6, value: (e) => e.sex },
  { key: 'col.age', width: 6, value: (e) => e.ageYears ?? '' },
  { key: 'col.ward', width: 14, value: (e) => e.ward },
  { key: 'col.bed', width: 7, value: (e) => e.bed },
  { key: 'col.diagnosis', width: 28, value: (e) => e.diagnosis },
  { key: 'col.procedure', width: 32, value: (e) => e.procedure },
  { key: 'col.grade', width: 9, value: (e) => e.grade },
  { key: 'col.approach', width: 12, value: (e) => e.approach },
  { key: 'col.surgeon', width: 10, value: (e) => e.surgeon },
  { key: 'col.assistants', width: 16, value: (e) => e.assistants },
  { key: 'col.anesthesiologists', width: 16, value: (e) => e.anesthesiologists },
  { key: 'col.method', width: 18, value: (e) => e.method },
  { key: 'col.status', width: 10, value: (e) => e.status },
  { key: 'col.notes', width: 36, value: (e) => e.notes },
];

export async function scheduleWorkbook(day: ScheduleDay, locale: Locale, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Periop';
  workbook.created = createdAt;
  workbook.title = scheduleText('schedule.sheet', locale, { date: day.date });
  const sheet = workbook.addWorksheet(day.date, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: scheduleText(c.key, locale), width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });
  let n = 0;
  for (const room of day.rooms)
    for (const e of room.entries) {
      n += 1;
      const row = sheet.addRow(COLUMNS.map((c) => c.value(e, n)));
      if (e.emergency)
        row.getCell(COLUMNS.findIndex((c) => c.key === 'col.urgency') + 1).font = { bold: true };
      if (e.cancelled) row.font = { color: { argb: 'FF888888' }, strike: true };
    }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
