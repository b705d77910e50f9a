// Issue 5's acceptance: a NEWS2 of 7 entered by the nurse reaches another browser's ward board within
// a second; the acknowledgement is recorded with its action; a creatinine rise suggests AKI stage 1,
// which the surgeon confirms as grade I; day 28 with an unknown outcome has created a follow-up call.
// Issue 11: a nurse charts a set after the fact at its real time typed "HHmm", corrects a mistyped value
// with a reason, and sees the corrected NEWS2, the alert withdrawn and the correction's history.
import { expect, type Page, test } from '@playwright/test';
import { newUserPage } from './helpers';

async function typeInto(page: Page, testId: string, value: string) {
  const el = page.getByTestId(testId);
  const input = (await el.evaluate((n) => n.tagName)) === 'INPUT' ? el : el.locator('input');
  await input.fill(value);
}

test('NEWS2 7 → ward board alert within a second → acknowledged; AKI suggested and confirmed; day-28 follow-up call', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const nurse = await newUserPage(browser, 'nurse');
  const wards = (await (await nurse.request.get('/api/v1/wards')).json()).items as {
    id: string;
    name: string;
  }[];
  let target: { wardId: string; bedCode: string; caseId: string; patientName: string } | null = null;
  for (const w of wards) {
    const board = await (await nurse.request.get(`/api/v1/wards/${w.id}/board`)).json();
    // A patient back on the ward after the operation, not used by an earlier run against this server.
    for (const b of board.beds as {
      caseId: string | null;
      caseStatus: string | null;
      alerts: unknown[];
      bedCode: string;
      patientName: string;
    }[]) {
      if (!b.caseId || !['ward', 'pacu_out', 'icu'].includes(b.caseStatus ?? '') || b.alerts.length) continue;
      const complications = (
        await (await nurse.request.get(`/api/v1/cases/${b.caseId}/complications`)).json()
      ).items;
      if (complications.length) continue;
      // KDIGO reads a creatinine rise within 7 days of the operation: a patient operated in the last few days.
      const detail = await (await nurse.request.get(`/api/v1/cases/${b.caseId}`)).json();
      const operated = Date.parse(detail.times.anesthesia_start ?? detail.scheduledStart);
      if (Date.now() - operated > 4 * 86_400_000) continue;
      target = { wardId: w.id, bedCode: b.bedCode, caseId: b.caseId, patientName: b.patientName };
      break;
    }
    if (target) break;
  }
  expect(target).toBeTruthy();
  const { wardId, bedCode, caseId } = target!;

  // Another browser watches the ward board.
  const watcher = await newUserPage(browser, 'anesthesia');
  await watcher.goto(`/wards?ward=${wardId}`);
  await expect(watcher.getByTestId(`bed-${bedCode}`)).toBeVisible();
  await watcher.waitForTimeout(300);

  // The nurse enters a set scoring 7; the browser shows the score while typing.
  await nurse.goto(`/cases/${caseId}/observations`);
  await typeInto(nurse, 'obs-respirationRate', '22');
  await typeInto(nurse, 'obs-spo2', '95');
  await nurse.getByTestId('obs-onOxygen').getByText('是', { exact: true }).click();
  await typeInto(nurse, 'obs-systolicBp', '105');
  await typeInto(nurse, 'obs-pulse', '95');
  await typeInto(nurse, 'obs-temperature', '37');
  await nurse.getByTestId('obs-consciousness').getByText('A', { exact: true }).click();
  await expect(nurse.getByTestId('obs-live')).toHaveAttribute('data-total', '7');
  const saved = nurse.waitForResponse(
    (r) => r.url().endsWith('/observation-sets') && r.request().method() === 'POST',
  );
  await nurse.getByTestId('obs-submit').click();
  expect((await saved).status()).toBe(200);
  const savedAt = Date.now();
  const alert = watcher.getByTestId(`bed-${bedCode}-alert-emergency`);
  await expect(alert).toBeVisible({ timeout: 1000 });
  expect(Date.now() - savedAt).toBeLessThan(1000);
  await expect(watcher.getByTestId(`bed-${bedCode}-news2`)).toContainText('7');

  // Acknowledged with its action, which is recorded with who and when.
  await alert.getByRole('button').click();
  await watcher.getByTestId('ack-action').click();
  await watcher
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '呼叫快速反应小组' })
    .click();
  await watcher
    .locator('.ant-modal:visible')
    .getByRole('button', { name: /处\s*理/ })
    .click();
  await expect(alert).toHaveCount(0);
  const history = (await (await nurse.request.get(`/api/v1/cases/${caseId}/ews-alerts`)).json()).items;
  expect(history[0]).toMatchObject({ type: 'emergency', status: 'acknowledged', action: 'rapid_response' });
  expect(history[0].acknowledgedAt).toBeTruthy();

  // A creatinine rise against the pre-operative value suggests AKI stage 1.
  const c = await (await nurse.request.get(`/api/v1/cases/${caseId}`)).json();
  const before = new Date(
    Date.parse(c.times.anesthesia_start ?? c.scheduledStart) - 86_400_000,
  ).toISOString();
  const baseline = await nurse.request.post(`/api/v1/cases/${caseId}/labs`, {
    data: { analyte: 'creatinine', value: 80, takenAt: before },
  });
  expect(baseline.status(), await baseline.text()).toBe(200);
  await typeInto(nurse, 'lab-creatinine', '130');
  await nurse.getByTestId('lab-add').click();
  await expect(nurse.getByTestId('complication-aki')).toHaveAttribute('data-status', 'suggested');

  // The surgeon confirms it as a grade I complication.
  const surgeon = await newUserPage(browser, 'surgeon');
  await surgeon.goto(`/cases/${caseId}/observations`);
  await surgeon.getByTestId('complication-aki').getByRole('button').click();
  await surgeon.getByTestId('complication-grade').click();
  await surgeon.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^I$/ }).click();
  await surgeon
    .locator('.ant-modal:visible')
    .getByRole('button', { name: /确\s*认/ })
    .click();
  await expect(surgeon.getByTestId('complication-aki')).toHaveAttribute('data-status', 'confirmed');
  await expect(surgeon.getByTestId('complication-aki')).toContainText('I');

  // Day 28: cases whose outcome was unknown then have a follow-up call waiting.
  const followup = await newUserPage(browser, 'followup');
  await followup.goto('/followup');
  await expect(followup.getByTestId('followup-tasks').locator('tbody tr').first()).toContainText('第 28 天');
});

/** A time of day as the site's clock shows it, typed the quick way: "1005". */
const hhmm = (at: number) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .replace(':', '');

test('a set charted late at its real time ("HHmm"), a mistyped value corrected with a reason and its history', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const nurse = await newUserPage(browser, 'nurse');
  const wards = (await (await nurse.request.get('/api/v1/wards')).json()).items as { id: string }[];
  let target: { wardId: string; caseId: string } | null = null;
  for (const w of wards) {
    const board = await (await nurse.request.get(`/api/v1/wards/${w.id}/board`)).json();
    for (const b of board.beds as { caseId: string | null; caseStatus: string | null; alerts: unknown[] }[]) {
      if (!b.caseId || !['ward', 'pacu_out', 'icu'].includes(b.caseStatus ?? '') || b.alerts.length) continue;
      // Out of theatre well before the time the set is charted at (a set in theatre is refused).
      const detail = await (await nurse.request.get(`/api/v1/cases/${b.caseId}`)).json();
      const out = Date.parse(detail.times.out_of_room ?? '');
      if (!(Date.now() - out > 60 * 60_000)) continue;
      target = { wardId: w.id, caseId: b.caseId };
      break;
    }
    if (target) break;
  }
  expect(target).toBeTruthy();
  const { wardId, caseId } = target!;

  // Taken twenty minutes ago, charted now: RR 35 typed for 15.
  await nurse.goto(`/cases/${caseId}/observations`);
  await typeInto(nurse, 'obs-respirationRate', '35');
  await typeInto(nurse, 'obs-spo2', '97');
  await nurse.getByTestId('obs-onOxygen').getByText('否', { exact: true }).click();
  await typeInto(nurse, 'obs-systolicBp', '120');
  await typeInto(nurse, 'obs-pulse', '75');
  await typeInto(nurse, 'obs-temperature', '37');
  await nurse.getByTestId('obs-consciousness').getByText('A', { exact: true }).click();
  await expect(nurse.getByTestId('obs-live')).toHaveAttribute('data-total', '3');
  const taken = Date.now() - 20 * 60_000;
  await typeInto(nurse, 'obs-takenAt', hhmm(taken));
  const posted = nurse.waitForResponse(
    (r) => r.url().endsWith('/observation-sets') && r.request().method() === 'POST',
  );
  await nurse.getByTestId('obs-submit').click();
  const res = await posted;
  expect(res.status(), await res.text()).toBe(200);
  const sent = Date.parse(res.request().postDataJSON().takenAt);
  expect(Math.abs(sent - taken)).toBeLessThan(61_000);
  const saved = await res.json();
  expect(saved).toMatchObject({ total: 3, alert: { type: 'red_score' } });

  // The list shows it taken then, charted later (补记), with its NEWS2.
  const row = nurse.getByTestId(`set-${saved.id}`);
  await expect(row.getByTestId('set-total')).toHaveText('3');
  await expect(row.getByTestId('set-late')).toBeVisible();

  // Corrected with a reason: the dialog scores the corrected values as they are typed.
  await row.getByTestId('set-edit').click();
  await typeInto(nurse, 'fix-respirationRate', '15');
  await expect(nurse.getByTestId('fix-live')).toHaveAttribute('data-total', '0');
  await nurse.getByTestId('set-correction-reason').fill('呼吸频率录入错误（应为 15）');
  const put = nurse.waitForResponse(
    (r) => r.url().includes(`/observation-sets/${saved.id}`) && r.request().method() === 'PUT',
  );
  await nurse.getByTestId('set-correction-ok').click();
  const corrected = await put;
  expect(corrected.status(), await corrected.text()).toBe(200);
  expect(await corrected.json()).toMatchObject({ total: 0, version: 2, withdrawnAlerts: [saved.alert.id] });

  // The corrected NEWS2, marked corrected; its history says who, when, why and what it was.
  await expect(row.getByTestId('set-total')).toHaveText('0');
  await row.getByTestId('set-corrected').hover();
  const history = nurse.locator('.ant-popover:visible').getByTestId('set-history');
  await expect(history).toContainText('呼吸频率 35 → 15');
  await expect(history).toContainText('NEWS2 3 → 0');
  await expect(history).toContainText('呼吸频率录入错误（应为 15）');
  const listed = (await (await nurse.request.get(`/api/v1/cases/${caseId}/observation-sets`)).json()).items;
  const set = listed.find((s: { id: string }) => s.id === saved.id);
  await expect(history).toContainText(set.corrections[0].by);

  // The single red score it raised is withdrawn: nothing left to escalate on the ward board.
  const board = await (await nurse.request.get(`/api/v1/wards/${wardId}/board`)).json();
  const bed = board.beds.find((b: { caseId: string | null }) => b.caseId === caseId);
  expect(bed.alerts).toEqual([]);
});
