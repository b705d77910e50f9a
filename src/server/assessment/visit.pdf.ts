// The signed pre-anesthesia visit as an A4 document (麻醉前访视记录单), with the labels the form shows
// (src/domain/assessment/messages.ts). Pure: data in, pdfmake document definition out.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { optionLabel, type VisitMessageKey, visitLabel, visitText } from '../../domain/assessment/messages';
import { recommendationsOf } from '../../domain/assessment/recommendation-task';
import {
  type InstrumentOutcome,
  type VisitContext,
  type VisitData,
  valueAt,
  visitPathOf,
} from '../../domain/assessment/visit';
import { type FieldDef, labelKeyOf, VISIT_SECTIONS } from '../../domain/assessment/visit-form';
import type { Locale } from '../../domain/common/field-messages';
import { SEX_LABELS, type Sex } from '../../domain/registry/vocabulary';
import { getInstrument } from '../../domain/scores/index';
import { siteDateTime } from '../platform/pdf';

export type VisitDocumentInput = {
  caseInfo: {
    patientName: string;
    patientMrn: string;
    patientSex: string;
    diagnosisText: string;
    procedureText: string;
    orRoom: string;
    scheduledStart: Date;
    surgeon: string;
  };
  context: VisitContext;
  visit: {
    revision: number;
    data: VisitData;
    results: InstrumentOutcome[];
    visitAt: Date | null;
    late: boolean;
    signedAt: Date | null;
    signerName: string;
    amendmentReason: string | null;
  };
  locale: Locale;
  timeZone: string;
  printedAt: Date;
};

const isHigh = (severity: string) => severity === 'high' || severity === 'critical';

export function visitDocument(input: VisitDocumentInput): TDocumentDefinitions {
  const { caseInfo: c, visit: v, context, timeZone, locale } = input;
  const lang = locale === 'en-US' ? 'en' : 'zh';
  const say = (key: VisitMessageKey, params?: Record<string, string | number>) =>
    visitText(key, locale, params);
  const label = (key: string) => visitLabel(key, locale);
  const list = (items: string[]) => items.join(say('visit.list.separator'));
  const heading = (text: string): Content => ({ text, bold: true, fontSize: 10, margin: [0, 4, 0, 2] });

  const valueText = (f: FieldDef, value: unknown): string => {
    if (value === undefined || value === null || value === '') return say('visit.pdf.unanswered');
    switch (f.kind) {
      case 'yesno':
        return say(value ? 'visit.yes' : 'visit.no');
      case 'points':
        return String(value);
      case 'number':
        return `${value}${f.unit ? ` ${f.unit}` : ''}`;
      case 'select':
        return optionLabel(f.path, String(value), locale);
      case 'text':
        return String(value);
    }
  };

  /** Label/value pairs in four columns; unanswered items are printed as such, never left out silently. */
  const sectionTable = (fields: FieldDef[]): Content => {
    const cells: TableCell[] = fields.flatMap((f) => [
      { text: label(f.label), color: '#555555' },
      { text: valueText(f, valueAt(v.data, f.path)) },
    ]);
    const rows: TableCell[][] = [];
    for (let i = 0; i < cells.length; i += 4) {
      const row = cells.slice(i, i + 4);
      while (row.length < 4) row.push({ text: '' });
      rows.push(row);
    }
    return {
      table: { widths: ['22%', '28%', '22%', '28%'], body: rows },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 6],
    };
  };

  const scoreRows = (): TableCell[][] =>
    v.results.map((o) => {
      const name = getInstrument(o.id)?.names[lang] ?? o.id;
      if ('invalid' in o) return [name, '—', say('visit.pdf.invalid'), o.version];
      const r = o.result;
      if (r.status === 'incomplete') {
        const items = r.missing.map((m) => label(labelKeyOf(visitPathOf(o.id, m))));
        return [name, '—', say('visit.pdf.incomplete', { items: list(items) }), o.version];
      }
      const high = r.flags.filter((f) => isHigh(f.severity));
      const band = r.bandLabel[lang];
      return [
        name,
        String(r.total),
        {
          text: high.length
            ? say('visit.pdf.bandWithFlags', { band, flags: list(high.map((f) => f.label[lang])) })
            : band,
          bold: high.length > 0,
        },
        o.version,
      ];
    });

  const recommendations = recommendationsOf(v.results);
  const meds = v.data.medications ?? [];
  const grey = { fontSize: 8, color: '#888888' };
  return {
    info: { title: say('visit.pdf.documentTitle', { name: c.patientName, mrn: c.patientMrn }) },
    pageMargins: [36, 48, 36, 48],
    header: { text: say('visit.pdf.header'), alignment: 'right', margin: [36, 20, 36, 0], ...grey },
    footer: (page, pages) => ({
      columns: [
        { text: say('visit.pdf.printedAt', { time: siteDateTime(input.printedAt, timeZone) }), ...grey },
        { text: say('visit.pdf.page', { page, pages }), alignment: 'right', ...grey },
      ],
      margin: [36, 16, 36, 0],
    }),
    content: [
      { text: say('visit.pdf.title'), fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      {
        table: {
          widths: ['12%', '21%', '12%', '21%', '12%', '22%'],
          body: [
            [
              say('visit.pdf.name'),
              c.patientName,
              say('visit.pdf.sex'),
              SEX_LABELS[c.patientSex as Sex]?.[lang] ?? c.patientSex,
              say('visit.pdf.age'),
              say('visit.pdf.ageYears', { age: context.age }),
            ],
            [
              say('visit.pdf.mrn'),
              c.patientMrn,
              say('visit.pdf.orRoom'),
              c.orRoom,
              say('visit.pdf.scheduledStart'),
              siteDateTime(c.scheduledStart, timeZone),
            ],
            [say('visit.pdf.diagnosis'), { text: c.diagnosisText, colSpan: 5 }, '', '', '', ''],
            [
              say('visit.pdf.procedure'),
              { text: c.procedureText, colSpan: 3 },
              '',
              '',
              say('visit.pdf.surgeon'),
              c.surgeon,
            ],
          ],
        },
        margin: [0, 0, 0, 8],
      },
      ...VISIT_SECTIONS.flatMap((s): Content[] => [heading(label(s.title)), sectionTable(s.fields)]),
      heading(say('visit.s.medications')),
      meds.length === 0
        ? { text: say('visit.o.none'), margin: [0, 0, 0, 6] }
        : {
            table: {
              widths: ['40%', '25%', '35%'],
              body: [
                [say('visit.med.name'), say('visit.med.kind'), say('visit.med.lastDoseAt')],
                ...meds.map((m) => [
                  m.name,
                  label(`visit.o.${m.kind}`),
                  siteDateTime(m.lastDoseAt ?? null, timeZone),
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
            margin: [0, 0, 0, 6],
          },
      heading(say('visit.pdf.scores')),
      {
        table: {
          headerRows: 1,
          widths: ['22%', '10%', '52%', '16%'],
          body: [
            [say('visit.pdf.score'), say('visit.pdf.total'), say('visit.pdf.band'), say('visit.pdf.version')],
            ...scoreRows(),
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 6],
      },
      ...(recommendations.length
        ? ([
            heading(say('visit.pdf.recommendations')),
            {
              ul: recommendations.map((r) =>
                say('visit.pdf.recommendation', { text: r.text[lang], source: r.source }),
              ),
              margin: [0, 0, 0, 6],
            },
          ] as Content[])
        : []),
      {
        table: {
          widths: ['15%', '35%', '15%', '35%'],
          body: [
            [
              say('visit.f.visitAt'),
              siteDateTime(v.visitAt, timeZone),
              say('visit.pdf.version'),
              v.amendmentReason
                ? say('visit.pdf.amendedRevision', { n: v.revision, reason: v.amendmentReason })
                : say('visit.pdf.revision', { n: v.revision }),
            ],
            [
              say('visit.pdf.signer'),
              v.signerName,
              say('visit.pdf.signedAt'),
              siteDateTime(v.signedAt, timeZone),
            ],
          ],
        },
        margin: [0, 8, 0, 0],
      },
      ...(v.late ? [{ text: say('visit.pdf.late'), color: '#c41d7f', margin: [0, 4, 0, 0] } as Content] : []),
    ],
  };
}
