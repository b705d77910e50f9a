// The monthly QC report rendered for real: pdftotext finds the title, every 2022 code, Chinese indicator names,
// the reasons for absent values, the chart labels and the page numbers; pdffonts shows only the embedded Noto
// CJK faces (no chart text fell back to a Latin font, so no boxes); pdftoppm draws every page (kept as PNG
// under test-results/qc-report/ for a person to look at). The definition carries non-empty ECharts SVGs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentSvg } from 'pdfmake/interfaces';
import { describe, expect, it, vi } from 'vitest';
import { INDICATORS_2022 } from '../../../domain/quality/indicators-2022';
import { indicatorsFixture, kpisFixture, MONTH, trendFixture, WARDS } from './exports.fixture';
import { type MonthlyReportInput, monthlyReportDocument, monthlyReportPdf } from './monthly-report.pdf';

const ARTEFACTS = resolve('test-results/qc-report');

function input(locale: 'zh-CN' | 'en-US'): MonthlyReportInput {
  const indicators = indicatorsFixture('2022');
  return {
    edition: '2022',
    month: MONTH,
    wards: WARDS,
    indicators,
    trend: trendFixture(indicators),
    kpis: kpisFixture(),
    generatedAt: new Date('2026-04-01T01:30:00Z'),
    locale,
  };
}

/** Writes the PDF and its pages as PNG (pdftoppm -r 60 -png); returns the text, fonts and page files. */
function artefacts(pdf: Buffer, name: string) {
  mkdirSync(ARTEFACTS, { recursive: true });
  for (const f of readdirSync(ARTEFACTS)) if (f.startsWith(`${name}-`)) rmSync(join(ARTEFACTS, f));
  const file = join(ARTEFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(ARTEFACTS, name)]);
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-']).toString(),
    fonts: execFileSync('pdffonts', [file]).toString(),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]),
    pngs: readdirSync(ARTEFACTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')),
  };
}

const fontNames = (pdffonts: string) =>
  pdffonts
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/)[0]!);

function svgs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(svgs);
  if (node === null || typeof node !== 'object') return [];
  if ('svg' in node) return [String((node as ContentSvg).svg)];
  return ['stack', 'columns'].flatMap((k) => (k in node ? svgs((node as Record<string, unknown>)[k]) : []));
}

describe('monthlyReportPdf', () => {
  it('prints the title, every indicator, the charts and the KPIs in Chinese with the CJK font embedded', async () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const out = artefacts(await monthlyReportPdf(input('zh-CN')), 'monthly-zh');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    const { text } = out;
    expect(text).toContain('月度麻醉质控报告');
    expect(text).toContain('统计月份：2026-03（2026-03-01 至 2026-03-31）');
    expect(text).toContain('病区：TS1、TS2');
    for (const indicator of INDICATORS_2022) expect(text).toContain(indicator.code);
    expect(text).toContain('手术麻醉期间低体温发生率');
    expect(text).toContain('阴道分娩椎管内麻醉使用率');
    expect(text).toContain('未填报');
    expect(text).toContain('分母为 0');
    expect(text).toContain('7.85%');
    expect(text).toContain('115.5 例次/人');
    // The font has no ‱: a PDF writes /万.
    expect(text).not.toContain('‱');
    expect(text).toContain('7.75/万');
    // Chart text is real text in the CJK face: captions, axis months, bar labels.
    expect(text).toContain('二、近 12 个月趋势');
    expect(text).toContain('以百分率（%）计的指标');
    expect(text).toMatch(/4月\s+5月/);
    expect(text).toContain('（无值）');
    expect(text).toContain('四、科室运行指标');
    expect(text).toContain('出院患者四级手术比例');
    expect(text).toContain('38.4% – 48.2%');
    expect(text).toContain('168 / 389');
    expect(text).toContain('生成时间：2026-04-01 09:30');
    expect(text.replace(/\s+/g, '')).toContain(`第1页/共${out.pages}页`);
    expect(fontNames(out.fonts).length).toBeGreaterThan(0);
    for (const font of fontNames(out.fonts)) expect(font).toMatch(/\+NotoSansCJKsc-(Regular|Bold)$/);
    expect(out.pages).toBeGreaterThanOrEqual(2);
    expect(out.pngs).toHaveLength(out.pages);
  }, 30_000);

  it('prints the English report', async () => {
    const out = artefacts(await monthlyReportPdf(input('en-US')), 'monthly-en');
    expect(out.text).toContain('Monthly anesthesia quality-control report');
    expect(out.text).toContain('Hypothermia during surgery/anesthesia');
    expect(out.text).toContain('Not reported');
    expect(out.text).toContain('7.75 per 10,000');
    expect(out.text).toContain(`Page 1 of ${out.pages}`);
    // No Chinese beyond the data's own (the home province).
    expect(out.text.replaceAll('山西省', '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(out.pngs).toHaveLength(out.pages);
  }, 30_000);

  it('draws four trend lines and three bar charts as non-empty SVG', () => {
    const doc = monthlyReportDocument(input('zh-CN'));
    const charts = svgs(doc.content);
    expect(charts).toHaveLength(7);
    for (const svg of charts) {
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toContain('NaN');
      expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(5);
    }
    // Every trend line is drawn; the 2022 key indicators lead the trend section.
    const trendCaptions = JSON.stringify(doc.content).match(/AQI-[A-Z]{3}-\d\d　[^"（]+（/g) ?? [];
    expect(trendCaptions.map((c) => c.slice(0, 10))).toEqual([
      'AQI-IHT-10',
      'AQI-IDP-18',
      'AQI-CRB-05',
      'AQI-PVR-04',
    ]);
  });
});
