// The foundation's acceptance, in a real browser against the real server with demo data.
import { expect, test } from '@playwright/test';
import { login, newUserPage } from './helpers';

test('a nurse finds a patient by pinyin initials and opens the chart; the audit administrator sees that view in the audit log', async ({
  browser,
}) => {
  const nurse = await newUserPage(browser, 'nurse');
  await nurse.goto('/patients');
  const search = nurse.getByTestId('patient-search').locator('input');
  await search.fill('zs');
  await search.press('Enter');
  const row = nurse.getByTestId('patient-row-ZY00000001');
  await expect(row).toBeVisible();
  await row.click();
  await expect(nurse).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  await expect(nurse.getByTestId('patient-banner')).toContainText('张三');
  const patientId = nurse.url().split('/').pop()!;

  const auditor = await newUserPage(browser, 'auditor');
  await auditor.goto(`/audit?patientId=${patientId}`);
  const entry = auditor.getByTestId('audit-table').locator('tr', { hasText: 'nurse' }).first();
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(/查看|read/);
});

test('the nurse is refused the admin pages with a friendly page, and the API says 403', async ({ page }) => {
  await login(page, 'nurse');
  await page.goto('/admin/users');
  await expect(page.getByTestId('forbidden-page')).toBeVisible();
  await expect(page.getByTestId('forbidden-page')).toContainText('没有');
  const api = await page.request.get('/api/v1/users');
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBe('forbidden');
});

test('moving a case to in_room in one browser updates the OR board in another within a second', async ({
  browser,
}) => {
  const watcher = await newUserPage(browser, 'anesthesia');
  const actor = await newUserPage(browser, 'nurse');
  await watcher.goto('/');
  const board = watcher.getByTestId('or-board');
  await expect(board).toBeVisible();
  const card = board.locator('[data-testid^="case-card-"][data-status="scheduled"]').first();
  await expect(card).toBeVisible();
  const testId = (await card.getAttribute('data-testid'))!;
  const caseId = testId.replace('case-card-', '');
  // Give the watcher's socket a moment to subscribe before the change is made.
  await watcher.waitForTimeout(300);

  const current = await actor.request.get(`/api/v1/cases/${caseId}`);
  const { version } = await current.json();
  const moved = await actor.request.post(`/api/v1/cases/${caseId}/transitions`, {
    data: { to: 'in_room', at: new Date().toISOString(), version },
  });
  expect(moved.status()).toBe(200);
  const changedAt = Date.now();
  await expect(watcher.getByTestId(testId)).toHaveAttribute('data-status', 'in_room', { timeout: 1000 });
  expect(Date.now() - changedAt).toBeLessThan(1000);
});

test('saving a case over a stale version shows the conflict instead of overwriting', async ({ browser }) => {
  const first = await newUserPage(browser, 'surgeon');
  await first.goto('/');
  const card = first
    .getByTestId('or-board')
    .locator('[data-testid^="case-card-"][data-status="scheduled"]')
    .first();
  const caseId = ((await card.getAttribute('data-testid')) ?? '').replace('case-card-', '');
  await first.goto(`/cases/${caseId}/edit`);
  const surgeon = first.getByTestId('case-form-surgeon');
  await expect(surgeon).toBeVisible();

  // Someone else saves the case meanwhile.
  const other = await newUserPage(browser, 'anesthesia');
  const latest = await (await other.request.get(`/api/v1/cases/${caseId}`)).json();
  const {
    id: _id,
    status: _s,
    times: _t,
    destination: _d,
    cancelStage: _c,
    cancelReason: _r,
    updatedAt: _u,
    patient: _p,
    events: _e,
    allowedTransitions: _a,
    wardId: _w,
    ...body
  } = latest;
  const saved = await other.request.put(`/api/v1/cases/${caseId}`, {
    data: { ...body, surgeon: '别处修改' },
  });
  expect(saved.status()).toBe(200);

  await surgeon.fill('我的修改');
  await first.getByTestId('case-form-submit').click();
  const dialog = first.getByTestId('version-conflict');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('别处修改');
  await expect(dialog).toContainText('我的修改');
  const stored = await (await other.request.get(`/api/v1/cases/${caseId}`)).json();
  expect(stored.surgeon).toBe('别处修改');
});
