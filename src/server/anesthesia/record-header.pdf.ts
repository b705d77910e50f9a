// The printed record's title and case table (眉栏): patient, MRN, ward and bed, diagnosis and procedure
// with their codes, ASA class, planned and actual anesthesia method, room, team, airway, lines, position,
// temperature monitoring, the date and the times of entry, exit, anesthesia and surgery.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { RecordMessageKey } from '../../domain/anesthesia/messages';
import { recordText } from '../../domain/anesthesia/messages';
import type { Locale } from '../../domain/common/field-messages';
import {
  ANESTHESIA_METHOD_LABELS,
  type AnesthesiaMethod,
  SEX_LABELS,
  type Sex,
} from '../../domain/registry/vocabulary';
import { siteDateTime } from '../platform/pdf';
import type { RecordDocumentInput } from './record.pdf';
import { lineHeight, linesOf, WIDTH } from './record-draw.pdf';

const lang = (locale: Locale) => (locale === 'en-US' ? 'en' : 'zh');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

export const methodLabel = (method: string | null, locale: Locale): string | null =>
  method ? (ANESTHESIA_METHOD_LABELS[method as AnesthesiaMethod]?.[lang(locale)] ?? method) : null;

/** "7 小时 30 分" between two instants, or null when one is missing. */
function duration(from: Date | null, to: Date | null, say: Say): string | null {
  if (!from || !to || to < from) return null;
  const minutes = Math.round((to.getTime() - from.getTime()) / 60_000);
  return say('record.case.duration', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

type Say = (key: RecordMessageKey, params?: Record<string, string | number>) => string;

function headerRows(input: RecordDocumentInput): TableCell[][] {
  const { patient: p, caseInfo: c, record: r, timeZone: tz, locale } = input;
  const say: Say = (key, params) => recordText(key, locale, params);
  const day = siteDateTime(c.inRoomAt ?? c.scheduledStart, tz).slice(0, 10);
  // A time on the case's day prints as HH:mm; one on another day (past midnight) with its date.
  const at = (d: Date | null) => {
    if (!d) return '—';
    const full = siteDateTime(d, tz);
    return full.startsWith(day) ? full.slice(11) : full.slice(5);
  };
  const span = (from: Date | null, to: Date | null) => {
    if (!from) return '—';
    if (!to) return `${at(from)}–${say('record.case.ongoing')}`;
    const length = duration(from, to, say);
    return `${at(from)}–${to ? at(to) : ''}${length ? say('record.case.durationOf', { duration: length }) : ''}`;
  };
  const key = (text: string): TableCell => ({ text, color: '#434343', fillColor: '#f5f5f5' });
  const wide = (text: string, n: number): TableCell[] => [
    { text, colSpan: n },
    ...Array.from({ length: n - 1 }, () => ''),
  ];
  const coded = (text: string, code: string) => (code ? `${text}（${code}）` : text);
  const ward = [p.ward, p.bed ? say('record.case.bed', { bed: p.bed }) : null].filter(Boolean).join(' / ');
  const asa = input.asa
    ? say(input.asa.emergency ? 'record.case.asaEmergency' : 'record.case.asaValue', {
        asa: ROMAN[input.asa.asaClass - 1] ?? String(input.asa.asaClass),
      })
    : say('record.case.asaMissing');
  const sex = SEX_LABELS[p.sex as Sex]?.[lang(locale)] ?? p.sex;
  const team = `${c.surgeon}${c.assistants.length ? say('record.case.assistants', { names: c.assistants.join(say('record.list.separator')) }) : ''}`;
  const tempMode = say(
    r.tempMode === 'continuous' ? 'record.case.tempMode.continuous' : 'record.case.tempMode.intermittent',
  );
  return [
    [
      key(say('record.case.name')),
      { text: p.name, bold: true },
      key(say('record.case.sexAge')),
      p.age === null ? say('record.case.ageUnknown', { sex }) : say('record.case.age', { sex, age: p.age }),
      key(say('record.case.mrn')),
      p.mrn,
      key(say('record.case.wardBed')),
      ward || '—',
    ],
    [
      key(say('record.case.diagnosis')),
      ...wide(coded(c.diagnosisText, c.diagnosisCode), 5),
      key(say('record.case.asa')),
      asa,
    ],
    [
      key(say('record.case.procedure')),
      ...wide(coded(c.procedureText, c.procedureCode), 5),
      key(say('record.case.room')),
      c.orRoom,
    ],
    [
      key(say('record.case.plannedMethod')),
      ...wide(methodLabel(c.plannedAnesthesia, locale) ?? '—', 3),
      key(say('record.case.method')),
      ...wide(methodLabel(r.method, locale) ?? say('record.case.methodMissing'), 3),
    ],
    [
      key(say('record.case.surgeon')),
      ...wide(team, 3),
      key(say('record.case.anesthesiologists')),
      ...wide(c.anesthesiologists.join(say('record.list.separator')) || '—', 3),
    ],
    [
      key(say('record.case.airway')),
      ...wide(r.details.airway || '—', 3),
      key(say('record.case.lines')),
      ...wide(r.details.lines || '—', 3),
    ],
    [
      key(say('record.case.position')),
      r.details.position || '—',
      key(say('record.case.temperature')),
      `${tempMode} / ${say(r.details.activeWarming ? 'record.case.warming' : 'record.case.noWarming')}`,
      key(say('record.case.date')),
      day,
      key(say('record.case.scheduled')),
      at(c.scheduledStart),
    ],
    [
      key(say('record.case.inRoom')),
      at(c.inRoomAt),
      key(say('record.case.outOfRoom')),
      c.outOfRoomAt ? at(c.outOfRoomAt) : say('record.case.stillInRoom'),
      key(say('record.case.anesthesiaTime')),
      span(c.anesthesiaStartAt, c.anesthesiaEndAt),
      key(say('record.case.surgeryTime')),
      span(c.surgeryStartAt, c.surgeryEndAt),
    ],
  ];
}

const TITLE_SIZE = 15;
const SIZE = 7.2;
const PAD_Y = 1.2;
const PAD_X = 2.5;
const FIXED = [38, 72, 40, 62, 44, 0, 44, 0];
const STAR = (WIDTH - FIXED.reduce((a, b) => a + b, 0)) / 2;
const WIDTHS = FIXED.map((w) => w || STAR);

const cellText = (c: TableCell): string =>
  typeof c === 'string' ? c : typeof c === 'object' && c && 'text' in c ? String(c.text) : '';

/** About how tall the title and case table are, so that the first grid fits under them. */
export function headerHeight(input: RecordDocumentInput): number {
  let h = lineHeight(TITLE_SIZE) + 5 + 5;
  for (const row of headerRows(input)) {
    let lines = 1;
    let col = 0;
    for (const cell of row) {
      const span = typeof cell === 'object' && cell && 'colSpan' in cell ? (cell.colSpan ?? 1) : 1;
      if (cell !== '' || span > 1) {
        const w = WIDTHS.slice(col, col + span).reduce((a, b) => a + b, 0) - 2 * PAD_X;
        lines = Math.max(lines, linesOf(cellText(cell), SIZE, w));
      }
      col += cell === '' && span === 1 ? 1 : span;
    }
    h += lines * lineHeight(SIZE) + 2 * PAD_Y + 0.5;
  }
  return h;
}

export function caseHeader(input: RecordDocumentInput): Content[] {
  const say = (key: RecordMessageKey) => recordText(key, input.locale);
  return [
    {
      text: say('record.title'),
      fontSize: TITLE_SIZE,
      bold: true,
      alignment: 'center',
      margin: [0, 0, 0, 5],
    },
    {
      // Copies: pdfmake rewrites the arrays it is given, and headerHeight reads these for every document.
      table: { widths: [...WIDTHS], body: headerRows(input) },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => '#8c8c8c',
        vLineColor: () => '#8c8c8c',
        paddingTop: () => PAD_Y,
        paddingBottom: () => PAD_Y,
        paddingLeft: () => PAD_X,
        paddingRight: () => PAD_X,
      },
      fontSize: SIZE,
      margin: [0, 0, 0, 5],
    },
  ];
}
