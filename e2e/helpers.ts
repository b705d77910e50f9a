import { type APIRequestContext, type Browser, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Periop@2026!';

/** Logs in through the real login page and waits for the app shell. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('app-user')).toBeVisible();
}

export async function newUserPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, username);
  return page;
}

/** Today's date in the site time zone, as the board shows it. */
export const todayInShanghai = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/**
 * The first day from today (site time) whose OR board still has a scheduled case. The demo shows today
 * complete after its working day (19:00 site time), with the next days' lists scheduled.
 */
export async function dayWithScheduledCases(request: APIRequestContext): Promise<string> {
  const start = Date.parse(`${todayInShanghai()}T12:00:00+08:00`);
  for (let d = 0; d < 4; d++) {
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const board = (await (await request.get(`/api/v1/cases?date=${day}`)).json()) as {
      items: { status: string }[];
    };
    if (board.items.some((c) => c.status === 'scheduled')) return day;
  }
  throw new Error('no scheduled case today or in the next three days');
}
