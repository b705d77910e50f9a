// The signed pre-anesthesia visit as an A4 document (麻醉前访视记录单), in Chinese, with the same
// labels as the screen. Pure: data in, pdfmake document definition out.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { InstrumentOutcome, VisitContext, VisitData } from '../../domain/assessment/visit';
import { valueAt, visitPathOf } from '../../domain/assessment/visit';
import {
  type FieldDef,
  labelKeyOf,
  NUMERIC_SELECTS,
  VISIT_SECTIONS,
} from '../../domain/assessment/visit-form';
import { SEX_LABELS, type Sex } from '../../domain/registry/vocabulary';
import { getInstrument } from '../../domain/scores/index';
import { zhCN } from '../../web/i18n/zh-CN';
import { siteDateTime } from '../platform/pdf';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
const label = (key: string): string => (zhCN as Record<string, string>)[key] ?? key;
const UNANSWERED = '未填';

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
  timeZone: string;
  printedAt: Date;
};

function valueText(f: FieldDef, v: unknown): string {
  if (v === undefined || v === null || v === '') return UNANSWERED;
  switch (f.kind) {
    case 'yesno':
      return v ? '是' : '否';
    case 'points':
      return String(v);
    case 'number':
      return `${v}${f.unit ? ` ${f.unit}` : ''}`;
    case 'select':
      if (NUMERIC_SELECTS.has(f.path))
        return f.path === 'nutrition.diseaseSeverity' ? String(v) : (ROMAN[Number(v) - 1] ?? String(v));
      return label(`visit.o.${String(v)}`);
    case 'text':
      return String(v);
  }
}

/** Label/value pairs in four columns; unanswered items are printed as such, never left out silently. */
function sectionTable(fields: FieldDef[], data: VisitData): Content {
  const cells: TableCell[] = fields.flatMap((f) => [
    { text: label(f.label), color: '#555555' },
    { text: valueText(f, valueAt(data, f.path)) },
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
}

function scoreRows(results: InstrumentOutcome[]): TableCell[][] {
  return results.map((o) => {
    const name = getInstrument(o.id)?.names.zh ?? o.id;
    if ('invalid' in o) return [name, '—', '输入超出范围', o.version];
    const r = o.result;
    if (r.status === 'incomplete') {
      const items = r.missing.map((m) => label(labelKeyOf(visitPathOf(o.id, m))));
      return [name, '—', `资料不全，缺：${items.join('、')}`, o.version];
    }
    const high = r.flags.filter((f) => f.severity === 'high' || f.severity === 'critical');
    return [
      name,
      String(r.total),
      {
        text: `${r.bandLabel.zh}${high.length ? `（${high.map((f) => f.label.zh).join('、')}）` : ''}`,
        bold: high.length > 0,
      },
      o.version,
    ];
  });
}

export function visitDocument(input: VisitDocumentInput): TDocumentDefinitions {
  const { caseInfo: c, visit: v, context, timeZone } = input;
  const recommendations = v.results.flatMap((o) =>
    'result' in o && o.result.status === 'complete' ? o.result.recommendations : [],
  );
  const meds = v.data.medications ?? [];
  return {
    info: { title: `麻醉前访视记录单 ${c.patientName} ${c.patientMrn}` },
    pageMargins: [36, 48, 36, 48],
    header: {
      text: '围术期全程管理平台',
      alignment: 'right',
      margin: [36, 20, 36, 0],
      fontSize: 8,
      color: '#888888',
    },
    footer: (page, pages) => ({
      columns: [
        { text: `打印时间 ${siteDateTime(input.printedAt, timeZone)}`, fontSize: 8, color: '#888888' },
        { text: `第 ${page} / ${pages} 页`, alignment: 'right', fontSize: 8, color: '#888888' },
      ],
      margin: [36, 16, 36, 0],
    }),
    content: [
      { text: '麻醉前访视记录单', fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      {
        table: {
          widths: ['12%', '21%', '12%', '21%', '12%', '22%'],
          body: [
            [
              '姓名',
              c.patientName,
              '性别',
              SEX_LABELS[c.patientSex as Sex]?.zh ?? c.patientSex,
              '年龄',
              `${context.age} 岁`,
            ],
            [
              '住院号',
              c.patientMrn,
              '手术间',
              c.orRoom,
              '手术时间',
              siteDateTime(c.scheduledStart, timeZone),
            ],
            ['诊断', { text: c.diagnosisText, colSpan: 5 }, '', '', '', ''],
            ['拟行手术', { text: c.procedureText, colSpan: 3 }, '', '', '手术医师', c.surgeon],
          ],
        },
        margin: [0, 0, 0, 8],
      },
      ...VISIT_SECTIONS.flatMap((s): Content[] => [
        { text: label(s.title), bold: true, fontSize: 10, margin: [0, 4, 0, 2] },
        sectionTable(s.fields, v.data),
      ]),
      { text: label('visit.s.medications'), bold: true, fontSize: 10, margin: [0, 4, 0, 2] },
      meds.length === 0
        ? { text: '无', margin: [0, 0, 0, 6] }
        : {
            table: {
              widths: ['40%', '25%', '35%'],
              body: [
                ['药名', '类别', '末次用药'],
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
      { text: '评分结果', bold: true, fontSize: 10, margin: [0, 4, 0, 2] },
      {
        table: {
          headerRows: 1,
          widths: ['22%', '10%', '52%', '16%'],
          body: [['评分', '总分', '分级/提示', '版本'], ...scoreRows(v.results)],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 6],
      },
      ...(recommendations.length
        ? ([
            { text: '建议', bold: true, fontSize: 10, margin: [0, 4, 0, 2] },
            { ul: recommendations.map((r) => `${r.text.zh}（${r.source}）`), margin: [0, 0, 0, 6] },
          ] as Content[])
        : []),
      {
        table: {
          widths: ['15%', '35%', '15%', '35%'],
          body: [
            [
              '访视时间',
              siteDateTime(v.visitAt, timeZone),
              '版本',
              `第 ${v.revision} 版${v.amendmentReason ? `（修订：${v.amendmentReason}）` : ''}`,
            ],
            ['签名医师', v.signerName, '签名时间', siteDateTime(v.signedAt, timeZone)],
          ],
        },
        margin: [0, 8, 0, 0],
      },
      ...(v.late
        ? [
            {
              text: '注：访视时间晚于患者入室时间（AQI-PVR-04 不计为入室前访视）。',
              color: '#c41d7f',
              margin: [0, 4, 0, 0],
            } as Content,
          ]
        : []),
    ],
  };
}
