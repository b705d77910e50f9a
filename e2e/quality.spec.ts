// Issue 12's Done-when, end to end: the quality officer imports two years of history (2024, 2025) through the
// import page and watches it run; the QC dashboard of a month of those years (2025-03, before the demo's twelve
// months) counts intra-operative hypothermia (AQI-IHT-10) from it, its numerator opens the persons behind it and
// one of them the imported episode, which stands in that numerator; the month's table exports to Excel with the
// page's figures and the monthly report to PDF (its text read, its first page kept as PNG); and the 2015 edition
// counts a PACU stay over 3 h (2015-06) exactly as the file says, fewer than the 2022 edition's over 2 h.
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page, type Response, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { IndicatorsResponse } from '../src/api/quality';
import { INDICATORS_2022 } from '../src/domain/quality/indicators-2022';
import { login } from './helpers';
import {
  countOf,
  HISTORY_PARTS,
  listedCases,
  pickMonth,
  shownTerms,
  termText,
  writeHistoryFiles,
  zhCount,
} from './quality-helpers';

const run = promisify(execFile);
const OUT_DIR = resolve('test-results/quality');
/** Big enough that the import runs for a while (the bar is seen moving), small enough for a quick test. */
const EPISODES = 20_000;
const YEARS = [2024, 2025] as const;
/** A month of the imported years that the demo (the twelve months before today) does not reach. */
const MONTH = '2025-03';
const FROM = `${MONTH}-01`;
const TO = `${MONTH}-31`;

/** The indicators the dashboard reads for an edition and the month. */
const indicatorsRead = (page: Page, edition: string) =>
  page.waitForResponse((r: Response) => {
    const u = new URL(r.url());
    return (
      u.pathname === '/api/v1/quality/indicators' &&
      u.searchParams.get('edition') === edition &&
      u.searchParams.get('from') === FROM &&
      u.searchParams.get('to') === TO &&
      r.ok()
    );
  });

/** The value cell beside a label in a bordered antd Descriptions. */
const cellBeside = (label: string) => `xpath=.//th[normalize-space()="${label}"]/following-sibling::td[1]`;

const numeratorOf = (body: IndicatorsResponse, code: string): number => {
  const item = body.items.find((i) => i.code === code);
  expect(item, `${code} is in the ${body.edition} edition's table`).toBeDefined();
  expect(item!.numerator).not.toBeNull();
  return item!.numerator!;
};

test('two years of history imported, counted on the QC dashboard, drilled down to an episode and exported', async ({
  page,
}, testInfo) => {
  await rm(OUT_DIR, { recursive: true, force: true });
  // The generated files go to the test's own output directory, which Playwright empties before each run.
  const files = await writeHistoryFiles(testInfo.outputPath('history'), EPISODES, YEARS);
  expect(files.episodes).toBe(EPISODES);
  expect(Object.keys(files.byYear).sort()).toEqual(YEARS.map(String));
  await login(page, 'quality');

  // 1. The import: the four files chosen through their buttons, the bar while it runs, then the summary.
  await page.goto('/imports/history');
  await expect(page.getByRole('heading', { name: '历史病例导入' })).toBeVisible();
  const start = page.getByRole('button', { name: /开始导入/ });
  await expect(start).toBeDisabled();
  for (const part of HISTORY_PARTS) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId(`history-file-${part}`).click();
    await (await chooser).setFiles(files.paths[part]);
    await expect(page.locator('.ant-upload-list', { hasText: `${part}.csv` })).toBeVisible();
  }
  await expect(start).toBeEnabled();
  const importStarted = Date.now();
  await start.click();
  const result = page.getByTestId('history-result');
  await expect(result.getByText('导入中', { exact: true }), 'the import as it runs').toBeVisible();
  const bar = result.getByRole('progressbar');
  await expect(bar).toBeVisible();
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
  await expect(result.getByText('已完成', { exact: true })).toBeVisible({ timeout: 45_000 });
  testInfo.annotations.push({
    type: 'import',
    description: `${zhCount(EPISODES)} episodes in ${((Date.now() - importStarted) / 1000).toFixed(1)} s`,
  });
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  const summary = result.getByTestId('history-summary');
  await expect(summary.locator(cellBeside('麻醉例次'))).toHaveText(zhCount(files.episodes));
  const byYear = result.getByTestId('history-by-year');
  for (const year of YEARS)
    await expect(byYear).toContainText(`${year} 年 ${zhCount(files.byYear[String(year)]!)} 例次`);
  await expect(byYear.locator('.ant-tag')).toHaveCount(YEARS.length);

  // 2. The dashboard, 2022 edition, the month picked in the period picker; IHT-10's numerator opens its list.
  await page.getByRole('menuitem', { name: /质控$/ }).click();
  await expect(page.getByRole('heading', { name: '质控看板' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '2022年版（26项）' })).toBeChecked();
  const read2022 = indicatorsRead(page, '2022');
  await pickMonth(page, MONTH);
  const figures2022 = (await (await read2022).json()) as IndicatorsResponse;
  await expect(page.getByTestId('qc-period-text')).toHaveText(`统计期间 ${FROM} 至 ${TO}，全部病区`);
  const iht = numeratorOf(figures2022, 'AQI-IHT-10');
  const idp = numeratorOf(figures2022, 'AQI-IDP-18');
  const ihtLink = page.getByTestId('qc-AQI-IHT-10-numerator');
  await expect(ihtLink).toHaveText(zhCount(iht));
  expect(iht, 'hypothermia is counted from the imported month').toBeGreaterThan(0);
  await expect(page.getByTestId('qc-AQI-IDP-18-numerator')).toHaveText(zhCount(idp));

  await ihtLink.click();
  await expect(page).toHaveURL(/\/quality\/indicators\/AQI-IHT-10\/cases\?/);
  await expect(page.getByTestId('qc-cases-title')).toContainText('AQI-IHT-10');
  await expect(page.getByTestId('qc-cases-title')).toContainText('分子明细');
  const countText = page.getByTestId('qc-cases-count');
  await expect(countText).toHaveText(new RegExp(`^计 ${zhCount(iht)} 人（[\\d,]+ 例次）$`));
  const episodes = countOf(/（([\d,]+) 例次）/.exec((await countText.textContent()) ?? '')?.[1] ?? null);
  expect(episodes).toBeGreaterThanOrEqual(iht);
  // Every listed episode, page by page: imported ones, of as many persons as the numerator says.
  const listed = await listedCases(page, episodes);
  for (const [externalId, personId, , , , , source] of listed) {
    expect(externalId).toMatch(/^E\d+$/);
    expect(personId).toMatch(/^P\d+$/);
    expect(source).toBe('历史导入');
  }
  expect(new Set(listed.map((r) => r[1])).size, 'persons listed').toBe(iht);

  const rows = page.getByTestId('qc-cases').locator('tbody tr.ant-table-row');
  const firstExternal = (await rows.first().locator('td').first().textContent()) ?? '';
  await rows.first().locator('td').first().click();
  await expect(page).toHaveURL(/\/quality\/episodes\/[^/?]+$/);
  await expect(page.getByText(`历史导入病例 ${firstExternal}`)).toBeVisible();
  await expect(page.getByTestId('qc-episode').locator(cellBeside('导入病例号'))).toHaveText(firstExternal);
  const stands = page.getByTestId('qc-episode-indicators').locator('tr', { hasText: 'AQI-IHT-10' });
  await expect(stands).toHaveCount(1);
  await expect(stands).toContainText('2022 版');
  await expect(stands).toContainText('计入分子（事件发生）');
  await expect(stands.getByRole('link', { name: `${MONTH} 明细` })).toBeVisible();

  // 3. Back on the dashboard: the month's table as Excel and the monthly report as PDF.
  await page.getByText('返回', { exact: true }).click();
  await page.getByRole('link', { name: /质控看板/ }).click();
  await expect(page).toHaveURL(/\/quality\?/);
  await expect(ihtLink).toHaveText(zhCount(iht));
  await mkdir(OUT_DIR, { recursive: true });
  const excel = page.waitForEvent('download');
  await page.getByRole('link', { name: /导出 Excel/ }).click();
  const xlsxFile = join(OUT_DIR, 'indicators.xlsx');
  await (await excel).saveAs(xlsxFile);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxFile);
  const sheet = book.getWorksheet('质控指标')!;
  expect(sheet, 'the indicator sheet').toBeDefined();
  expect(String(sheet.getCell('A2').value)).toContain(`${FROM} 至 ${TO}`);
  const sheetRows = Array.from({ length: sheet.rowCount - 3 }, (_, k) => sheet.getRow(4 + k));
  const sheetCodes = sheetRows.map((r) => String(r.getCell(1).value));
  expect(sheetCodes).toHaveLength(26);
  expect([...sheetCodes].sort()).toEqual(INDICATORS_2022.map((i) => i.code).sort());
  // The same indicators in the same order as the page's table, each with the page's numerator and denominator.
  const onPage = await shownTerms(page);
  expect([...onPage.keys()]).toEqual(sheetCodes);
  for (const [k, code] of sheetCodes.entries()) {
    const row = sheetRows[k]!;
    const terms = `${termText(row.getCell(3).value)} / ${termText(row.getCell(4).value)}`;
    expect(terms, `${code}: the sheet's terms are the page's`).toBe(onPage.get(code));
  }
  expect(sheetRows[sheetCodes.indexOf('AQI-IHT-10')]!.getCell(3).value).toBe(iht);
  await testInfo.attach('indicators.xlsx', { path: xlsxFile });

  // The report opens inline in a new tab (Chromium's PDF viewer); the file is read again at that tab's address
  // with the browser's session.
  const popup = page.waitForEvent('popup');
  const opened = page
    .context()
    .waitForEvent('response', (r) => new URL(r.url()).pathname === '/api/v1/quality/report.pdf');
  await page.getByRole('link', { name: `月度质控报告 PDF（${MONTH}）` }).click();
  const report = await popup;
  const shown = await opened;
  expect(shown.status()).toBe(200);
  expect(shown.headers()['content-type']).toContain('application/pdf');
  expect(new URL(shown.url()).searchParams.get('month')).toBe(MONTH);
  const pdf = await report.request.get(shown.url());
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const pdfFile = join(OUT_DIR, 'report.pdf');
  await writeFile(pdfFile, await pdf.body());
  await report.close();
  const { stdout: text } = await run('/usr/bin/pdftotext', ['-layout', pdfFile, '-'], {
    maxBuffer: 16 << 20,
  });
  expect(text).toContain('月度麻醉质控报告');
  expect(text).toContain(MONTH);
  const ihtLines = text.split('\n').filter((l) => l.includes('AQI-IHT-10'));
  expect(ihtLines.length, 'AQI-IHT-10 in the report').toBeGreaterThan(0);
  expect(
    ihtLines.some((l) => l.trim().split(/\s+/).includes(zhCount(iht))),
    `the report's AQI-IHT-10 row shows the numerator ${iht}`,
  ).toBe(true);
  const pngFile = join(OUT_DIR, 'report-page-1');
  await run('/usr/bin/pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', '-singlefile', pdfFile, pngFile]);
  await testInfo.attach('report.pdf', { path: pdfFile, contentType: 'application/pdf' });
  await testInfo.attach('report-page-1.png', { path: `${pngFile}.png`, contentType: 'image/png' });

  // 4. The 2015 edition of the same month: a PACU stay over 3 h, counted as the file says.
  const read2015 = indicatorsRead(page, '2015');
  // The edition switch is antd's button-style radio: its label is what shows and takes the click.
  await page.locator('label', { hasText: '2015年版（17项）' }).click();
  await expect(page.getByRole('radio', { name: '2015年版（17项）' })).toBeChecked();
  const figures2015 = (await (await read2015).json()) as IndicatorsResponse;
  const over3h = files.pacuOver3h.get(MONTH);
  const atLeast3h = files.pacuAtLeast3h.get(MONTH);
  expect(over3h, `${MONTH} has PACU stays over 3 h in cases.csv`).toBeDefined();
  // The month has stays of exactly 3 h whose persons are not otherwise delayed: > and ≥ give different counts.
  expect(over3h!.persons.size).toBeLessThan(atLeast3h!.persons.size);
  // 2015-06 counts persons: one with two such stays in the month counts once.
  expect(numeratorOf(figures2015, '2015-06')).toBe(over3h!.persons.size);
  await expect(page.getByTestId('qc-2015-06-numerator')).toHaveText(zhCount(over3h!.persons.size));
  expect(over3h!.persons.size, '> 3 h is fewer than AQI-IDP-18 (> 2 h)').toBeLessThan(idp);
  testInfo.annotations.push({
    type: 'figures',
    description: `${MONTH}: AQI-IHT-10 ${iht}, AQI-IDP-18 ${idp}, 2015-06 ${over3h!.persons.size} persons (${over3h!.episodes} episodes)`,
  });
});
