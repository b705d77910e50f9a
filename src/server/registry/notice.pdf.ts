// The 手术通知单 of one case: who, where the patient lies, what is done, when and where, by whom, under
// which anesthesia, and what the theatre must know beforehand. A5 portrait by default, A4 on request.
// Pure: the case's entry in, a pdfmake document definition out.
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../../domain/common/field-messages';
import { siteDateTime } from '../platform/pdf';
import { type ScheduleTextKey, scheduleText } from './schedule.labels';
import type { ScheduleEntry } from './schedule-rows';

export type NoticeDocumentInput = {
  entry: ScheduleEntry;
  /** The scheduled start, site-local "YYYY-MM-DD HH:mm". */
  scheduledAt: string;
  /** Its place in the room's order of the day (第几台), or null for a cancelled case. */
  sequence: number | null;
  size: 'A5' | 'A4';
  printedBy: string;
  printedAt: Date;
  timeZone: string;
  locale: Locale;
};

/** What the theatre must know before the case, one line each; "无" when nothing. */
function notesOf(input: NoticeDocumentInput): string[] {
  const { entry: e, locale } = input;
  const notes = [
    e.emergency ? scheduleText('notice.emergency', locale) : '',
    e.notes,
    e.visitSigned || e.cancelled ? '' : scheduleText('notice.visitPending', locale),
  ].filter(Boolean);
  return notes.length ? notes : [scheduleText('value.none', locale)];
}

export function noticeDocument(input: NoticeDocumentInput): TDocumentDefinitions {
  const { entry: e, locale } = input;
  const say = (key: ScheduleTextKey, params?: Record<string, string | number>) =>
    scheduleText(key, locale, params);
  const a4 = input.size === 'A4';
  const labelCell = (key: ScheduleTextKey): TableCell => ({ text: say(key), color: '#555555', bold: true });
  const wide = (key: ScheduleTextKey, value: string | Record<string, unknown>): TableCell[] => [
    labelCell(key),
    { ...(typeof value === 'string' ? { text: value || '—' } : value), colSpan: 3 } as TableCell,
    '',
    '',
  ];
  const pair = (k1: ScheduleTextKey, v1: string, k2: ScheduleTextKey, v2: string): TableCell[] => [
    labelCell(k1),
    v1 || '—',
    labelCell(k2),
    v2 || '—',
  ];
  const grey = { fontSize: a4 ? 9 : 7, color: '#888888' };
  const margin = a4 ? 48 : 30;
  return {
    info: { title: `${say('notice.title')} ${e.name} ${e.mrn}`.trim() },
    pageSize: input.size,
    pageOrientation: 'portrait',
    pageMargins: [margin, margin, margin, margin],
    defaultStyle: { fontSize: a4 ? 12 : 9.5, lineHeight: 1.2 },
    footer: () => ({
      text: say('schedule.printedBy', {
        name: input.printedBy,
        time: siteDateTime(input.printedAt, input.timeZone),
      }),
      alignment: 'right',
      ...grey,
      margin: [margin, 0, margin, 0],
    }),
    content: [
      {
        text: say('notice.title'),
        fontSize: a4 ? 20 : 15,
        bold: true,
        alignment: 'center',
        margin: [0, 0, 0, a4 ? 14 : 8],
      },
      {
        table: {
          widths: ['19%', '31%', '21%', '29%'],
          body: [
            pair('col.name', e.name, 'col.sexAge', [e.sex, e.age].filter(Boolean).join(' / ')),
            pair('col.mrn', e.mrn, 'col.place', [e.ward, e.bedLabel].filter(Boolean).join(' ')),
            wide('col.diagnosis', e.diagnosis),
            wide('col.procedure', { text: e.procedure, bold: true }),
            pair('col.grade', e.grade, 'col.approach', e.approach),
            pair(
              'col.urgency',
              e.urgency,
              'col.room',
              input.sequence ? say('notice.sequence', { room: e.roomName, n: input.sequence }) : e.roomName,
            ),
            wide('notice.scheduledStart', { text: input.scheduledAt, bold: true }),
            pair('col.surgeon', e.surgeon, 'col.assistants', e.assistants),
            pair('col.anesthesiologists', e.anesthesiologists, 'notice.plannedMethod', e.method),
            wide('col.status', e.status),
            wide('notice.notes', {
              stack: notesOf(input).map((text) => ({ text })),
              color: e.emergency || e.riskFlags.length ? '#ad1f00' : undefined,
            }),
          ],
        },
        layout: {
          hLineWidth: () => 0.6,
          vLineWidth: () => 0.6,
          hLineColor: () => '#999999',
          vLineColor: () => '#999999',
          paddingTop: () => (a4 ? 6 : 4),
          paddingBottom: () => (a4 ? 6 : 4),
        },
      },
      { text: say('notice.signatures'), margin: [0, a4 ? 28 : 16, 0, 0] },
    ],
  };
}
