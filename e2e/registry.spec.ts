// The foundation's acceptance, in a real browser against the real server with demo data.
import { expect, type Page, test } from '@playwright/test';
import { dayWithScheduledCases, login, newUserPage } from './helpers';
import { caseInFreeRoom, pick, scheduledCase, scheduledCaseInFreeRoom } from './registry-helpers';

const caseStatus = (page: Page) => page.getByTestId('case-status');

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
  // The patient shows by name and MRN — masked, as the audit administrator may not read patient data.
  await expect(entry.locator('[data-testid^="audit-patient-"]')).toContainText(/\*/);
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
  await watcher.goto(`/?date=${await dayWithScheduledCases(watcher.request)}`);
  const board = watcher.getByTestId('or-board');
  await expect(board).toBeVisible();
  const cards = board.locator('[data-testid^="case-card-"][data-status="scheduled"]');
  await expect(cards.first()).toBeVisible();
  const shown = await cards.evaluateAll((els) =>
    els.map((e) => (e.getAttribute('data-testid') ?? '').replace('case-card-', '')),
  );
  // A case whose theatre still holds another patient may not enter it (one patient per theatre).
  const { id: caseId, version } = await scheduledCaseInFreeRoom(actor.request, shown);
  const testId = `case-card-${caseId}`;
  // Give the watcher's socket a moment to subscribe before the change is made.
  await watcher.waitForTimeout(300);

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
  await first.goto(`/?date=${await dayWithScheduledCases(first.request)}`);
  const card = first
    .getByTestId('or-board')
    .locator('[data-testid^="case-card-"][data-status="scheduled"]')
    .first();
  const caseId = ((await card.getAttribute('data-testid')) ?? '').replace('case-card-', '');
  await first.goto(`/cases/${caseId}/edit`);
  await expect(first.getByTestId('case-form-surgeon')).toBeVisible();

  // Someone else saves the case meanwhile, with another grade-4 surgeon.
  const other = await newUserPage(browser, 'anesthesia');
  const latest = await (await other.request.get(`/api/v1/cases/${caseId}`)).json();
  const surgeons = (await (await other.request.get('/api/v1/staff?role=surgeon')).json()).items as {
    id: string;
    displayName: string;
    surgicalGrade: number | null;
  }[];
  const [theirs, mine] = surgeons.filter((s) => s.surgicalGrade === 4 && s.id !== latest.surgeonUserId);
  const {
    id: _id,
    status: _s,
    times: _t,
    destination: _d,
    cancelStage: _c,
    cancelReasonCode: _rc,
    cancelReason: _r,
    updatedAt: _u,
    patient: _p,
    events: _e,
    allowedTransitions: _a,
    gates: _g,
    roomOccupant: _o,
    wardId: _w,
    ...body
  } = latest;
  const saved = await other.request.put(`/api/v1/cases/${caseId}`, {
    data: { ...body, surgeonUserId: theirs!.id },
  });
  expect(saved.status(), await saved.text()).toBe(200);

  await pick(first, 'case-form-surgeon', mine!.displayName, `${mine!.displayName}（四级）`);
  await first.getByTestId('case-form-submit').click();
  const dialog = first.getByTestId('version-conflict');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(theirs!.displayName);
  await expect(dialog).toContainText(mine!.displayName);
  const stored = await (await other.request.get(`/api/v1/cases/${caseId}`)).json();
  expect(stored.surgeon).toBe(theirs!.displayName);
});

test('the case page holds 入室 into an occupied theatre and 麻醉开始/手术开始 before their checklist; an anesthesiologist proceeds only with a reason', async ({
  browser,
}) => {
  const doctor = await newUserPage(browser, 'anesthesia');
  const nurse = await newUserPage(browser, 'nurse');

  // A case enters its free theatre; a second case is then scheduled into the same theatre.
  const first = await caseInFreeRoom(doctor.request);
  const entered = await doctor.request.post(`/api/v1/cases/${first.id}/transitions`, {
    data: { to: 'in_room', at: new Date().toISOString(), version: first.version },
  });
  expect(entered.status()).toBe(200);
  const patients = (await (await doctor.request.get('/api/v1/patients?limit=5')).json()).items as {
    id: string;
  }[];
  const other = patients.find((p) => p.id !== first.patientId)!;
  const scheduled = await doctor.request.post('/api/v1/cases', {
    data: {
      patientId: other.id,
      diagnosisCode: 'C34.100',
      diagnosisText: '右肺上叶恶性肿瘤',
      procedureCode: '32.4100',
      procedureText: '胸腔镜下右肺上叶切除术',
      grade: 4,
      approach: 'vats',
      urgency: 'elective',
      plannedAnesthesia: 'general_tube',
      orRoom: first.orRoom,
      scheduledStart: new Date(Date.now() + 3 * 3600_000).toISOString(),
      surgeon: '高振华',
      assistants: [],
      anesthesiologists: [],
    },
  });
  expect(scheduled.status()).toBe(201);
  const second = await scheduled.json();

  // The nurse sees who is in the theatre and cannot move the second case in; the API says the same.
  await nurse.goto(`/cases/${second.id}`);
  await expect(nurse.getByTestId('transition-in_room')).toBeDisabled();
  const occupied = nurse.getByTestId('gate-in_room');
  await expect(occupied).toContainText(`${first.orRoom} 中患者 ${first.patient.name}`);
  await expect(occupied).toContainText('尚未出室');
  const refused = await nurse.request.post(`/api/v1/cases/${second.id}/transitions`, {
    data: { to: 'in_room', at: new Date().toISOString(), version: second.version },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error).toMatchObject({
    code: 'room_occupied',
    occupant: { caseId: first.id, room: first.orRoom },
  });

  // 麻醉开始 waits for 麻醉实施前核查: the nurse is shown why and where to complete it.
  await nurse.goto(`/cases/${first.id}`);
  await expect(caseStatus(nurse)).toHaveAttribute('data-status', 'in_room');
  await expect(nurse.getByTestId('transition-anesthesia_start')).toBeDisabled();
  await expect(nurse.getByTestId('gate-anesthesia_start')).toContainText('麻醉实施前核查尚未完成');
  await expect(nurse.getByTestId('gate-open-checklist')).toHaveAttribute('href', `/cases/${first.id}/record`);

  // The anesthesiologist may proceed, but only with a reason, which the timeline keeps.
  await doctor.goto(`/cases/${first.id}`);
  await doctor.getByTestId('transition-anesthesia_start').click();
  const dialog = doctor.getByRole('dialog');
  await expect(dialog.getByTestId('transition-hold')).toContainText('麻醉实施前核查尚未完成');
  const proceed = dialog.getByRole('button', { name: '填写理由并越过' });
  await expect(proceed).toBeDisabled();
  await dialog.getByTestId('transition-override').fill('急诊手术，核查单术后补录');
  await proceed.click();
  await expect(caseStatus(doctor)).toHaveAttribute('data-status', 'anesthesia_start');
  await expect(doctor.getByText('急诊手术，核查单术后补录')).toBeVisible();

  // 手术开始 then waits for 手术开始前核查.
  await nurse.reload();
  await expect(caseStatus(nurse)).toHaveAttribute('data-status', 'anesthesia_start');
  await expect(nurse.getByTestId('transition-surgery_start')).toBeDisabled();
  await expect(nurse.getByTestId('gate-surgery_start')).toContainText('手术开始前核查尚未完成');
});

test('the patient form: required fields say 必填, the ID number fills birth date and sex, a contradiction asks before saving, Enter never saves', async ({
  page,
}) => {
  await login(page, 'nurse');
  await page.goto('/patients/new');
  await page.getByTestId('patient-form-submit').click();
  const errors = page.locator('.ant-form-item-explain-error');
  await expect(errors).toHaveText(['必填', '必填', '必填']);
  await expect(page.locator('.ant-message')).toContainText('住院号：必填；姓名：必填；出生日期：必填');
  await expect(page.locator('body')).not.toContainText('无效输入');

  await page.getByTestId('patient-form-mrn').fill(`E2E-${Date.now() % 100_000_000}`);
  await page.getByTestId('patient-form-name').fill('身份核对');
  // Enter moves on to the next field instead of saving the half-filled form.
  await page.getByTestId('patient-form-name').press('Enter');
  await expect(page.getByTestId('patient-form-idCard')).toBeFocused();
  await expect(page).toHaveURL(/\/patients\/new$/);

  // A 1985 woman's number (GB 11643 check digit valid) fills the birth date and the sex.
  await page.getByTestId('patient-form-idCard').fill('110105198503120020');
  await expect(page.locator('#birthDate')).toHaveValue('1985-03-12');
  await expect(page.locator('.ant-form-item', { has: page.locator('#sex') })).toContainText('女');
  await expect(page.getByTestId('id-card-facts')).toHaveText('身份证号显示：出生日期 1985-03-12，女');

  // Entered values that contradict it are asked about before saving.
  const birthDate = page.locator('#birthDate');
  await birthDate.click();
  await birthDate.fill('1960-01-01');
  await birthDate.press('Enter');
  await expect(page).toHaveURL(/\/patients\/new$/);
  await page.locator('#sex').click();
  await page.locator('.ant-select-item-option', { hasText: '男' }).click();
  await page.getByTestId('patient-form-submit').click();
  await expect(page.getByTestId('identity-mismatch')).toHaveText(
    '身份证号显示出生日期 1985-03-12、女，与填写的 1960-01-01、男 不一致，仍要保存？',
  );
  await page.getByRole('button', { name: '返回核对' }).click();
  await expect(page).toHaveURL(/\/patients\/new$/);
  await page.getByTestId('patient-form-submit').click();
  await page.getByRole('button', { name: '仍要保存' }).click();
  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('patient-banner')).toContainText('身份核对');
});

test('a case is booked from the dictionaries and the staff: diagnosis by pinyin, procedure by code, grade and approach proposed, a surgeon below the grade refused', async ({
  page,
}) => {
  await login(page, 'surgeon');
  const patient = (await (await page.request.get('/api/v1/patients?limit=1')).json()).items[0] as {
    id: string;
  };
  await page.goto(`/cases/new?patientId=${patient.id}`);

  await pick(page, 'case-form-diagnosisCode', 'fsy', 'C34.100 肺上叶恶性肿瘤');
  await expect(page.getByTestId('case-form-diagnosisText')).toHaveValue('肺上叶恶性肿瘤');
  await pick(page, 'case-form-procedureCode', '32.41', '32.4100 胸腔镜下肺叶切除术');
  await expect(page.getByTestId('case-form-procedureText')).toHaveValue('胸腔镜下肺叶切除术');
  await expect(page.getByTestId('case-form-proposal')).toContainText(
    '按医院手术分级目录建议：四级、胸腔镜(VATS)',
  );
  const item = (id: string) => page.locator('.ant-form-item', { has: page.locator(`#${id}`) });
  await expect(item('grade')).toContainText('四级');
  await expect(item('approach')).toContainText('胸腔镜(VATS)');

  await page.locator('#orRoom').click();
  await page.locator('.ant-select-item-option:visible', { hasText: '第8手术间' }).click();
  const start = page.locator('#scheduledStart');
  await start.click();
  await start.fill(
    new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(Date.now() + 2 * 86_400_000),
  );
  await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();

  // 马文斌 is authorised for grade 2: the form warns, the server refuses, naming him and both grades.
  await pick(page, 'case-form-surgeon', '马文斌', '马文斌（二级）');
  await expect(page.getByTestId('case-form-surgeon-warning')).toContainText('低于本台手术的四级');
  await page.getByTestId('case-form-submit').click();
  await expect(page.getByTestId('form-error')).toHaveText('马文斌的授权手术级别为二级，不能主刀四级手术');
  await expect(page).toHaveURL(/\/cases\/new/);

  await pick(page, 'case-form-surgeon', '刘建军', '刘建军（四级）');
  await pick(page, 'case-form-nurses', '李婷', '李婷');
  await page.keyboard.press('Escape');
  await page.getByTestId('case-form-submit').click();
  await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
  await expect(caseStatus(page)).toHaveAttribute('data-status', 'scheduled');
  await expect(page.locator('.ant-descriptions')).toContainText('肺上叶恶性肿瘤 C34.100');
  await expect(page.locator('.ant-descriptions')).toContainText('刘建军');
  const saved = await (await page.request.get(`/api/v1/cases/${page.url().split('/').pop()}`)).json();
  expect(saved).toMatchObject({
    diagnosisCode: 'C34.100',
    procedureCode: '32.4100',
    grade: 4,
    approach: 'vats',
    surgeon: '刘建军',
    nurses: ['李婷'],
  });
});

test('cancelling a case needs a reason from the list (and words for "other"); the case page shows it', async ({
  browser,
}) => {
  const nurse = await newUserPage(browser, 'nurse');
  const c = await scheduledCase(nurse.request);
  const refused = await nurse.request.post(`/api/v1/cases/${c.id}/transitions`, {
    data: { to: 'cancelled', at: new Date().toISOString(), version: c.version, reason: '没有选原因' },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.code).toBe('cancel_reason_required');

  await nurse.goto(`/cases/${c.id}`);
  await nurse.getByTestId('transition-cancelled').click();
  const dialog = nurse.getByRole('dialog');
  // antd spaces a two-character button label (确 认).
  const confirm = dialog.getByRole('button', { name: /^确\s*认$/ });
  await expect(confirm).toBeDisabled();
  await pick(nurse, 'cancel-reason-code', '其他', '其他');
  await expect(dialog).toContainText('说明（选“其他”时必填）');
  await expect(confirm).toBeDisabled();
  await dialog.getByTestId('cancel-reason-code').click();
  await nurse
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'ICU 无床位' })
    .click();
  await dialog.getByTestId('cancel-reason-text').fill('术后需入 ICU，今日无床');
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(caseStatus(nurse)).toHaveAttribute('data-status', 'cancelled');
  await expect(nurse.getByTestId('case-cancel-reason')).toHaveText('ICU 无床位（术后需入 ICU，今日无床）');
});
