// The monthly anesthesia QC report (月度麻醉质控报告) as an A4 PDF: title, month, edition and wards; every
// indicator of the month in one table; the 12-month trend of the key indicators and the month's values as
// ECharts SVG charts; the department KPIs with their 95 % intervals; the generation time and page numbers in
// the footer. `monthlyReportDocument` is pure (data in, pdfmake definition out); `monthlyReportPdf` renders it
// with the platform's embedded CJK font.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IndicatorItem, IndicatorsResponse, KpisResponse, TrendResponse } from '../../../api/quality';
import type { Locale } from '../../../domain/common/field-messages';
import type { Edition, Unit } from '../../../domain/quality/types';
import { renderPdf } from '../../platform/pdf';
import { barsSvg, trendSvg } from './charts';
import { cstDateTime, editionText, monthBounds, unitSign, wardsText } from './format';
import { type ExportTextKey, exportText } from './labels';
import { chartBlock } from './pdf-chart';
import { GREY, indicatorTable, kpiTable } from './report-tables';

export type MonthlyReportInput = {
  edition: Edition;
  /** YYYY-MM */
  month: string;
  /** Ward codes of the report; empty = every ward of the actor's scope. */
  wards: readonly string[];
  indicators: IndicatorsResponse;
  trend: TrendResponse;
  kpis: KpisResponse;
  generatedAt: Date;
  locale: Locale;
  hospital?: string;
};

/** The indicators whose 12-month trend the report draws (hypothermia, PACU delay, cancellation, visits). */
export const KEY_INDICATORS: Record<Edition, readonly string[]> = {
  '2022': ['AQI-IHT-10', 'AQI-IDP-18', 'AQI-CRB-05', 'AQI-PVR-04'],
  '2015': ['2015-07', '2015-06', '2015-05', '2015-08'],
};

/** Units drawn as bars, one chart each (a shared axis across units would compare unlike figures). */
const BAR_UNITS = ['%', '‰', '‱'] as const satisfies readonly Unit[];
const BAR_CAPTION: Record<(typeof BAR_UNITS)[number], ExportTextKey> = {
  '%': 'report.byUnit.percent',
  '‰': 'report.byUnit.permille',
  '‱': 'report.byUnit.permyriad',
};

const PAGE_WIDTH = 595.28;
const MARGIN = 36;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const GAP = 14;
const HALF = (CONTENT_WIDTH - GAP) / 2;
const TREND_HEIGHT = 150;
const NAME_MAX: Record<Locale, number> = { 'zh-CN': 20, 'en-US': 38 };

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function section(title: string, first: Content | null): Content {
  const heading: Content = { text: title, bold: true, fontSize: 11, margin: [0, 10, 0, 5] };
  // The heading stays with the section's first block, never alone at the foot of a page.
  return first === null ? heading : { stack: [heading, first], unbreakable: true };
}

function trendBlocks(input: MonthlyReportInput): Content[] {
  const { locale } = input;
  const charts: Content[] = [];
  for (const code of KEY_INDICATORS[input.edition]) {
    const item = input.indicators.items.find((i) => i.code === code);
    const trend = input.trend.items.find((t) => t.code === code);
    if (!item || !trend) continue;
    const svg = trendSvg({
      months: input.trend.months,
      values: trend.values,
      unit: item.unit,
      locale,
      width: HALF,
      height: TREND_HEIGHT,
    });
    const caption = exportText('report.trendCaption', locale, {
      code,
      name: item.name[locale],
      unit: unitSign(item.unit, locale, 'print'),
    });
    charts.push(chartBlock(caption, svg, HALF));
  }
  const rows: Content[] = [];
  for (let i = 0; i < charts.length; i += 2)
    rows.push({
      columns: [
        { width: HALF, stack: [charts[i]!] },
        { width: HALF, stack: charts[i + 1] ? [charts[i + 1]!] : [] },
      ],
      columnGap: GAP,
      margin: [0, 0, 0, 8],
    });
  return rows;
}

function barBlocks(items: readonly IndicatorItem[], locale: Locale): Content[] {
  return BAR_UNITS.flatMap((unit) => {
    const group = items.filter((i) => i.unit === unit);
    if (group.length === 0) return [];
    const svg = barsSvg({
      bars: group.map((i) => ({
        label: `${i.code} ${shorten(i.name[locale], NAME_MAX[locale])}`,
        value: i.value,
      })),
      unit,
      locale,
      width: CONTENT_WIDTH,
    });
    const caption = exportText(BAR_CAPTION[unit], locale);
    return [{ stack: [chartBlock(caption, svg, CONTENT_WIDTH)], margin: [0, 0, 0, 8] } as Content];
  });
}

export function monthlyReportDocument(input: MonthlyReportInput): TDocumentDefinitions {
  const { locale } = input;
  const say = (key: ExportTextKey, params?: Record<string, string | number>) =>
    exportText(key, locale, params);
  const { from, to } = monthBounds(input.month);
  const title = [input.hospital, say('report.title')].filter(Boolean).join(' ');
  const small = { fontSize: 7.5, color: GREY };
  const trend = trendBlocks(input);
  const bars = barBlocks(input.indicators.items, locale);
  const generated = say('head.generated', { time: `${cstDateTime(input.generatedAt)} (UTC+08:00)` });
  const sections: Content[] = [
    section(say('report.section.indicators'), null),
    indicatorTable(input.indicators, locale),
    { text: say('report.nullNote'), ...small, margin: [0, 4, 0, 0] },
    section(say('report.section.trend'), trend[0] ?? { text: say('report.noData'), ...small }),
    ...trend.slice(1),
    { text: say('report.monthsNote'), ...small, margin: [0, 0, 0, 0] },
    section(say('report.section.month'), bars[0] ?? { text: say('report.noData'), ...small }),
    ...bars.slice(1),
    section(say('report.section.kpis'), kpiTable(input.kpis, locale)),
  ];
  return {
    info: { title: `${say('report.title')} ${input.month}`, creator: 'Periop', producer: 'Periop' },
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN, 36, MARGIN, 40],
    defaultStyle: { fontSize: 8 },
    footer: (page, pages) => ({
      columns: [
        { text: generated, ...small },
        { text: say('report.page', { page, pages }), alignment: 'right', ...small },
      ],
      margin: [MARGIN, 14, MARGIN, 0],
    }),
    content: [
      { text: title, fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      {
        text: [
          say('head.month', { month: input.month, from, to }),
          say('head.edition', { edition: editionText(input.edition, locale) }),
          say('head.wards', { wards: wardsText(input.wards, locale) }),
        ].join('　'),
        alignment: 'center',
        fontSize: 9,
        color: '#595959',
        margin: [0, 0, 0, 4],
      },
      ...sections,
    ],
  };
}

export async function monthlyReportPdf(input: MonthlyReportInput): Promise<Buffer> {
  return renderPdf(monthlyReportDocument(input));
}
