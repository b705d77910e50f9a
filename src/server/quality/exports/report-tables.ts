// The monthly QC report's two tables as pdfmake content: every indicator of the month (code, name, numerator,
// denominator, value in its unit, missing; an absent value printed "—" with the reason, never 0) and the
// department KPIs (value, 95 % Wilson interval, terms, unknowns, counting rule).
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { IndicatorsResponse, KpisResponse, Proportion } from '../../../api/quality';
import type { Locale } from '../../../domain/common/field-messages';
import { formatNumber, formatValue, NO_VALUE, nullReasonText } from './format';
import { type ExportTextKey, exportText } from './labels';

export const GREY = '#8c8c8c';
const HEAD = '#f0f0f0';
const STRIPE = '#fafafa';

export const tableLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3),
  vLineWidth: () => 0,
  hLineColor: (i) => (i <= 1 ? '#8c8c8c' : '#d9d9d9'),
  fillColor: (row) => (row === 0 ? HEAD : row % 2 === 0 ? STRIPE : null),
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const head = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({
  text,
  bold: true,
  alignment,
});
const num = (n: number | null): TableCell => ({
  text: n === null ? NO_VALUE : formatNumber(n, 0),
  alignment: 'right',
});

export function indicatorTable(indicators: IndicatorsResponse, locale: Locale): Content {
  const say = (key: ExportTextKey) => exportText(key, locale);
  const body: TableCell[][] = [
    [
      head(say('col.code')),
      head(say('col.name')),
      head(say('col.numerator'), 'right'),
      head(say('col.denominator'), 'right'),
      head(say('col.value'), 'right'),
      head(say('col.missing'), 'right'),
    ],
  ];
  for (const item of indicators.items) {
    const why = nullReasonText(item, locale);
    body.push([
      { text: item.code, noWrap: true },
      { text: item.name[locale] },
      num(item.numerator),
      num(item.denominator),
      why === null
        ? {
            text: formatValue(item.value, item.unit, locale, 'print'),
            alignment: 'right',
            bold: true,
            noWrap: true,
          }
        : {
            stack: [{ text: NO_VALUE }, { text: why, fontSize: 6.5, color: GREY }],
            alignment: 'right',
          },
      { text: formatNumber(item.missing, 0), alignment: 'right', color: item.missing > 0 ? '#ad4e00' : GREY },
    ]);
  }
  // A code never wraps: the column fits the longest (2015-04.ga_no_airway), ~4.5 pt a character at 8 pt.
  const longest = Math.max(0, ...indicators.items.map((i) => i.code.length));
  const codeWidth = Math.max(62, Math.ceil(longest * 4.5) + 4);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [codeWidth, '*', 50, 60, 76, 38], body },
    layout: tableLayout,
  };
}

const PROPORTIONS = [
  'grade4Share',
  'minimallyInvasiveShare',
  'minimallyInvasiveShareExcludingAblation',
  'roboticShare',
  'outsideProvinceShare',
  'mortality28d',
  'clavienIIIPlusShare',
] as const satisfies readonly (keyof KpisResponse)[];

const percent = (fraction: number | null): string =>
  fraction === null ? NO_VALUE : `${formatNumber(fraction * 100, 1)}%`;

function proportionRow(name: string, p: Proportion, locale: Locale): TableCell[] {
  const ci = p.lower === null || p.upper === null ? NO_VALUE : `${percent(p.lower)} – ${percent(p.upper)}`;
  return [
    { text: name },
    { text: percent(p.value), alignment: 'right', bold: true, noWrap: true },
    { text: ci, alignment: 'right', noWrap: true },
    { text: `${formatNumber(p.numerator, 0)} / ${formatNumber(p.denominator, 0)}`, alignment: 'right' },
    { text: formatNumber(p.unknown, 0), alignment: 'right', color: p.unknown > 0 ? '#ad4e00' : GREY },
    { text: exportText(`kpi.note.${p.countingNote}`, locale), color: GREY },
  ];
}

export function kpiTable(kpis: KpisResponse, locale: Locale): Content {
  const say = (key: ExportTextKey, params?: Record<string, string | number>) =>
    exportText(key, locale, params);
  const body: TableCell[][] = [
    [
      head(say('kpi.col.name')),
      head(say('kpi.col.value'), 'right'),
      head(say('kpi.col.ci'), 'right'),
      head(say('kpi.col.terms'), 'right'),
      head(say('kpi.col.unknown'), 'right'),
      head(say('kpi.col.counting')),
    ],
    ...PROPORTIONS.map((key) => proportionRow(say(`kpi.${key}`), kpis[key], locale)),
  ];
  const bed = kpis.bedOccupancy;
  const los = kpis.averageLengthOfStay;
  const none = { text: NO_VALUE, alignment: 'right' as const, color: GREY };
  body.push(
    [
      { text: say('kpi.bedOccupancy') },
      { text: percent(bed.value), alignment: 'right', bold: true },
      none,
      {
        text: say('kpi.bedOccupancy.terms', {
          occupied: formatNumber(bed.occupiedBedDays, 0),
          open: formatNumber(bed.openBedDays, 0),
        }),
        alignment: 'right',
        colSpan: 3,
      },
      '',
      '',
    ],
    [
      { text: say('kpi.averageLengthOfStay') },
      {
        text:
          los.value === null
            ? NO_VALUE
            : say('kpi.averageLengthOfStay.value', { days: formatNumber(los.value, 1) }),
        alignment: 'right',
        bold: true,
        noWrap: true,
      },
      none,
      {
        text: say('kpi.averageLengthOfStay.terms', {
          sum: formatNumber(los.sumLosDays, 0),
          discharges: formatNumber(los.discharges, 0),
        }),
        alignment: 'right',
        colSpan: 3,
      },
      '',
      '',
    ],
  );
  return {
    stack: [
      {
        text: say('kpi.period', {
          from: kpis.from,
          to: kpis.to,
          province: kpis.homeProvince,
          operations: formatNumber(kpis.operations, 0),
          ablation: formatNumber(kpis.ablationCount, 0),
        }),
        fontSize: 8,
        color: GREY,
        margin: [0, 0, 0, 4],
      },
      {
        table: { headerRows: 1, dontBreakRows: true, widths: ['*', 46, 76, 64, 42, 116], body },
        layout: tableLayout,
      },
    ],
  };
}
