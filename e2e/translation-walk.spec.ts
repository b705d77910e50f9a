// Walks every page of the app as each demo role, in zh-CN and in en-US, and fails on text a user should
// never see: a message key, an unreplaced {placeholder}, a raw enum value (in_room, general_tube), a
// programming word (undefined, NaN, [object Object]), Chinese in the English page's own labels or a
// page that crashed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, type Response, test } from '@playwright/test';
import { dayWithScheduledCases, login, todayInShanghai } from './helpers';

type Locale = 'zh-CN' | 'en-US';
const LOCALES: Locale[] = ['zh-CN', 'en-US'];

// The page's own words: headings, labels, buttons, menus, table headers, tags and alerts. Patient names,
// wards and free text entered by users are data and may be Chinese in either language.
const CHROME = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'label',
  'button',
  'th',
  '.ant-menu-title-content',
  '.ant-card-head-title',
  '.ant-tabs-tab',
  '.ant-tag',
  '.ant-alert-message',
  '.ant-empty-description',
  '.ant-select-selection-placeholder',
  '.ant-statistic-title',
  '.ant-descriptions-item-label',
  '.ant-form-item-label',
].join(',');

const MESSAGE_KEY =
  /\b(?:app|visit|case|record|board|ward|obs|audit|admin|followup|registry|monitoring|anesthesia|assessment|platform|interop|common|risk|qc|quality|historyImport)\.[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*\b/;
const RAW_ENUM = /\b[a-z]+(?:_[a-z0-9]+)+\b/;
const PROGRAMMING = /\bundefined\b|\bNaN\b|\[object Object\]|Invalid Date|\bnull\b/;
const PLACEHOLDER = /\{[a-zA-Z]+\}/;
const CJK = /[\u4e00-\u9fff]/;

// The language switch names the other language in its own script.
const LANGUAGE_SWITCH = /^中\s?文$/;

/** Every string of a JSON body holding Chinese, except the Chinese half of a bilingual label. */
function collectData(v: unknown, into: Set<string>, key = ''): void {
  if (typeof v === 'string') {
    if (key !== 'zh-CN' && CJK.test(v)) into.add(v);
  } else if (Array.isArray(v)) for (const x of v) collectData(x, into, key);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) collectData(x, into, k);
}

type Finding = { path: string; locale: Locale; kind: string; text: string };

async function setLocale(request: APIRequestContext, locale: Locale) {
  const r = await request.put('/api/v1/auth/locale', { data: { locale } });
  expect(r.ok(), `locale ${locale}: ${r.status()}`).toBeTruthy();
}

/** The pages a role can reach, with real ids of demo records for the pages that show one. */
async function pagesFor(request: APIRequestContext): Promise<string[]> {
  const pages = [
    '/',
    '/patients',
    '/patients/new',
    '/cases/new',
    '/wards',
    '/overview',
    '/worklists',
    '/followup',
    '/reports/ews',
    '/quality',
    '/quality?tab=kpis',
    '/quality?tab=staffing',
    '/quality/indicators/AQI-PVR-04/cases?term=missing',
    '/imports/history',
    '/admin/users',
    '/admin/security',
    '/admin/devices',
    '/admin/dictionary',
    '/audit',
  ];
  const today = todayInShanghai();
  const board = await request.get(`/api/v1/cases?date=${today}`);
  if (!board.ok()) return pages;
  const items = ((await board.json()) as { items: { id: string; status: string; patientId: string }[] })
    .items;
  // A case before, during and after its operation and a cancelled one, so each stage's labels and
  // actions are seen (the board shows every state's label).
  const SHOWN = ['scheduled', 'surgery_start', 'pacu_in', 'ward', 'icu', 'cancelled'];
  const byStatus = new Map<string, { id: string; patientId: string }>();
  for (const c of items) if (SHOWN.includes(c.status) && !byStatus.has(c.status)) byStatus.set(c.status, c);
  const scheduledDay = await dayWithScheduledCases(request).catch(() => null);
  if (scheduledDay && scheduledDay !== today) {
    const next = (await (await request.get(`/api/v1/cases?date=${scheduledDay}`)).json()) as {
      items: { id: string; status: string; patientId: string }[];
    };
    const s = next.items.find((c) => c.status === 'scheduled');
    if (s && !byStatus.has('scheduled')) byStatus.set('scheduled', s);
  }
  for (const c of byStatus.values()) {
    pages.push(`/cases/${c.id}`, `/cases/${c.id}/visit`, `/cases/${c.id}/record`);
    pages.push(`/cases/${c.id}/observations`, `/cases/${c.id}/edit`);
    pages.push(`/patients/${c.patientId}`, `/patients/${c.patientId}/edit`);
  }
  return [...new Set(pages)];
}

async function findingsOn(page: Page, path: string, locale: Locale): Promise<Finding[]> {
  const errors: string[] = [];
  const onError = (e: Error) => errors.push(e.message);
  page.on('pageerror', onError);
  // What the server sent is data (patient and staff names, procedures, wards), Chinese in either language;
  // a label sent in both languages (`{ 'zh-CN', 'en-US' }`) is not, and must show in the page's language.
  const data = new Set<string>();
  const onResponse = async (r: Response) => {
    if (!r.url().includes('/api/') || !(r.headers()['content-type'] ?? '').includes('json')) return;
    const body: unknown = await r.json().catch(() => null);
    collectData(body, data);
  };
  page.on('response', onResponse);
  await page.goto(path);
  await page.waitForLoadState('load');
  // Loaded: the shell is there and nothing is spinning any more.
  await page.getByTestId('app-user').waitFor();
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(150);
  page.off('pageerror', onError);
  page.off('response', onResponse);
  const forbidden = await page.getByTestId('forbidden-page').count();
  if (forbidden > 0) return [];
  const body = await page.locator('#root').innerText();
  const chrome = await page.locator(CHROME).allInnerTexts();
  const found: Finding[] = errors.map((text) => ({ path, locale, kind: 'page error', text }));
  const check = (kind: string, re: RegExp, texts: string[]) => {
    for (const text of texts) {
      const m = text.match(re);
      if (m)
        found.push({
          path,
          locale,
          kind,
          text: `${m[0]} — in “${text.slice(0, 120).replace(/\n/g, ' ⏎ ')}”`,
        });
    }
  };
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  check('message key', MESSAGE_KEY, lines);
  check('raw enum', RAW_ENUM, lines);
  check('programming word', PROGRAMMING, lines);
  check('placeholder', PLACEHOLDER, lines);
  if (locale === 'en-US') {
    // Longest first, so a name inside a longer value is taken out with it.
    const values = [...data].sort((a, b) => b.length - a.length);
    const labels = chrome
      .map((t) => values.reduce((rest, v) => rest.split(v).join(' '), t))
      .filter((t) => t.trim() !== '' && !LANGUAGE_SWITCH.test(t.trim()));
    check('Chinese label', CJK, labels);
  }
  return found;
}

// The anesthesiologist reaches every clinical page; each other role walks the pages only it sees or
// acts on differently (the ward nurse's observations, the administrators' pages), to keep the walk short.
const ROLES: Record<string, (path: string) => boolean> = {
  anesthesia: () => true,
  nurse: (p) => p === '/' || p === '/wards' || p.endsWith('/observations') || /^\/cases\/[^/]+$/.test(p),
  surgeon: (p) => p === '/' || p === '/cases/new' || /^\/cases\/[^/]+(\/edit)?$/.test(p),
  followup: (p) => p === '/followup' || p.startsWith('/patients/'),
  quality: (p) =>
    p === '/reports/ews' || p === '/overview' || p.startsWith('/quality') || p === '/imports/history',
  admin: (p) => p.startsWith('/admin/'),
  secadmin: (p) => p.startsWith('/admin/'),
  auditor: (p) => p === '/audit',
};

test.describe('translation walk', () => {
  test.setTimeout(15 * 60_000);

  for (const [role, walks] of Object.entries(ROLES)) {
    test(`${role}: every page reads as words in zh-CN and en-US`, async ({ page }) => {
      await login(page, role);
      const pages = (await pagesFor(page.request)).filter(walks);
      const findings: Finding[] = [];
      for (const locale of LOCALES) {
        await setLocale(page.request, locale);
        for (const path of pages) findings.push(...(await findingsOn(page, path, locale)));
      }
      await setLocale(page.request, 'zh-CN');
      const lines = findings.map((f) => `${f.locale} ${f.path} [${f.kind}] ${f.text}`);
      mkdirSync('test-results/translation-walk', { recursive: true });
      writeFileSync(`test-results/translation-walk/${role}.txt`, `${lines.join('\n')}\n`);
      expect(findings.map((f) => `${f.locale} ${f.path} [${f.kind}] ${f.text}`)).toEqual([]);
    });
  }
});
