// 三员分立 in the browser: the system administrator makes an account, the security administrator gives it
// a role and a ward, the new nurse works; no administrator reaches a chart; the audit administrator reads
// what happened. Free text typed with quotes and markup comes back as typed and never runs.
import { expect, test } from '@playwright/test';
import { login, newUserPage } from './helpers';

test('accounts under 三员分立: made by the system administrator, given a role by the security administrator, audited for the auditor', async ({
  browser,
}) => {
  const username = `e2e${Date.now().toString(36)}`;
  const admin = await newUserPage(browser, 'admin');
  await expect(admin).toHaveURL(/\/admin\/users$/);
  await admin.getByTestId('user-create').click();
  await admin.getByLabel('用户名').fill(username);
  await admin.getByLabel('姓名').fill('钱护士');
  await admin.getByLabel('初始密码').fill('Ward2Nurse#2026');
  await admin.getByRole('button', { name: /保\s*存/ }).click();
  await expect(admin.getByRole('row', { name: new RegExp(username) })).toContainText('未分配角色');
  // The system administrator reads no chart and cannot give roles.
  expect((await admin.request.get('/api/v1/patients')).status()).toBe(403);
  await admin.goto('/patients');
  await expect(admin.getByTestId('forbidden-page')).toBeVisible();
  await expect(admin.getByTestId(`assign-role-${username}`)).toHaveCount(0);

  const secadmin = await newUserPage(browser, 'secadmin');
  await secadmin.goto('/admin/users');
  await secadmin.getByTestId(`assign-role-${username}`).click();
  await secadmin.getByTestId('role-select').click();
  await secadmin.locator('.ant-select-dropdown:visible .ant-select-item-option[title="护士"]').click();
  await expect(secadmin.getByTestId('role-select')).toContainText('护士');
  await secadmin.getByRole('radio', { name: '指定病区' }).check();
  await secadmin.getByTestId('wards-select').click();
  await secadmin.locator('.ant-select-dropdown:visible .ant-select-item-option[title="胸外一病区"]').click();
  await secadmin.locator('.ant-modal-title').click();
  await secadmin.getByRole('button', { name: /保\s*存/ }).click();
  await expect(secadmin.getByRole('row', { name: new RegExp(username) })).toContainText('胸外一病区');
  expect((await secadmin.request.get('/api/v1/audit')).status()).toBe(403);
  expect((await secadmin.request.get('/api/v1/cases')).status()).toBe(403);

  // The new nurse changes the password chosen for her and sees her ward's patients only.
  const nurse = await browser.newPage();
  await nurse.goto('/login');
  await nurse.getByTestId('login-username').fill(username);
  await nurse.getByTestId('login-password').fill('Ward2Nurse#2026');
  await nurse.getByTestId('login-submit').click();
  await nurse.getByTestId('password-current').fill('Ward2Nurse#2026');
  await nurse.getByTestId('password-new').fill('MyOwn!Passw0rd');
  await nurse.getByTestId('password-confirm').fill('MyOwn!Passw0rd');
  await nurse.getByTestId('password-submit').click();
  await expect(nurse.getByTestId('app-user')).toBeVisible();
  const me = await (await nurse.request.get('/api/v1/auth/me')).json();
  expect(me).toMatchObject({ role: 'nurse', scope: { kind: 'wards' } });

  const auditor = await newUserPage(browser, 'auditor');
  await expect(auditor).toHaveURL(/\/audit/);
  await expect(auditor.getByTestId('audit-table')).toContainText('分配角色');
  expect((await auditor.request.get('/api/v1/patients')).status()).toBe(403);
  expect((await auditor.request.get('/api/v1/users')).status()).toBe(403);
});

test('a name with quotes and markup is stored and shown as typed and never runs as script', async ({
  page,
}) => {
  await login(page, 'surgeon');
  const name = `O'Brien"<img src=x onerror="window.__xss=1">`;
  const created = await page.request.post('/api/v1/patients', {
    data: { mrn: `XSS${Date.now().toString().slice(-8)}`, name, sex: 'male', birthDate: '1970-01-01' },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  await page.goto(`/patients/${id}`);
  await expect(page.getByTestId('patient-banner')).toContainText(name);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
