// Issue 3's acceptance: the pre-anesthesia visit, from the 待访视 worklist to the OR board badge
// and the recommendation worklist, in a real browser against the real server with demo data.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { newUserPage } from './helpers';

const field = (page: Page, path: string): Locator => page.getByTestId(`f-${path.replace(/\./g, '-')}`);

async function typeNumber(page: Page, path: string, value: string): Promise<void> {
  const input = field(page, path);
  const target = (await input.evaluate((el) => el.tagName)) === 'INPUT' ? input : input.locator('input');
  await target.click();
  await target.pressSequentially(value, { delay: 20 });
}

async function answer(page: Page, path: string, label: string): Promise<void> {
  await field(page, path).getByText(label, { exact: true }).click();
}

async function choose(page: Page, path: string, option: string): Promise<void> {
  await field(page, path).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

const score = (page: Page, id: string) => page.getByTestId(`score-${id}`);

test('the anesthesiologist fills a high-risk visit from 待访视, watching the scores, and signs; the board and worklist follow; the nurse can only read', async ({
  browser,
}) => {
  const doctor = await newUserPage(browser, 'anesthesia');
  await doctor.goto('/worklists?tab=pending');
  const pending = doctor.getByTestId('worklist-pending-visits');
  const open = pending.locator('a[data-testid^="worklist-open-"]').first();
  await expect(open).toBeVisible();
  const caseId = (await open.getAttribute('data-testid'))!.replace('worklist-open-', '');
  await open.click();
  await expect(doctor).toHaveURL(new RegExp(`/cases/${caseId}/visit$`));

  // Nothing answered: every score says what it lacks instead of showing a low risk.
  await expect(score(doctor, 'rcri')).toHaveAttribute('data-status', 'incomplete');
  await expect(score(doctor, 'rcri')).toContainText('缺');

  // The history, entered once, feeds RCRI; the score changes while the creatinine is typed.
  await choose(doctor, 'plan.surgicalSite', '胸腔内');
  await answer(doctor, 'history.ischemicHeartDisease', '是');
  await answer(doctor, 'history.congestiveHeartFailure', '否');
  await answer(doctor, 'history.cerebrovascularDisease', '否');
  await choose(doctor, 'history.diabetes', '胰岛素');
  await expect(score(doctor, 'rcri')).toContainText('肌酐');
  await typeNumber(doctor, 'labs.creatinine', '19');
  await expect(score(doctor, 'rcri')).toHaveAttribute('data-total', '3');
  await typeNumber(doctor, 'labs.creatinine', '0'); // 190 µmol/L > 177 (2.0 mg/dL)
  await expect(score(doctor, 'rcri')).toHaveAttribute('data-total', '4');

  // What signing requires.
  await typeNumber(doctor, 'heightCm', '168');
  await typeNumber(doctor, 'weightKg', '55');
  await choose(doctor, 'airway.mallampatiClass', 'II');
  await typeNumber(doctor, 'vitals.systolicBp', '150');
  await typeNumber(doctor, 'vitals.pulse', '82');
  await typeNumber(doctor, 'vitals.spo2', '95');
  await choose(doctor, 'asaClass', 'III');
  await answer(doctor, 'asaEmergency', '否');
  await choose(doctor, 'plan.anesthesiaMethod', '气管插管全麻');
  await choose(doctor, 'plan.postopDestination', 'ICU（计划）');
  await expect(score(doctor, 'asa')).toHaveAttribute('data-status', 'complete');
  // The patient's own PHQ-9: 16 points, so a referral is recommended.
  for (let k = 1; k <= 8; k++) await answer(doctor, `phq9.item${k}`, '2');
  await answer(doctor, 'phq9.item9', '0');
  await expect(score(doctor, 'phq9')).toHaveAttribute('data-total', '16');
  await expect(doctor.getByTestId('visit-saved')).toBeVisible();

  await doctor.getByTestId('visit-sign').click();
  await expect(doctor.getByTestId('visit-status')).toHaveAttribute('data-status', 'signed');
  await expect(
    field(doctor, 'labs.creatinine').locator('input').or(field(doctor, 'labs.creatinine')),
  ).toBeDisabled();

  // The OR board of the case's day shows the risk badge.
  const c = await (await doctor.request.get(`/api/v1/cases/${caseId}`)).json();
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(c.scheduledStart),
  );
  await doctor.goto(`/?date=${day}`);
  await expect(doctor.getByTestId(`risk-badge-${caseId}`)).toBeVisible();

  // The case's risk card names the flag and opens its breakdown.
  await doctor.goto(`/cases/${caseId}`);
  await doctor.getByTestId('risk-flag-rcri.high').click();
  await expect(doctor.getByTestId('breakdown-rcri')).toContainText('Lee');

  // The recommendation the visit raised waits in the worklist.
  await doctor.goto('/worklists?tab=tasks');
  const tasks = doctor.getByTestId('worklist-tasks');
  const task = tasks
    .locator('tr', { hasText: c.patient.name })
    .filter({ has: doctor.getByTestId('task-phq9.referral') });
  // Open tasks are listed by their case's time, oldest first, 20 a page: page on until it shows.
  await expect(tasks.locator('tbody tr').first()).toBeVisible();
  for (let page = 1; page < 30 && !(await task.isVisible()); page++) {
    const next = doctor.locator('.ant-pagination-next:not(.ant-pagination-disabled)');
    if (!(await next.isVisible())) break;
    await next.click();
    await expect(doctor.locator('.ant-pagination-item-active')).toHaveText(String(page + 1));
  }
  await expect(task).toBeVisible();

  // The nurse reads the visit but can neither edit nor sign it (the server refuses too).
  const nurse = await newUserPage(browser, 'nurse');
  await nurse.goto(`/cases/${caseId}/visit`);
  await expect(nurse.getByTestId('visit-readonly')).toBeVisible();
  await expect(nurse.getByTestId('score-rcri')).toHaveAttribute('data-total', '4');
  await expect(nurse.getByTestId('visit-sign')).toHaveCount(0);
  const refused = await nurse.request.post(`/api/v1/cases/${caseId}/visit/sign`, { data: { version: 1 } });
  expect(refused.status()).toBe(403);

  // The signed visit prints as a PDF.
  const pdf = await nurse.request.get(`/api/v1/cases/${caseId}/visit/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
});
