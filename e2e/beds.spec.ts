// Issue 13's acceptance: the charge nurse places the day's waiting patients from the department bed board
// (two proposed beds accepted, the third in a bed she picks against a rule, with the reason); a second
// browser's board shows each new occupant within a second; a transfer and a discharge change the board and
// tonight's census. Then the HIS sends ADT^A01 → A02 → A03 over MLLP (UTF-8 and GB18030): the board follows,
// and the same messages sent again change nothing.
import { expect, type Page, test } from '@playwright/test';
import iconv from 'iconv-lite';
import type { BedRequest, Board } from '../src/api/beds';
import { adtMessage } from '../src/domain/interop/adt-fixture';
import { ackCode, MllpClient } from '../src/server/interop/mllp-client';
import { newUserPage, todayInShanghai } from './helpers';

const MLLP_PORT = Number(process.env.E2E_MLLP_PORT ?? 3198);

const boardOf = async (page: Page): Promise<Board> => (await page.request.get('/api/v1/beds/board')).json();
const bedsOf = (board: Board) =>
  board.wards.flatMap((w) => w.rooms.flatMap((r) => r.beds.map((b) => ({ ward: w, room: r, bed: b }))));
const bedOfAdmission = (board: Board, admissionId: string) =>
  bedsOf(board).find((p) => p.bed.occupant?.admissionId === admissionId);

/** Within a second of `since`, the watcher's board shows the bed in the state (and with the name). */
async function seenWithinASecond(
  watcher: Page,
  bedId: string,
  state: string,
  name: string | null,
  since: number,
) {
  const card = watcher.getByTestId(`bed-${bedId}`);
  await expect(card).toHaveAttribute('data-state', state, { timeout: 1000 });
  if (name) await expect(card).toContainText(name, { timeout: 200 });
  expect(Date.now() - since).toBeLessThan(1000);
}

/** Submits a movement dialog; when the server says a bed rule is broken, gives the override reason and again. */
async function submitWithOverride(page: Page, ok: string, reason: string) {
  await page.getByTestId(ok).click();
  const override = page.getByTestId('override-reason');
  const done = page
    .getByTestId(ok)
    .waitFor({ state: 'hidden' })
    .then(() => 'done' as const);
  const asked = override.waitFor({ state: 'visible' }).then(() => 'asked' as const);
  if ((await Promise.race([done, asked])) === 'asked') {
    await override.fill(reason);
    await page.getByTestId(ok).click();
    await expect(page.getByTestId(ok)).toBeHidden();
  }
}

test('the charge nurse places three waiting patients, a second board follows within a second; a transfer and a discharge change the board and tonight’s census', async ({
  browser,
}) => {
  const nurse = await newUserPage(browser, 'nurse');
  const watcher = await newUserPage(browser, 'nurse');
  const today = todayInShanghai();
  const due = (
    (await (await nurse.request.get(`/api/v1/beds/requests?until=${today}`)).json()) as {
      items: BedRequest[];
    }
  ).items.filter((r) => r.status === 'waiting');
  expect(due).toHaveLength(3);

  await watcher.goto('/beds');
  await expect(watcher.getByTestId('beds-board')).toBeVisible();
  await nurse.goto('/beds');
  const list = nurse.getByTestId('waiting-list');
  await expect(list).toBeVisible();
  for (const r of due) await expect(list.getByTestId(`request-${r.id}`)).toBeVisible();
  await watcher.waitForTimeout(300); // the watcher's socket subscribes

  // Two proposed beds accepted as proposed, each explained in Chinese.
  const placed: { request: BedRequest; bedId: string }[] = [];
  for (const r of due.slice(0, 2)) {
    const proposal = nurse.getByTestId(`proposal-${r.id}`);
    await expect(proposal).toHaveAttribute('data-kind', 'bed');
    await expect(proposal).toContainText('床');
    const bedId = (await proposal.getAttribute('data-bed-id'))!;
    const accept = nurse.getByTestId(`accept-${r.id}`);
    await expect(accept).toHaveAttribute('data-action', 'admit');
    await accept.click();
    const at = Date.now();
    await seenWithinASecond(watcher, bedId, 'occupied', r.patientName, at);
    placed.push({ request: r, bedId });
  }

  // The third in a bed the nurse picks although it breaks a rule: only with the reason, which is recorded.
  const third = due[2]!;
  await nurse.getByTestId(`pick-bed-${third.id}`).click();
  const table = nurse.getByTestId('pick-bed-table');
  await expect(table).toBeVisible();
  const breaking = table
    .locator('[data-testid^="pick-row-"]:not([data-violations="0"])')
    .filter({ hasNot: nurse.locator('.ant-radio-wrapper-disabled') });
  await expect(breaking.first()).toBeVisible();
  const pickedId = (await breaking.first().getAttribute('data-testid'))!.replace('pick-row-', '');
  await breaking.first().click();
  await nurse.getByTestId('override-reason').fill('同组病区床位已满，家属同意暂住');
  await nurse.getByTestId('pick-bed-ok').click();
  await seenWithinASecond(watcher, pickedId, 'occupied', third.patientName, Date.now());
  const stays = await (
    await nurse.request.get(`/api/v1/beds/admissions/${await bedAdmission(nurse, pickedId)}/stays`)
  ).json();
  expect(stays.items[0]).toMatchObject({ overrideReason: '同组病区床位已满，家属同意暂住' });
  expect(stays.items[0].overridden.length).toBeGreaterThan(0);

  // A transfer: the first patient to another bed; both boards show the move.
  const first = placed[0]!;
  await nurse.getByTestId(`bed-${first.bedId}`).click();
  await nurse.getByTestId('bed-action-transfer').click();
  await nurse.getByTestId('transfer-target').click();
  await nurse.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await nurse.getByTestId('transfer-reason').fill('平衡各病区床位');
  await submitWithOverride(nurse, 'transfer-ok', '患者同意');
  const afterTransfer = await boardOf(nurse);
  const admissionId = (await bedAdmissionOf(afterTransfer, first.request.patientName))!;
  const moved = bedOfAdmission(afterTransfer, admissionId)!;
  expect(moved.bed.id).not.toBe(first.bedId);
  await expect(watcher.getByTestId(`bed-${moved.bed.id}`)).toContainText(first.request.patientName, {
    timeout: 1000,
  });
  await expect(watcher.getByTestId(`bed-${first.bedId}`)).not.toHaveAttribute('data-state', 'occupied', {
    timeout: 1000,
  });

  // A discharge of the second patient: the bed is being cleaned, and tonight's census no longer counts him.
  await nurse.keyboard.press('Escape');
  await expect(nurse.getByTestId('bed-drawer')).toBeHidden();
  const second = placed[1]!;
  await nurse.getByTestId(`bed-${second.bedId}`).click();
  await nurse.getByTestId('bed-action-discharge').click();
  await nurse.getByTestId('discharge-disposition').getByText('回家').click();
  await nurse.getByTestId('discharge-ok').click();
  await expect(watcher.getByTestId(`bed-${second.bedId}`)).toHaveAttribute('data-state', 'cleaning', {
    timeout: 1000,
  });

  const census = await (await nurse.request.get(`/api/v1/beds/census?date=${today}`)).json();
  const present = JSON.stringify(census);
  expect(present).toContain(first.request.patientName);
  expect(present).toContain(moved.ward.code);
  expect(present).not.toContain(second.request.patientName);
  expect(present).toContain(third.patientName);
});

/** The admission in the bed now, from the board. */
async function bedAdmission(page: Page, bedId: string): Promise<string> {
  const p = bedsOf(await boardOf(page)).find((x) => x.bed.id === bedId);
  return p!.bed.occupant!.admissionId;
}
const bedAdmissionOf = (board: Board, name: string) =>
  bedsOf(board).find((p) => p.bed.occupant?.name === name)?.bed.occupant?.admissionId;

const hl7Time = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);

test('ADT^A01 → A02 → A03 from the HIS over MLLP (UTF-8, then GB18030) admits, moves and discharges on the board; sent again, nothing changes', async ({
  browser,
}) => {
  const nurse = await newUserPage(browser, 'nurse');
  await nurse.goto('/beds');
  await expect(nurse.getByTestId('beds-board')).toBeVisible();
  const board = await boardOf(nurse);
  const free = bedsOf(board).filter((p) => p.bed.state === 'free' && p.room.sex !== 'female' && !p.bed.extra);
  const from = free.find((p) => p.ward.code === 'TS1')!;
  const to = free.find((p) => p.ward.code === 'TS2')!;
  expect(from && to).toBeTruthy();
  // Event times after every change the other test made (a bed emptied a moment ago was held until then),
  // seconds apart; a few seconds ahead is within the listener's tolerance for clocks.
  const now = Date.now();
  const who = {
    pid: { 3: `E2EADT${now % 100000}^^^WINNING^MR`, 5: '接口^测试', 7: '19700101', 8: 'M', 19: null },
  };
  const visit = `ZYE2E${now % 100000}`;
  const place = (p: typeof from) => `${p.ward.code}^${p.room.code}^${p.bed.code}`;
  const messages = [
    Buffer.from(
      adtMessage('A01', {
        msh: { 10: `E2E-${now}-A01` },
        evn: { 2: hl7Time(now + 1000), 6: hl7Time(now + 1000) },
        ...who,
        pv1: { 3: place(from), 19: visit, 44: hl7Time(now + 1000) },
      }),
      'utf8',
    ),
    iconv.encode(
      adtMessage('A02', {
        msh: { 10: `E2E-${now}-A02`, 18: 'GB18030' },
        evn: { 2: hl7Time(now + 2000), 6: hl7Time(now + 2000) },
        ...who,
        pv1: { 3: place(to), 6: place(from), 19: visit, 44: hl7Time(now + 1000) },
      }),
      'gb18030',
    ),
    iconv.encode(
      adtMessage('A03', {
        msh: { 10: `E2E-${now}-A03`, 18: 'GB18030' },
        evn: { 2: hl7Time(now + 3000), 6: hl7Time(now + 3000) },
        ...who,
        pv1: { 3: place(to), 19: visit, 36: '1', 44: hl7Time(now + 1000), 45: hl7Time(now + 3000) },
      }),
      'gb18030',
    ),
  ];
  const client = await MllpClient.open(MLLP_PORT);
  try {
    // The events are a second or more ahead: once each one's time has come, the board shows it.
    const shownAfter = async (ms: number) => {
      await nurse.waitForTimeout(Math.max(0, now + ms + 300 - Date.now()));
      await nurse.reload();
      await expect(nurse.getByTestId('beds-board')).toBeVisible();
    };
    expect(ackCode(await client.send(messages[0]!))).toMatchObject({ code: 'AA', error: '' });
    await shownAfter(1000);
    await expect(nurse.getByTestId(`bed-${from.bed.id}`)).toContainText('接口测试');
    expect(ackCode(await client.send(messages[1]!))).toMatchObject({ code: 'AA', error: '' });
    await shownAfter(2000);
    await expect(nurse.getByTestId(`bed-${to.bed.id}`)).toContainText('接口测试');
    await expect(nurse.getByTestId(`bed-${from.bed.id}`)).not.toHaveAttribute('data-state', 'occupied');
    const admissionId = bedAdmissionOf(await boardOf(nurse), '接口测试')!;
    expect(ackCode(await client.send(messages[2]!))).toMatchObject({ code: 'AA', error: '' });
    await shownAfter(3000);
    await expect(nurse.getByTestId(`bed-${to.bed.id}`)).toHaveAttribute('data-state', 'cleaning');
    const stays = async () =>
      (await (await nurse.request.get(`/api/v1/beds/admissions/${admissionId}/stays`)).json()).items;
    const before = await stays();
    expect(before).toHaveLength(2);
    // The same three messages again: acknowledged, nothing changes.
    for (const m of messages) expect(ackCode(await client.send(m)).code).toBe('AA');
    expect(await stays()).toEqual(before);
    await expect(nurse.getByTestId(`bed-${to.bed.id}`)).toHaveAttribute('data-state', 'cleaning');
  } finally {
    await client.close();
  }
});
