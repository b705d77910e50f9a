// The foundation's acceptance, in a real browser against the real server with demo data.
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { dayWithScheduledCases, login, newUserPage } from './helpers';

/** A scheduled case of the board's day whose theatre is free (入室 not held by the one-patient-per-theatre gate). */
async function scheduledCaseInFreeRoom(request: APIRequestContext, ids?: string[]) {
  const candidates =
    ids ??
    (
      (await (await request.get(`/api/v1/cases?date=${await dayWithScheduledCases(request)}`)).json())
        .items as {
        id: string;
        status: string;
      }[]
    )
      .filter((c) => c.status === 'scheduled')
      .map((c) => c.id);
  for (const id of candidates) {
    const detail = await (await request.get(`/api/v1/cases/${id}`)).json();
    if (detail.status === 'scheduled' && detail.roomOccupant === null) return detail;
  }
  throw new Error('no scheduled case has a free theatre');
}

/** Moves a case on to 出室, each step now, gates overridden with a reason (an anesthesiologist's request). */
async function walkOut(request: APIRequestContext, caseId: string) {
  const path = ['anesthesia_start', 'surgery_start', 'surgery_end', 'anesthesia_end', 'out_of_room'];
  for (let step = 0; step < path.length; step++) {
    const c = await (await request.get(`/api/v1/cases/${caseId}`)).json();
    const next = path.find((s) => c.allowedTransitions.includes(s));
    if (!next || c.status === 'out_of_room') return;
    const moved = await request.post(`/api/v1/cases/${caseId}/transitions`, {
      data: {
        to: next,
        at: new Date().toISOString(),
        version: c.version,
        override: { reason: '测试：腾空手术间' },
      },
    });
    expect(moved.status(), await moved.text()).toBe(200);
  }
}

/**
 * A scheduled case in a free theatre: one of the board's, or — when earlier tests have filled the free
 * theatres — a new case for the first patient in the first theatre nobody is in.
 */
async function caseInFreeRoom(request: APIRequestContext) {
  try {
    return await scheduledCaseInFreeRoom(request);
  } catch {
    const rooms = (await (await request.get('/api/v1/or-rooms')).json()).items as { code: string }[];
    const patient = (await (await request.get('/api/v1/patients?limit=1')).json()).items[0] as { id: string };
    for (const room of rooms) {
      const made = await request.post('/api/v1/cases', {
        data: {
          patientId: patient.id,
          diagnosisCode: 'C34.101',
          diagnosisText: '右肺上叶恶性肿瘤',
          procedureCode: '32.4101',
          procedureText: '胸腔镜下右肺上叶切除术',
          grade: 4,
          approach: 'vats',
          urgency: 'elective',
          plannedAnesthesia: 'general_tube',
          orRoom: room.code,
          scheduledStart: new Date(Date.now() + 3600_000).toISOString(),
          surgeon: '高振华',
          assistants: [],
          anesthesiologists: [],
        },
      });
      expect(made.status()).toBe(201);
      const detail = await (await request.get(`/api/v1/cases/${(await made.json()).id}`)).json();
      if (detail.roomOccupant === null) return detail;
      // Every theatre busy (mid-morning of the demo day): the occupant of this one finishes first — an
      // anesthesiologist walks it out, over its checklists with a reason — and the room is free.
      await walkOut(request, detail.roomOccupant.caseId);
      const freed = await (await request.get(`/api/v1/cases/${detail.id}`)).json();
      if (freed.roomOccupant === null) return freed;
    }
    throw new Error('no theatre could be freed');
  }
}

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
    gates: _g,
    roomOccupant: _o,
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
      diagnosisCode: 'C34.101',
      diagnosisText: '右肺上叶恶性肿瘤',
      procedureCode: '32.4101',
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
