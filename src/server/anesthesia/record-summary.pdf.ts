// What follows the grid pages on the printed record: the drugs with each dose and the case total, the
// fluids in and out (blood loss and urine apart) with the balance, the prophylactic antibiotic's timing,
// the events in full, hypotension exposure and alerts, the WHO checklist phases, and the signature block.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { ALERT_LABELS, type RecordMessageKey, recordText } from '../../domain/anesthesia/messages';
import { eventNumber } from '../../domain/anesthesia/record-sheet';
import {
  CHECKLIST,
  CHECKLIST_PHASES,
  FLUID_LABELS,
  FLUIDS_IN,
  FLUIDS_OUT,
} from '../../domain/anesthesia/record-vocabulary';
import {
  ALERT_PARAMETER,
  formatAlertExtreme,
  formatAmount,
  formatTotal,
  vitalUnit,
} from '../../domain/anesthesia/vital-format';
import { siteDateTime } from '../platform/pdf';
import type { RecordDocumentInput } from './record.pdf';
import { correctionsSection } from './record-corrections.pdf';

type Say = (key: RecordMessageKey, params?: Record<string, string | number>) => string;

const heading = (text: string): Content => ({ text, fontSize: 9, bold: true, margin: [0, 7, 0, 2] });
const TABLE_LAYOUT = {
  hLineWidth: (i: number) => (i === 1 ? 0.6 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => '#8c8c8c',
  paddingTop: () => 1.2,
  paddingBottom: () => 1.2,
};
const head = (texts: string[]): TableCell[] => texts.map((text) => ({ text, bold: true, color: '#434343' }));

/** An infusion's unit is stored per hour ("μg/h"); a bare unit gets it. */
const perHour = (unit: string) => (unit.endsWith('/h') ? unit : `${unit}/h`);

function drugTable(input: RecordDocumentInput, say: Say, hm: (d: Date) => string): Content {
  if (!input.drugs.length) return { text: say('record.none'), fontSize: 8 };
  const codes = [...new Set([...input.drugs].sort((a, b) => +a.startAt - +b.startAt).map((d) => d.drug))];
  const end = say('record.list.end');
  const rows = codes.map((code) => {
    const entries = input.drugs.filter((d) => d.drug === code).sort((a, b) => +a.startAt - +b.startAt);
    const total = input.totals.find((t) => t.drug === code);
    const unit = total?.unit || entries[0]!.unit;
    const given = entries
      .map((d) =>
        d.kind === 'bolus'
          ? `${hm(d.startAt)} ${formatAmount(d.dose ?? 0)}`
          : `${hm(d.startAt)}${d.endAt ? `–${hm(d.endAt)}` : say('record.drugs.running')} ${formatAmount(d.rate ?? 0)} ${perHour(d.unit)}`,
      )
      .join(end);
    return [
      `${entries[0]!.name}（${unit}）`,
      given,
      { text: total ? `${formatTotal(total.total)} ${unit}` : '—', alignment: 'right' as const, bold: true },
    ];
  });
  return {
    table: {
      headerRows: 1,
      widths: [80, '*', 60],
      body: [head([say('record.drugs.drug'), say('record.drugs.given'), say('record.drugs.total')]), ...rows],
    },
    layout: TABLE_LAYOUT,
    fontSize: 7.5,
  };
}

function fluidTable(input: RecordDocumentInput, say: Say, hm: (d: Date) => string): Content {
  const end = say('record.list.end');
  const kinds = [
    ...FLUIDS_IN.map((k) => ({ k, d: 'in' })),
    ...FLUIDS_OUT.map((k) => ({ k, d: 'out' })),
  ].filter(({ k, d }) => input.fluids.some((f) => f.kind === k && f.direction === d));
  const sum = (kind: string, d: string) =>
    input.fluids.filter((f) => f.kind === kind && f.direction === d).reduce((a, f) => a + f.volumeMl, 0);
  const rows = kinds.map(({ k, d }) => [
    say(d === 'in' ? 'record.fluids.in' : 'record.fluids.out'),
    FLUID_LABELS[k][input.locale],
    input.fluids
      .filter((f) => f.kind === k && f.direction === d)
      .sort((a, b) => +a.at - +b.at)
      .map((f) => `${hm(f.at)} ${formatAmount(f.volumeMl)}`)
      .join(end),
    { text: `${formatAmount(sum(k, d))} ml`, alignment: 'right' as const, bold: true },
  ]);
  const b = input.balance;
  const totals: Content = {
    text: [
      say('record.fluids.balance', {
        in: formatAmount(b.inMl),
        out: formatAmount(b.outMl),
        balance: formatAmount(b.balanceMl),
      }),
      say('record.list.end'),
      say('record.fluids.outputs', {
        blood: formatAmount(sum('blood_loss', 'out')),
        urine: formatAmount(sum('urine', 'out')),
      }),
    ],
    fontSize: 8,
    bold: true,
    margin: [0, 2, 0, 0],
  };
  if (!rows.length) return { stack: [{ text: say('record.none'), fontSize: 8 }, totals] };
  return {
    stack: [
      {
        table: {
          headerRows: 1,
          widths: [30, 60, '*', 60],
          body: [
            head([
              say('record.fluids.direction'),
              say('record.fluids.kind'),
              say('record.fluids.given'),
              say('record.drugs.total'),
            ]),
            ...rows,
          ],
        },
        layout: TABLE_LAYOUT,
        fontSize: 7.5,
      },
      totals,
    ],
  };
}

function antibiotics(input: RecordDocumentInput, say: Say): Content[] {
  if (!input.antibiotics.length) return [];
  const items = input.antibiotics.map((a) => {
    const m = a.minutesFromIncision;
    const when =
      m === null
        ? say('record.antibiotics.noIncision')
        : say(m <= 0 ? 'record.antibiotics.before' : 'record.antibiotics.after', { minutes: Math.abs(m) });
    return `${a.name} ${when}`;
  });
  return [
    {
      text: say('record.antibiotics', { items: items.join(say('record.list.end')) }),
      fontSize: 8,
      margin: [0, 4, 0, 0],
    },
  ];
}

export function summary(input: RecordDocumentInput): Content[] {
  const { record: r, timeZone: tz, locale } = input;
  const say: Say = (key, params) => recordText(key, locale, params);
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
      { text: say(done ? 'record.checklist.done' : 'record.checklist.open'), bold: !done },
      noes.length ? say('record.checklist.noes', { items: noes.join(say('record.list.separator')) }) : '',
    ];
  };
  const exposure = input.exposure;
  const events = [...input.events].sort((a, b) => a.at.getTime() - b.at.getTime());
  return [
    heading(say('record.drugs')),
    drugTable(input, say, hm),
    ...antibiotics(input, say),
    heading(say('record.fluids')),
    fluidTable(input, say, hm),
    heading(say('record.events')),
    {
      text: events.length
        ? events
            .map(
              (e, i) =>
                `${eventNumber(i + 1)} ${hm(e.at)} ${e.label}${e.text ? say('record.events.text', { text: e.text }) : ''}${e.overrideReason ? say('record.events.override', { reason: e.overrideReason }) : ''}`,
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
                  `${ALERT_LABELS[a.kind]?.[locale] ?? a.kind} ${hm(a.start)}–${hm(a.end)}${say('record.alerts.extreme', { extreme: `${formatAlertExtreme(a.kind, a.extreme)} ${vitalUnit(ALERT_PARAMETER[a.kind])}` })}`,
              )
              .join(end),
            fontSize: 8,
          } as Content,
        ]
      : []),
    heading(say('record.checklist')),
    {
      table: { widths: ['35%', '15%', '50%'], body: CHECKLIST_PHASES.map(checklistLine) },
      layout: { ...TABLE_LAYOUT, hLineWidth: () => 0.3 },
      fontSize: 8,
    },
    ...correctionsSection(input),
    {
      table: {
        widths: ['15%', '35%', '15%', '35%'],
        heights: [20, 12],
        body: [
          [
            say('record.sign.signer'),
            r.status === 'signed'
              ? { text: r.signerName, bold: true, fontSize: 10 }
              : { text: say('record.sign.unsigned'), color: '#cf1322', bold: true },
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
