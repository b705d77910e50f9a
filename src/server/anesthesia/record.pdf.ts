// The printed anesthesia record (麻醉记录单), A4 in the customary layout: the title and case table
// (record-header.pdf.ts), the grid pages (record-grid.pdf.ts), then the summary (record-summary.pdf.ts):
// drugs, fluids, events, alerts and exposure, checklist and signature. Every word comes from the
// anesthesia messages (domain/anesthesia/messages.ts) in the reader's language.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordEntries, RecordView } from '../../db/anesthesia/record.repo';
import type { CaseWithPatient } from '../../db/registry/case.repo';
import type { ReadingSeries } from '../../domain/anesthesia/downsample';
import type { ALERT_LABELS, RecordMessageKey } from '../../domain/anesthesia/messages';
import { recordText } from '../../domain/anesthesia/messages';
import { eventDef } from '../../domain/anesthesia/record-vocabulary';
import type { Locale } from '../../domain/common/field-messages';
import { siteDateTime } from '../platform/pdf';
import type { Derived } from './derivation';
import { antibioticTiming, balanceOf, drugName, totalsOf, vitalsDerived } from './dto';
import type { PrintedCorrection, RecordPrintContext } from './record-context.pdf';
import { MARGIN } from './record-draw.pdf';
import { gridPages } from './record-grid.pdf';
import { caseHeader } from './record-header.pdf';
import { summary } from './record-summary.pdf';

export type RecordDocumentInput = {
  patient: {
    name: string;
    mrn: string;
    sex: string;
    age: number | null;
    ward: string | null;
    bed: string | null;
  };
  caseInfo: {
    diagnosisCode: string;
    diagnosisText: string;
    procedureCode: string;
    procedureText: string;
    plannedAnesthesia: string;
    orRoom: string;
    surgeon: string;
    assistants: string[];
    anesthesiologists: string[];
    scheduledStart: Date;
    inRoomAt: Date | null;
    anesthesiaStartAt: Date | null;
    surgeryStartAt: Date | null;
    surgeryEndAt: Date | null;
    anesthesiaEndAt: Date | null;
    outOfRoomAt: Date | null;
  };
  /** From the pre-anesthesia visit; null before it is recorded. */
  asa: { asaClass: number; emergency: boolean } | null;
  record: {
    method: string | null;
    details: { airway?: string; lines?: string; position?: string; activeWarming?: boolean };
    tempMode: string;
    status: string;
    revision: number;
    signedAt: Date | null;
    signerName: string;
    amendmentReason: string | null;
  };
  readings: ReadingSeries[];
  /** The entries that stand; `id` and `code` name them for the corrections section. */
  events: {
    id?: string;
    code?: string;
    label: string;
    at: Date;
    text: string | null;
    overrideReason: string | null;
  }[];
  drugs: {
    id?: string;
    drug: string;
    name: string;
    kind: string;
    dose: number | null;
    rate: number | null;
    unit: string;
    startAt: Date;
    endAt: Date | null;
  }[];
  totals: { drug: string; name: string; total: number; unit: string }[];
  fluids: { id?: string; kind: string; direction: string; volumeMl: number; at: Date }[];
  balance: { inMl: number; outMl: number; balanceMl: number };
  checklist: { phase: string; item: string; answer: string }[];
  alerts: { kind: keyof typeof ALERT_LABELS; start: Date; end: Date; extreme: number }[];
  exposure: { source: string; threshold: number; minutesBelow: number; aut: number; twa: number } | null;
  antibiotics: { name: string; minutesFromIncision: number | null }[];
  /** The corrections made before signing (更正记录); the entries above are the ones that stand. */
  corrections: PrintedCorrection[];
  locale: Locale;
  timeZone: string;
  printedAt: Date;
};

/** The document's input from the stored rows, in the reader's language; derived values at `until`. */
export function documentInput(o: {
  c: CaseWithPatient;
  age: number | null;
  record: RecordView & { signerName: string };
  entries: RecordEntries;
  readings: ReadingSeries[];
  derived: Derived;
  until: number;
  locale: Locale;
  timeZone: string;
  printedAt: Date;
  /** Ward, bed, ASA class and corrections (record-context.pdf.ts); printed as "—" and none without it. */
  context?: RecordPrintContext;
}): RecordDocumentInput {
  const { c, entries, locale } = o;
  const { alerts, exposure } = vitalsDerived(o.derived, o.record.tempMode, o.until);
  return {
    patient: {
      name: c.patientName,
      mrn: c.patientMrn,
      sex: c.patientSex,
      age: o.age,
      ward: o.context?.ward ?? null,
      bed: o.context?.bed ?? null,
    },
    caseInfo: c,
    asa: o.context?.asa ?? null,
    record: o.record,
    readings: o.readings,
    // A custom event is printed as what was written ("单肺通气开始"), not as "其他事件".
    events: entries.events.map((e) => ({
      id: e.id,
      code: e.code,
      label: e.code === 'custom' && e.text ? e.text : (eventDef(e.code)?.label[locale] ?? e.code),
      at: e.at,
      text: e.code === 'custom' ? null : e.text,
      overrideReason: e.overrideReason,
    })),
    drugs: entries.drugs.map((d) => ({ ...d, name: drugName(d.drug, locale) })),
    totals: totalsOf(entries, o.until, locale),
    fluids: entries.fluids,
    balance: balanceOf(entries),
    checklist: entries.checklist,
    alerts: alerts.map((a) => ({ ...a, start: new Date(a.start), end: new Date(a.end) })),
    exposure,
    antibiotics: antibioticTiming(entries, locale),
    corrections: o.context?.corrections ?? [],
    locale,
    timeZone: o.timeZone,
    printedAt: o.printedAt,
  };
}

export function recordDocument(input: RecordDocumentInput): TDocumentDefinitions {
  const { patient: p, caseInfo: c, timeZone: tz, locale } = input;
  const say = (key: RecordMessageKey, params?: Record<string, string | number>) =>
    recordText(key, locale, params);
  const grids = gridPages(input);
  return {
    info: { title: say('record.pdf.info', { name: p.name, mrn: p.mrn }) },
    // A copy: pdfmake rewrites the array it is given, and the grid reads MARGIN for every document.
    pageMargins: [...MARGIN],
    header: (page, pageCount) => ({
      columns: [
        {
          width: '*',
          text: say('record.pdf.header', {
            name: p.name,
            mrn: p.mrn,
            ward: [p.ward, p.bed ? say('record.case.bed', { bed: p.bed }) : ''].filter(Boolean).join(' '),
            room: c.orRoom,
            date: siteDateTime(c.inRoomAt ?? c.scheduledStart, tz).slice(0, 10),
          }),
          fontSize: 7,
          color: '#595959',
        },
        {
          width: 'auto',
          text: say('record.pdf.page', { page, pages: pageCount }),
          alignment: 'right',
          fontSize: 7,
          color: '#595959',
        },
      ],
      margin: [MARGIN[0], 18, MARGIN[2], 0],
    }),
    footer: (page, pageCount) => ({
      columns: [
        {
          text: say('record.pdf.printed', { at: siteDateTime(input.printedAt, tz) }),
          fontSize: 7,
          color: '#888888',
        },
        {
          width: 'auto',
          text: say('record.pdf.page', { page, pages: pageCount }),
          alignment: 'right',
          fontSize: 7,
          color: '#888888',
        },
      ],
      margin: [MARGIN[0], 12, MARGIN[2], 0],
    }),
    content: [
      ...caseHeader(input),
      ...(grids.length
        ? grids
        : [{ text: say('record.pdf.empty'), fontSize: 8, margin: [0, 4, 0, 8] } as Content]),
      ...summary(input),
    ],
  };
}
