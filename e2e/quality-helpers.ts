// The QC end-to-end test's helpers: a generated two-year history file set written to disk with what its
// cases.csv says the import and the indicators must show (episodes by anchor year, PACU stays over 3 h by
// month), the dashboard's counts read as numbers, and a month chosen through the period picker's panels.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { historyFileSet } from '../src/domain/interop/history/history-sample.fixture';

export const HISTORY_PARTS = ['cases', 'deliveries', 'staffing', 'wards'] as const;
export type HistoryPart = (typeof HISTORY_PARTS)[number];

export type HistoryFiles = {
  paths: Record<HistoryPart, string>;
  /** Data lines of cases.csv: one case-episode each. */
  episodes: number;
  /** Episodes by the local (UTC+08:00) year of their anchor: room entry, else the scheduled start, else the surgery date. */
  byYear: Record<string, number>;
  /** Month (YYYY-MM of room entry) → the persons and the episodes with pacu_out_at − pacu_in_at > 180 min. */
  pacuOver3h: Map<string, { persons: Set<string>; episodes: number }>;
  /** The same with ≥ 180 min: what a count that took exactly 3 h as delayed would give. */
  pacuAtLeast3h: Map<string, { persons: Set<string>; episodes: number }>;
};

const PACU_3H_MS = 180 * 60_000;

/** Writes historyFileSet(n, years) as the four CSV files into `dir` and reads back what cases.csv holds. */
export async function writeHistoryFiles(
  dir: string,
  n: number,
  years: readonly number[],
): Promise<HistoryFiles> {
  await mkdir(dir, { recursive: true });
  const set = historyFileSet(n, years);
  const paths = Object.fromEntries(HISTORY_PARTS.map((p) => [p, join(dir, `${p}.csv`)])) as Record<
    HistoryPart,
    string
  >;
  for (const part of HISTORY_PARTS) await writeFile(paths[part], set[part], 'utf8');

  const lines = set.cases.split(/\r?\n/).filter((l) => l.length > 0);
  const rows = parse(set.cases, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  expect(rows.length, 'cases.csv parses to one record per data line').toBe(lines.length - 1);
  const byYear: Record<string, number> = {};
  const pacuOver3h: HistoryFiles['pacuOver3h'] = new Map();
  const pacuAtLeast3h: HistoryFiles['pacuAtLeast3h'] = new Map();
  const add = (to: HistoryFiles['pacuOver3h'], month: string, person: string) => {
    const m = to.get(month) ?? { persons: new Set<string>(), episodes: 0 };
    m.persons.add(person);
    m.episodes++;
    to.set(month, m);
  };
  // One expect for the whole file: an expect per row would cost more than the import.
  const unanchored: string[] = [];
  for (const r of rows) {
    // Date-times are written with +08:00, so their first ten characters are the site's calendar day.
    const anchor = r.in_room_at || r.scheduled_at || r.surgery_date || '';
    if (!/^\d{4}-\d{2}-\d{2}/.test(anchor)) unanchored.push(r.episode_id ?? '?');
    const year = anchor.slice(0, 4);
    byYear[year] = (byYear[year] ?? 0) + 1;
    if (!r.in_room_at?.endsWith('+08:00') || !r.pacu_in_at || !r.pacu_out_at) continue;
    const stay = Date.parse(r.pacu_out_at) - Date.parse(r.pacu_in_at);
    const month = r.in_room_at.slice(0, 7);
    if (stay > PACU_3H_MS) add(pacuOver3h, month, r.person_id!);
    if (stay >= PACU_3H_MS) add(pacuAtLeast3h, month, r.person_id!);
  }
  expect(unanchored, 'episodes without an anchor').toEqual([]);
  return { paths, episodes: lines.length - 1, byYear, pacuOver3h, pacuAtLeast3h };
}

/** A count as the zh-CN pages group it (12,000). */
export const zhCount = (n: number): string => new Intl.NumberFormat('zh-CN').format(n);

/** A shown count ("1,234") as a number. */
export function countOf(text: string | null): number {
  const digits = (text ?? '').replace(/[,\s]/g, '');
  expect(digits, `"${text}" is a count`).toMatch(/^\d+$/);
  return Number(digits);
}

/**
 * Picks a month (YYYY-MM) in the dashboard's month picker as a person does: opens it, goes to the year panel,
 * picks the year, then the month.
 */
export async function pickMonth(page: Page, month: string): Promise<void> {
  const [year, mm] = month.split('-') as [string, string];
  await page.getByRole('textbox', { name: '统计期间' }).click();
  const panel = page.locator('.ant-picker-dropdown:visible .ant-picker-month-panel');
  await expect(panel).toBeVisible();
  await panel.locator('.ant-picker-year-btn').click();
  const years = page.locator('.ant-picker-dropdown:visible .ant-picker-year-panel');
  await years.locator('.ant-picker-cell-inner', { hasText: new RegExp(`^${year}$`) }).click();
  await expect(panel.locator('.ant-picker-year-btn')).toHaveText(new RegExp(year));
  await panel.locator('.ant-picker-cell-inner', { hasText: new RegExp(`^${Number(mm)}月$`) }).click();
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
}

/** The rows of the drill-down list (cells' text), every page of it, each page's range and the total checked. */
export async function listedCases(page: Page, total: number, pageSize = 50): Promise<string[][]> {
  const rows = page.getByTestId('qc-cases').locator('tbody tr.ant-table-row');
  const range = page.getByText(/^第 \d+–\d+ 条，共 \d+ 条$/);
  const all: string[][] = [];
  for (let from = 1; from <= total; from += pageSize) {
    const to = Math.min(total, from + pageSize - 1);
    await expect(range).toHaveText(`第 ${from}–${to} 条，共 ${total} 条`);
    await expect(rows).toHaveCount(to - from + 1);
    all.push(
      ...(await rows.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      )),
    );
    if (to < total) await page.getByRole('listitem', { name: '下一页' }).click();
  }
  expect(all).toHaveLength(total);
  return all;
}

/** The dashboard's indicator table as shown: code → the 分子 / 分母 cell ("60 / 125", "— / —"), in row order. */
export async function shownTerms(page: Page): Promise<Map<string, string>> {
  const rows = page.getByTestId('qc-indicators').locator('tbody tr[data-row-key]');
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-row-key') ?? '', tr.querySelectorAll('td')[3]?.textContent ?? '']),
  );
  return new Map(cells.map(([code, terms]) => [code!, terms!]));
}

/** A term as the table writes it: grouped, or a dash when there is none. */
export const termText = (n: unknown): string => (typeof n === 'number' ? zhCount(n) : '—');
