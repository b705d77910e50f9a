// The signed pre-anesthesia visit as an A4 document (麻醉前访视记录单), with the labels the form shows
// (src/domain/assessment/messages.ts), laid out as a person prints it: each section's title in the left
// column, its answers three to a row, the many 是/否 items of a checklist as what was answered yes, no
// and not at all, the examinations one line each. Every unanswered item prints as 未填. Pure: data in,
// pdfmake document definition out.
import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { answerText, isAnswered } from '../../domain/assessment/answer-text';
import { isAsked } from '../../domain/assessment/form-fields';
import { type VisitMessageKey, visitLabel, visitText } from '../../domain/assessment/messages';
import { recommendationsOf } from '../../domain/assessment/recommendation-task';
import {
  type InstrumentOutcome,
  type VisitContext,
  type VisitData,
  valueAt,
  visitPathOf,
} from '../../domain/assessment/visit';
import { type FieldDef, labelKeyOf, type Section, VISIT_SECTIONS } from '../../domain/assessment/visit-form';
import type { Locale } from '../../domain/common/field-messages';
import {
  ANESTHESIA_METHOD_LABELS,
  type AnesthesiaMethod,
  SEX_LABELS,
  type Sex,
} from '../../domain/registry/vocabulary';
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
// A section with this many 是/否 items prints them as lists (是：… 否：… 未填：…), not one cell each.
const CHECKLIST_MIN = 4;
const MISSING_SHOWN = 6;
const GREY = '#595959';
const LIGHT = '#8c8c8c';

// The CJK font has no superscript digits: "×10⁹/L" prints as ×10 with a raised 9.
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const printable = (text: string): string | { text: string; sup?: boolean }[] =>
  /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text)
    ? text
        .split(/([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/)
        .filter(Boolean)
        .map((part) =>
          /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(part)
            ? { text: [...part].map((d) => String(SUPERSCRIPT.indexOf(d))).join(''), sup: true }
            : { text: part },
        )
    : text;

// Thin rules between sections, none inside; tight padding so a full visit fits two pages.
const sectionsLayout: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0,
  hLineColor: () => '#bfbfbf',
  paddingTop: () => 2,
  paddingBottom: () => 2,
  paddingLeft: () => 2,
  paddingRight: () => 2,
};
const innerLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingTop: () => 0.5,
  paddingBottom: () => 0.5,
  paddingLeft: () => 0,
  paddingRight: () => 3,
};

export function visitDocument(input: VisitDocumentInput): TDocumentDefinitions {
  const { caseInfo: c, visit: v, context, timeZone, locale } = input;
  const lang = locale === 'en-US' ? 'en' : 'zh';
  const say = (key: VisitMessageKey, params?: Record<string, string | number>) =>
    visitText(key, locale, params);
  const label = (key: string) => visitLabel(key, locale);
  const list = (items: string[]) => items.join(say('visit.list.separator'));
  const at = (iso: string | null | undefined) => siteDateTime(iso ?? null, timeZone);
  const unanswered = say('visit.pdf.unanswered');
  const given = (f: FieldDef) => valueAt(v.data, f.path);
  const answer = (f: FieldDef) => answerText(f, given(f), locale, at) ?? unanswered;
  const shown = (f: FieldDef) => isAsked(f, (path) => valueAt(v.data, path));
  const shortTitle = (key: string) => label(key).replace(/\s*[（(].*[）)]$/, '');

  /** Label/value pairs, three to a row; unanswered items print as such, never left out silently. */
  const pairs = (fields: FieldDef[]): Content[] => {
    if (fields.length === 0) return [];
    const cells: TableCell[] = fields.flatMap((f) => {
      const value = answerText(f, given(f), locale, at);
      return [
        { text: label(f.label), color: GREY },
        value === null ? { text: unanswered, color: LIGHT } : { text: printable(value) },
      ];
    });
    const rows: TableCell[][] = [];
    for (let i = 0; i < cells.length; i += 6) {
      const row = cells.slice(i, i + 6);
      while (row.length < 6) row.push({ text: '' });
      rows.push(row);
    }
    return [
      {
        table: { widths: ['14%', '19.3%', '14%', '19.3%', '14%', '19.4%'], body: rows },
        layout: innerLayout,
      },
    ];
  };

  /** 是/否 items as three lists; the "yes" answers first and in bold. */
  const checklist = (fields: FieldDef[]): Content[] => {
    const names = (value: boolean | null) =>
      fields
        .filter((f) => (value === null ? !isAnswered(given(f)) : given(f) === value))
        .map((f) => label(f.label));
    const yes = names(true);
    const no = names(false);
    const open = names(null);
    return [
      ...(yes.length ? [{ text: say('visit.pdf.positive', { items: list(yes) }), bold: true }] : []),
      ...(no.length ? [{ text: say('visit.pdf.negative', { items: list(no) }), color: GREY }] : []),
      ...(open.length ? [{ text: say('visit.pdf.notAnswered', { items: list(open) }), color: LIGHT }] : []),
    ];
  };

  /** An examination on one line: "心电图（2026-11-20）：心电图节律 窦性心律；…". */
  const examLines = (fields: FieldDef[]): Content[] => {
    const groups = [...new Set(fields.map((f) => f.group!))];
    return groups.map((g) => {
      const own = fields.filter((f) => f.group === g);
      const date = own.find((f) => f.kind === 'date');
      const anything = own.some((f) => isAnswered(given(f)));
      const head =
        date && isAnswered(given(date))
          ? say('visit.pdf.exam', { group: label(g), date: answer(date) })
          : say('visit.pdf.examUndated', { group: label(g) });
      // "心电图节律" under 心电图 prints as "节律"; a chosen option (窦性心律, 胸部 CT) as itself.
      const short = (f: FieldDef) => {
        if (f.kind === 'select' && isAnswered(given(f))) return '';
        const full = label(f.label);
        return full.startsWith(label(g)) ? full.slice(label(g).length).trim() : full;
      };
      const body = own
        .filter((f) => f !== date)
        .map((f) => [short(f), answer(f)].filter(Boolean).join(' '))
        .join(say('visit.pdf.itemSeparator'));
      return {
        text: [{ text: head, bold: true }, anything ? body : { text: unanswered, color: LIGHT }],
      };
    });
  };

  const method = (m: string | null | undefined) =>
    m ? (ANESTHESIA_METHOD_LABELS[m as AnesthesiaMethod]?.[lang] ?? m) : say('visit.list.unknown');

  /** The rows of a section's list (allergies in bold: what the team must not give). */
  const listLines = (s: Section): Content[] => {
    const d = v.data;
    switch (s.list?.kind) {
      case 'medications': {
        const meds = d.medications ?? [];
        const line = (m: (typeof meds)[number]) =>
          say('visit.pdf.medication', {
            name: m.name,
            kind: label(`visit.o.${m.kind}`),
            lastDose: m.lastDoseAt ? at(m.lastDoseAt) : unanswered,
          });
        return [{ text: meds.length ? list(meds.map(line)) : say('visit.o.none') }];
      }
      case 'allergies': {
        const items = d.allergies?.items ?? [];
        const line = (a: (typeof items)[number]) =>
          say('visit.pdf.allergy', {
            kind: label(`visit.o.${a.kind}`),
            substance: a.substance,
            reaction: a.reaction || unanswered,
          });
        return items.length ? [{ text: list(items.map(line)), bold: true }] : [];
      }
      case 'anesthetics':
        return (d.anesthesiaHistory?.items ?? []).map((a) => ({
          text: say('visit.pdf.anesthetic', {
            year: a.year ?? say('visit.list.unknown'),
            operation: a.operation,
            method: method(a.anesthesia),
            complications: a.complications || unanswered,
          }),
        }));
      default:
        return [];
    }
  };

  const sectionBody = (s: Section): Content[] => {
    const fields = s.fields.filter(shown);
    if (fields.length > 0 && fields.every((f) => f.group)) return examLines(fields);
    if (fields.length > 0 && fields.every((f) => f.kind === 'points')) {
      const items = fields.map((f, k) => `${k + 1}:${answer(f)}`).join('  ');
      return [{ text: say('visit.pdf.itemAnswers', { items }) }];
    }
    const yesno = fields.filter((f) => f.kind === 'yesno');
    const asList = yesno.length >= CHECKLIST_MIN;
    return [
      ...(asList ? checklist(yesno) : []),
      ...pairs(asList ? fields.filter((f) => f.kind !== 'yesno') : fields),
      ...listLines(s),
    ];
  };

  const scoreRows = (): TableCell[][] =>
    v.results.map((o) => {
      const name = getInstrument(o.id)?.names[lang] ?? o.id;
      if ('invalid' in o) return [name, '—', say('visit.pdf.invalid'), o.version];
      const r = o.result;
      if (r.status === 'incomplete') {
        // The sections above name every unanswered item; here the first few say what the score lacks.
        const items = r.missing
          .slice(0, MISSING_SHOWN)
          .map((m) =>
            /^item\d+$/.test(m)
              ? say('visit.pdf.questionItem', { n: m.slice(4) })
              : label(labelKeyOf(visitPathOf(o.id, m))),
          );
        const more = r.missing.length - items.length;
        const named = more > 0 ? say('visit.pdf.moreMissing', { items: list(items), n: more }) : list(items);
        return [name, '—', say('visit.pdf.incomplete', { items: named }), o.version];
      }
      const high = r.flags.filter((f) => isHigh(f.severity));
      const band = r.bandLabel[lang];
      return [
        name,
        r.total === null ? '—' : String(r.total),
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
  const grey = { fontSize: 7, color: '#888888' };
  const key = (text: string): TableCell => ({ text, color: GREY });
  return {
    info: { title: say('visit.pdf.documentTitle', { name: c.patientName, mrn: c.patientMrn }) },
    pageMargins: [30, 34, 30, 34],
    defaultStyle: { fontSize: 8, lineHeight: 1.1 },
    header: { text: say('visit.pdf.header'), alignment: 'right', margin: [30, 14, 30, 0], ...grey },
    footer: (page, pages) => ({
      columns: [
        { text: say('visit.pdf.printedAt', { time: siteDateTime(input.printedAt, timeZone) }), ...grey },
        { text: say('visit.pdf.page', { page, pages }), alignment: 'right', ...grey },
      ],
      margin: [30, 12, 30, 0],
    }),
    content: [
      { text: say('visit.pdf.title'), fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      {
        table: {
          widths: ['10%', '23%', '10%', '23%', '10%', '24%'],
          body: [
            [
              key(say('visit.pdf.name')),
              { text: c.patientName, bold: true },
              key(say('visit.pdf.sex')),
              SEX_LABELS[c.patientSex as Sex]?.[lang] ?? c.patientSex,
              key(say('visit.pdf.age')),
              context.age === null
                ? say('visit.pdf.ageUnknown')
                : say('visit.pdf.ageYears', { age: context.age }),
            ],
            [
              key(say('visit.pdf.mrn')),
              c.patientMrn,
              key(say('visit.pdf.orRoom')),
              c.orRoom,
              key(say('visit.pdf.scheduledStart')),
              siteDateTime(c.scheduledStart, timeZone),
            ],
            [key(say('visit.pdf.diagnosis')), { text: c.diagnosisText, colSpan: 5 }, '', '', '', ''],
            [
              key(say('visit.pdf.procedure')),
              { text: c.procedureText, colSpan: 3 },
              '',
              '',
              key(say('visit.pdf.surgeon')),
              c.surgeon,
            ],
          ],
        },
        layout: sectionsLayout,
        margin: [0, 0, 0, 4],
      },
      {
        table: {
          widths: ['11%', '89%'],
          dontBreakRows: true,
          body: VISIT_SECTIONS.map((s) => [
            { text: shortTitle(s.title), bold: true },
            { stack: sectionBody(s) },
          ]),
        },
        layout: sectionsLayout,
        margin: [0, 0, 0, 4],
      },
      { text: say('visit.pdf.scores'), bold: true, margin: [0, 2, 0, 1] },
      {
        table: {
          headerRows: 1,
          widths: ['26%', '7%', '55%', '12%'],
          body: [
            [
              say('visit.pdf.score'),
              say('visit.pdf.total'),
              say('visit.pdf.band'),
              say('visit.pdf.version'),
            ].map(key),
            ...scoreRows(),
          ],
        },
        layout: sectionsLayout,
        margin: [0, 0, 0, 4],
      },
      ...(recommendations.length
        ? ([
            { text: say('visit.pdf.recommendations'), bold: true, margin: [0, 2, 0, 1] },
            {
              ul: recommendations.map((r) =>
                say('visit.pdf.recommendation', { text: r.text[lang], source: r.source }),
              ),
              margin: [0, 0, 0, 4],
            },
          ] as Content[])
        : []),
      {
        unbreakable: true,
        table: {
          widths: ['12%', '38%', '12%', '38%'],
          body: [
            [
              key(say('visit.f.visitAt')),
              siteDateTime(v.visitAt, timeZone),
              key(say('visit.pdf.version')),
              v.amendmentReason
                ? say('visit.pdf.amendedRevision', { n: v.revision, reason: v.amendmentReason })
                : say('visit.pdf.revision', { n: v.revision }),
            ],
            [
              key(say('visit.pdf.signer')),
              { text: v.signerName, bold: true },
              key(say('visit.pdf.signedAt')),
              siteDateTime(v.signedAt, timeZone),
            ],
          ],
        },
        layout: sectionsLayout,
        margin: [0, 4, 0, 0],
      },
      ...(v.late ? [{ text: say('visit.pdf.late'), color: '#c41d7f', margin: [0, 4, 0, 0] } as Content] : []),
    ],
  };
}
