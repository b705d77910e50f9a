// The printed anesthesia record, A4 in the customary layout: the case table, the grid pages
// (record-grid.pdf.ts), then the drugs, fluids, events, alerts and exposure, checklist and signature.
// Every word comes from the anesthesia messages (domain/anesthesia/messages.ts) in the reader's language.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RecordEntries, RecordView } from '../../db/anesthesia/record.repo';
import type { CaseWithPatient } from '../../db/registry/case.repo';
import type { ReadingSeries } from '../../domain/anesthesia/downsample';
import { ALERT_LABELS, type RecordMessageKey, recordText } from '../../domain/anesthesia/messages';
import {
  CHECKLIST,
  CHECKLIST_PHASES,
  eventDef,
  FLUID_LABELS,
} from '../../domain/anesthesia/record-vocabulary';
import { formatAlertExtreme } from '../../domain/anesthesia/vital-format';
import type { Locale } from '../../domain/common/field-messages';
import {
  ANESTHESIA_METHOD_LABELS,
  type AnesthesiaMethod,
  SEX_LABELS,
  type Sex,
} from '../../domain/registry/vocabulary';
import { siteDateTime } from '../platform/pdf';
import type { Derived } from './derivation';
import { antibioticTiming, balanceOf, drugName, totalsOf, vitalsDerived } from './dto';
import { circled, gridPages, MARGIN } from './record-grid.pdf';

export type RecordDocumentInput = {
  patient: { name: string; mrn: string; sex: string; age: number };
  caseInfo: {
    diagnosisText: string;
    procedureText: string;
    orRoom: string;
    surgeon: string;
    anesthesiologists: string[];
    scheduledStart: Date;
    inRoomAt: Date | null;
    outOfRoomAt: Date | null;
  };
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
  events: { label: string; at: Date; text: string | null; overrideReason: string | null }[];
  drugs: {
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
  fluids: { kind: string; direction: string; volumeMl: number; at: Date }[];
  balance: { inMl: number; outMl: number; balanceMl: number };
  checklist: { phase: string; item: string; answer: string }[];
  alerts: { kind: keyof typeof ALERT_LABELS; start: Date; end: Date; extreme: number }[];
  exposure: { source: string; threshold: number; minutesBelow: number; aut: number; twa: number } | null;
  antibiotics: { name: string; minutesFromIncision: number | null }[];
  locale: Locale;
  timeZone: string;
  printedAt: Date;
};

/** The document's input from the stored rows, in the reader's language; derived values at `until`. */
export function documentInput(o: {
  c: CaseWithPatient;
  age: number;
  record: RecordView & { signerName: string };
  entries: RecordEntries;
  readings: ReadingSeries[];
  derived: Derived;
  until: number;
  locale: Locale;
  timeZone: string;
  printedAt: Date;
}): RecordDocumentInput {
  const { c, entries, locale } = o;
  const { alerts, exposure } = vitalsDerived(o.derived, o.record.tempMode, o.until);
  return {
    patient: { name: c.patientName, mrn: c.patientMrn, sex: c.patientSex, age: o.age },
    caseInfo: c,
    record: o.record,
    readings: o.readings,
    events: entries.events.map((e) => ({
      label: eventDef(e.code)?.label[locale] ?? e.code,
      at: e.at,
      text: e.text,
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
    locale,
    timeZone: o.timeZone,
    printedAt: o.printedAt,
  };
}

const lang = (locale: Locale) => (locale === 'en-US' ? 'en' : 'zh');

function caseTable(input: RecordDocumentInput): Content {
  const { patient: p, caseInfo: c, record: r, timeZone: tz, locale } = input;
  const say = (key: RecordMessageKey, params?: Record<string, string | number>) =>
    recordText(key, locale, params);
  const tempMode = say(
    r.tempMode === 'continuous' ? 'record.case.tempMode.continuous' : 'record.case.tempMode.intermittent',
  );
  return {
    table: {
      widths: ['10%', '23%', '10%', '23%', '12%', '22%'],
      body: [
        [
          say('record.case.name'),
          p.name,
          say('record.case.sexAge'),
          say('record.case.age', { sex: SEX_LABELS[p.sex as Sex]?.[lang(locale)] ?? p.sex, age: p.age }),
          say('record.case.mrn'),
          p.mrn,
        ],
        [
          say('record.case.diagnosis'),
          { text: c.diagnosisText, colSpan: 3 },
          '',
          '',
          say('record.case.room'),
          c.orRoom,
        ],
        [
          say('record.case.procedure'),
          { text: c.procedureText, colSpan: 3 },
          '',
          '',
          say('record.case.surgeon'),
          c.surgeon,
        ],
        [
          say('record.case.method'),
          {
            text: r.method
              ? (ANESTHESIA_METHOD_LABELS[r.method as AnesthesiaMethod]?.[lang(locale)] ?? r.method)
              : say('record.case.methodMissing'),
            colSpan: 3,
          },
          '',
          '',
          say('record.case.anesthesiologists'),
          c.anesthesiologists.join(say('record.list.separator')) || '—',
        ],
        [
          say('record.case.airway'),
          { text: r.details.airway || '—', colSpan: 3 },
          '',
          '',
          say('record.case.position'),
          r.details.position || '—',
        ],
        [
          say('record.case.lines'),
          { text: r.details.lines || '—', colSpan: 3 },
          '',
          '',
          say('record.case.temperature'),
          `${tempMode} / ${say(r.details.activeWarming ? 'record.case.warming' : 'record.case.noWarming')}`,
        ],
        [
          say('record.case.inRoom'),
          siteDateTime(c.inRoomAt, tz),
          say('record.case.outOfRoom'),
          siteDateTime(c.outOfRoomAt, tz),
          say('record.case.scheduled'),
          siteDateTime(c.scheduledStart, tz),
        ],
      ],
    },
    fontSize: 7.5,
    margin: [0, 0, 0, 6],
  };
}

function details(input: RecordDocumentInput): Content[] {
  const { record: r, timeZone: tz, locale } = input;
  const say = (key: RecordMessageKey, params?: Record<string, string | number>) =>
    recordText(key, locale, params);
  const end = say('record.list.end');
  const hm = (d: Date) => siteDateTime(d, tz).slice(11);
  const checklistLine = (phase: (typeof CHECKLIST_PHASES)[number]) => {
    const answers = input.checklist.filter((a) => a.phase === phase);
    const done = CHECKLIST[phase].items.every((i) => answers.some((a) => a.item === i.code));
    const noes = answers
      .filter((a) => a.answer === 'no')
      .map((a) => CHECKLIST[phase].items.find((i) => i.code === a.item)?.label[locale] ?? a.item);
    return [
      CHECKLIST[phase].label[locale],
      say(done ? 'record.checklist.done' : 'record.checklist.open'),
      noes.length ? say('record.checklist.noes', { items: noes.join(say('record.list.separator')) }) : '',
    ];
  };
  const heading = (text: string): Content => ({ text, fontSize: 9, bold: true, margin: [0, 6, 0, 2] });
  const exposure = input.exposure;
  return [
    heading(say('record.drugs')),
    input.drugs.length
      ? {
          table: {
            headerRows: 1,
            widths: ['15%', '35%', '50%'],
            body: [
              [say('record.drugs.time'), say('record.drugs.drug'), say('record.drugs.amount')],
              ...input.drugs.map((d) => [
                hm(d.startAt),
                d.name,
                d.kind === 'bolus'
                  ? `${d.dose} ${d.unit}`
                  : `${d.rate} ${d.unit}${d.endAt ? say('record.drugs.until', { at: hm(d.endAt) }) : say('record.drugs.running')}`,
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
          fontSize: 8,
        }
      : { text: say('record.none'), fontSize: 8 },
    ...(input.totals.length
      ? [
          {
            text: say('record.drugs.totals', {
              totals: input.totals.map((t) => `${t.name} ${t.total} ${t.unit}`).join(end),
            }),
            fontSize: 8,
            margin: [0, 2, 0, 0],
          } as Content,
        ]
      : []),
    heading(say('record.fluids')),
    {
      text: [
        ...input.fluids.map(
          (f) =>
            `${hm(f.at)} ${FLUID_LABELS[f.kind as keyof typeof FLUID_LABELS]?.[locale] ?? f.kind} ${f.direction === 'in' ? '+' : '−'}${f.volumeMl} ml${end}`,
        ),
        `${input.fluids.length ? '\n' : ''}${say('record.fluids.balance', {
          in: input.balance.inMl,
          out: input.balance.outMl,
          balance: input.balance.balanceMl,
        })}`,
      ],
      fontSize: 8,
    },
    heading(say('record.events')),
    {
      text: input.events.length
        ? [...input.events]
            .sort((a, b) => a.at.getTime() - b.at.getTime())
            .map(
              (e, i) =>
                `${circled(i + 1)} ${hm(e.at)} ${e.label}${e.text ? say('record.events.text', { text: e.text }) : ''}${e.overrideReason ? say('record.events.override', { reason: e.overrideReason }) : ''}`,
            )
            .join(end)
        : say('record.none'),
      fontSize: 8,
    },
    ...(exposure
      ? [
          {
            text: say('record.exposure', {
              threshold: exposure.threshold,
              minutes: exposure.minutesBelow.toFixed(1),
              aut: exposure.aut.toFixed(1),
              twa: exposure.twa.toFixed(2),
              source: say(
                exposure.source === 'invasive' ? 'record.exposure.invasive' : 'record.exposure.cuff',
              ),
            }),
            fontSize: 8,
            margin: [0, 6, 0, 0],
          } as Content,
        ]
      : []),
    ...(input.alerts.length
      ? [
          heading(say('record.alerts')),
          {
            text: input.alerts
              .map(
                (a) =>
                  `${ALERT_LABELS[a.kind]?.[locale] ?? a.kind} ${hm(a.start)}–${hm(a.end)}${say('record.alerts.extreme', { extreme: formatAlertExtreme(a.kind, a.extreme) })}`,
              )
              .join(end),
            fontSize: 8,
          } as Content,
        ]
      : []),
    heading(say('record.checklist')),
    {
      table: { widths: ['35%', '15%', '50%'], body: CHECKLIST_PHASES.map(checklistLine) },
      layout: 'lightHorizontalLines',
      fontSize: 8,
    },
    {
      table: {
        widths: ['15%', '35%', '15%', '35%'],
        heights: [18, 12],
        body: [
          [
            say('record.sign.signer'),
            r.status === 'signed' ? r.signerName : say('record.sign.unsigned'),
            say('record.sign.at'),
            siteDateTime(r.signedAt, tz),
          ],
          [
            say('record.sign.version'),
            `${say('record.sign.revision', { revision: r.revision })}${r.amendmentReason ? say('record.sign.amended', { reason: r.amendmentReason }) : ''}`,
            say('record.sign.printed'),
            siteDateTime(input.printedAt, tz),
          ],
        ],
      },
      fontSize: 8,
      margin: [0, 10, 0, 0],
      unbreakable: true,
    },
  ];
}

export function recordDocument(input: RecordDocumentInput): TDocumentDefinitions {
  const { patient: p, caseInfo: c, timeZone: tz, locale } = input;
  const say = (key: RecordMessageKey, params?: Record<string, string | number>) =>
    recordText(key, locale, params);
  const grids = gridPages(input);
  return {
    info: { title: say('record.pdf.info', { name: p.name, mrn: p.mrn }) },
    pageMargins: MARGIN,
    header: (page, pageCount) => ({
      columns: [
        {
          text: say('record.pdf.header', {
            name: p.name,
            mrn: p.mrn,
            room: c.orRoom,
            date: siteDateTime(c.inRoomAt ?? c.scheduledStart, tz).slice(0, 10),
          }),
          fontSize: 7,
          color: '#595959',
        },
        {
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
          text: say('record.pdf.page', { page, pages: pageCount }),
          alignment: 'right',
          fontSize: 7,
          color: '#888888',
        },
      ],
      margin: [MARGIN[0], 12, MARGIN[2], 0],
    }),
    content: [
      { text: say('record.title'), fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      caseTable(input),
      ...(grids.length
        ? grids
        : [{ text: say('record.pdf.empty'), fontSize: 8, margin: [0, 4, 0, 8] } as Content]),
      ...details(input),
    ],
  };
}
