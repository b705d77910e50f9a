// The day's 手术排班表 as an A4 landscape PDF: one table, a band per operating room, one row per case,
// the header row repeated on every page. Pure: the day in, a pdfmake document definition out.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../../domain/common/field-messages';
import { siteDateTime } from '../platform/pdf';
import { type ScheduleTextKey, scheduleText } from './schedule.labels';
import type { ScheduleDay, ScheduleEntry } from './schedule-rows';

export type ScheduleDocumentInput = {
  day: ScheduleDay;
  printedBy: string;
  printedAt: Date;
  timeZone: string;
  locale: Locale;
};

const COLUMNS: { key: ScheduleTextKey; width: number | '*' }[] = [
  { key: 'col.no', width: 16 },
  { key: 'col.time', width: 40 },
  { key: 'col.patient', width: 58 },
  { key: 'col.sexAge', width: 40 },
  { key: 'col.place', width: 56 },
  { key: 'col.diagnosis', width: '*' },
  { key: 'col.procedure', width: '*' },
  { key: 'col.surgeon', width: 56 },
  { key: 'col.anesthesiologists', width: 48 },
  { key: 'col.method', width: 68 },
  { key: 'col.status', width: 40 },
  { key: 'col.notes', width: 92 },
];

const small = { fontSize: 7, color: '#666666' };

function caseRow(e: ScheduleEntry, n: number, locale: Locale): TableCell[] {
  const say = (key: ScheduleTextKey, params?: Record<string, string | number>) =>
    scheduleText(key, locale, params);
  const line = (main: string, sub: string): TableCell => ({
    stack: [{ text: main }, ...(sub ? [{ text: sub, ...small }] : [])],
  });
  const grey = e.cancelled ? { color: '#888888', decoration: 'lineThrough' as const } : {};
  return [
    { text: String(n), alignment: 'center' },
    {
      stack: [
        { text: e.scheduled, bold: true },
        ...(e.emergency ? [{ text: e.urgency, color: '#cf1322', bold: true, fontSize: 7 }] : []),
        ...(e.inRoom ? [{ text: say('value.inRoom', { time: e.inRoom }), ...small }] : []),
      ],
    },
    { stack: [{ text: e.name, bold: true, ...grey }, ...(e.mrn ? [{ text: e.mrn, ...small }] : [])] },
    { text: [e.sex, e.age].filter(Boolean).join(' / ') },
    line(e.ward || '—', e.bedLabel),
    { text: e.diagnosis },
    line(e.procedure, [e.grade, e.approach].join(' · ')),
    line(e.surgeon, e.assistants),
    { text: e.anesthesiologists || '—' },
    { text: e.method },
    { text: e.status, bold: !e.cancelled },
    { text: e.notes, ...small, color: e.riskFlags.length ? '#ad4e00' : '#666666' },
  ];
}

export function scheduleDocument(input: ScheduleDocumentInput): TDocumentDefinitions {
  const { day, locale } = input;
  const say = (key: ScheduleTextKey, params?: Record<string, string | number>) =>
    scheduleText(key, locale, params);
  const grey = { fontSize: 8, color: '#888888' };
  const header: TableCell[] = COLUMNS.map((c) => ({ text: say(c.key), bold: true, fillColor: '#eeeeee' }));
  const body: TableCell[][] = [header];
  let n = 0;
  for (const room of day.rooms) {
    body.push([
      {
        text: say('schedule.roomCount', { room: room.roomName, n: room.entries.length }),
        colSpan: COLUMNS.length,
        bold: true,
        fillColor: '#f5f5f5',
        margin: [0, 1, 0, 1],
      },
      ...COLUMNS.slice(1).map(() => ''),
    ]);
    for (const e of room.entries) body.push(caseRow(e, ++n, locale));
  }
  const table: Content =
    day.count === 0
      ? { text: say('schedule.empty'), alignment: 'center', margin: [0, 24, 0, 0] }
      : {
          table: { headerRows: 1, dontBreakRows: true, widths: COLUMNS.map((c) => c.width), body },
          layout: {
            hLineWidth: () => 0.5,
            vLineWidth: () => 0.5,
            hLineColor: () => '#bbbbbb',
            vLineColor: () => '#bbbbbb',
            paddingLeft: () => 3,
            paddingRight: () => 3,
            paddingTop: () => 2,
            paddingBottom: () => 2,
          },
        };
  return {
    info: { title: `${say('schedule.title')} ${day.date}` },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [18, 24, 18, 30],
    defaultStyle: { fontSize: 8 },
    footer: (page, pages) => ({
      columns: [
        {
          text: say('schedule.printedBy', {
            name: input.printedBy,
            time: siteDateTime(input.printedAt, input.timeZone),
          }),
          ...grey,
        },
        { text: say('schedule.page', { page, pages }), alignment: 'right', ...grey },
      ],
      margin: [18, 10, 18, 0],
    }),
    content: [
      {
        columns: [
          { text: say('schedule.title'), fontSize: 15, bold: true, width: 'auto' },
          {
            text: `${day.dateLabel}　${say('schedule.count', { n: day.count })}`,
            fontSize: 10,
            margin: [12, 4, 0, 0],
          },
        ],
        margin: [0, 0, 0, 2],
      },
      ...(day.filterText
        ? [
            {
              text: say('schedule.filter', { items: day.filterText }),
              ...grey,
              margin: [0, 0, 0, 2],
            } as Content,
          ]
        : []),
      { text: '', margin: [0, 0, 0, 4] },
      table,
    ],
  };
}
