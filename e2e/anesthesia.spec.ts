// Issue 4's acceptance: a monitor simulator feeds a room over real MLLP; the case enters the room
// and its chart moves; drugs, fluids and events are recorded; the record is signed and printed.
// Issue 11's: the anesthesiologist records after the fact — 入室, 麻醉开始 and 切皮 typed with their real
// times, 切皮 ten minutes late the quick way ("1005") —, corrects a mistyped drug dose with a reason
// (what it was is kept), and signs on the first try with the method filled in from the plan.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { ANESTHESIA_METHOD_LABELS, type AnesthesiaMethod } from '../src/domain/registry/vocabulary';
import { simDevice } from '../src/server/interop/simulator/messages';
import { startSimulation } from '../src/server/interop/simulator/run';
import { newUserPage, todayInShanghai } from './helpers';
import { caseInFreeRoom } from './registry-helpers';

const MLLP_PORT = Number(process.env.E2E_MLLP_PORT ?? 3198);

/** The time `minutesAgo` before now as typed ("10:05", or quickly "1005") on the browser's clock (Shanghai). */
const typed = (minutesAgo: number, colon = true) => {
  const hm = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.now() - minutesAgo * 60_000);
  return colon ? hm : hm.replace(':', '');
};
/** An antd input by its test id, whether the id sits on the input or on its wrapper. */
const field = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('input')
    .or(page.locator(`input[data-testid="${testId}"]`))
    .first();
const recordButton = (page: Page) =>
  page.getByRole('button', { name: '记 录' }).or(page.getByRole('button', { name: '记录' }));

type BoardCase = { id: string; status: string; orRoom: string; times: Record<string, string | null> };
type CaseDetail = BoardCase & { patient: { name: string }; plannedAnesthesia: string; roomOccupant: unknown };

test('the monitor feeds the live chart; drugs, fluids and events are recorded; the record is signed and printed', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const doctor = await newUserPage(browser, 'anesthesia');
  const board = await (await doctor.request.get(`/api/v1/cases?date=${todayInShanghai()}`)).json();
  // A scheduled case whose theatre is free (入室 into an occupied one is refused); of those, the one
  // whose theatre was left longest ago, so that its 入室, recorded half an hour back, overlaps no stay.
  const items = board.items as BoardCase[];
  const lastExit = (room: string) =>
    Math.max(
      0,
      ...items.filter((x) => x.orRoom === room).map((x) => Date.parse(x.times.out_of_room ?? '') || 0),
    );
  const free: CaseDetail[] = [];
  for (const x of items.filter((i) => i.status === 'scheduled')) {
    const detail = (await (await doctor.request.get(`/api/v1/cases/${x.id}`)).json()) as CaseDetail;
    if (detail.roomOccupant === null) free.push(detail);
  }
  // Late in the demo day every case of the board has begun: a new case in a free theatre then.
  const c: CaseDetail =
    free.sort((a, b) => lastExit(a.orRoom) - lastExit(b.orRoom))[0] ?? (await caseInFreeRoom(doctor.request));
  const roomIndex = Number(c.orRoom.slice(3)) - 1;
  const ackTimes: number[] = [];
  const sim = startSimulation({
    port: MLLP_PORT,
    devices: [simDevice('mindray-ihe', roomIndex)],
    hz: 2,
    onAck: (_d, _at, code) => {
      if (code === 'AA') ackTimes.push(Date.now());
    },
  });
  try {
    await doctor.goto(`/cases/${c.id}/record`);
    await expect(doctor.getByTestId('vitals-chart')).toBeVisible();
    await expect(doctor.getByTestId('vitals-count')).toHaveAttribute('data-count', '0');

    // 入室, recorded after the fact with its real time: from then on the room's monitor belongs to this
    // case, and the chart moves without reload.
    await doctor.getByTestId('event-in_room').click();
    await field(doctor, 'event-time').fill(typed(30));
    await recordButton(doctor).click();
    await expect(doctor.getByTestId('record-case-status')).toHaveAttribute('data-status', 'in_room');
    await expect
      .poll(async () => Number(await doctor.getByTestId('vitals-count').getAttribute('data-count')), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    const first = Number(await doctor.getByTestId('vitals-count').getAttribute('data-count'));
    await expect
      .poll(async () => Number(await doctor.getByTestId('vitals-count').getAttribute('data-count')), {
        timeout: 10_000,
      })
      .toBeGreaterThan(first);

    // The big screen shows the room's current vitals too.
    const nurse = await newUserPage(browser, 'nurse');
    await nurse.goto('/overview');
    await expect(nurse.getByTestId(`room-${c.orRoom}`)).toContainText(c.patient.name);
    await expect(nurse.getByTestId(`room-${c.orRoom}-HR`)).toHaveText(/HR\d+/);

    // Sign-in checklist, then 麻醉开始.
    await doctor.getByTestId('checklist-all-sign_in').click();
    await doctor.getByTestId('checklist-save-sign_in').click();
    await expect(doctor.getByTestId('checklist-done-sign_in')).toBeVisible();
    await doctor.getByTestId('event-anesthesia_start').click();
    await field(doctor, 'event-time').fill(typed(20));
    await recordButton(doctor).click();
    await expect(doctor.getByTestId('record-case-status')).toHaveAttribute('data-status', 'anesthesia_start');

    // Time-out, then 切皮 recorded ten minutes late, its time typed the quick way ("1005").
    await doctor.getByRole('tab', { name: /手术开始前核查/ }).click();
    await doctor.getByTestId('checklist-all-time_out').click();
    await doctor.getByTestId('checklist-save-time_out').click();
    await expect(doctor.getByTestId('checklist-done-time_out')).toBeVisible();
    await doctor.getByTestId('event-incision').click();
    await field(doctor, 'event-time').fill(typed(10, false));
    await recordButton(doctor).click();
    await expect(doctor.getByTestId('record-case-status')).toHaveAttribute('data-status', 'surgery_start');
    const incision = doctor.locator('[data-testid="event-row"][data-code="incision"]');
    await expect(incision.getByTestId('event-row-time')).toHaveText(typed(10));
    await expect(incision.getByTestId('entry-late')).toBeVisible();
    const moved = (await (await doctor.request.get(`/api/v1/cases/${c.id}`)).json()) as CaseDetail;
    expect(new Date(moved.times.surgery_start!).getMinutes()).toBe(
      new Date(Date.now() - 600_000).getMinutes(),
    );

    // A drug with a mistyped dose, corrected with a reason: the total follows, what it was is kept.
    await doctor.getByTestId('drug-select').click();
    await doctor.keyboard.type('丙泊酚');
    await doctor
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '丙泊酚' })
      .first()
      .click();
    await field(doctor, 'drug-amount').fill('1200');
    await doctor.getByTestId('drug-add').click();
    await expect(doctor.getByTestId('drug-totals')).toContainText('丙泊酚 1200 mg');
    const propofol = doctor.getByTestId('drug-row').filter({ hasText: '丙泊酚' });
    await propofol.getByTestId('drug-edit').click();
    await field(doctor, 'correction-amount').fill('120');
    await doctor.getByTestId('correction-reason').fill('录入错误，实为 120 mg');
    await doctor.getByTestId('correction-ok').click();
    await expect(doctor.getByTestId('drug-totals')).toContainText('丙泊酚 120 mg');
    await expect(propofol.getByTestId('drug-amount-shown')).toHaveText('120 mg');
    await propofol.getByTestId('entry-corrected').hover();
    await expect(doctor.getByTestId('entry-history').filter({ hasText: '1200 → 120' })).toBeVisible();

    // A fluid.
    await field(doctor, 'fluid-volume').fill('500');
    await doctor.getByTestId('fluid-add').click();
    await expect(doctor.getByTestId('fluid-balance')).toContainText('500');

    // The method is the case's planned one, already filled in: signing succeeds on the first try.
    await expect(doctor.getByTestId('record-method')).toContainText(
      ANESTHESIA_METHOD_LABELS[c.plannedAnesthesia as AnesthesiaMethod].zh,
    );
    await doctor.getByTestId('record-sign').click();
    await expect(doctor.getByTestId('record-status')).toHaveAttribute('data-status', 'signed');

    // The printed record, rendered and read back.
    const pdf = await doctor.request.get(`/api/v1/cases/${c.id}/record/pdf`);
    expect(pdf.status()).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), 'periop-e2e-')), 'record.pdf');
    writeFileSync(file, await pdf.body());
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
    for (const s of ['麻醉记录单', c.patient.name, '丙泊酚', '入室', '麻醉开始', '切皮', '王麻醉'])
      expect(text, s).toContain(s);
    const obs = (await (await doctor.request.get(`/api/v1/cases/${c.id}/observations`)).json()).items;
    expect(obs.some((o: { param: string; loinc: string }) => o.param === 'hr' && o.loinc === '8867-4')).toBe(
      true,
    );
  } finally {
    await sim.stop();
  }
});

test('an admin finds a message from an unknown monitor in quarantine, registers the device and replays it', async ({
  browser,
}) => {
  const { MllpClient, ackCode } = await import('../src/server/interop/mllp-client');
  // A fresh identity each run, so a repeated run against the same server still meets an unknown device.
  const unknown = simDevice('ge', 1000 + (Date.now() % 1_000_000));
  const client = await MllpClient.open(MLLP_PORT);
  const { deviceMessage } = await import('../src/server/interop/simulator/messages');
  const { vitalsAt } = await import('../src/server/interop/simulator/physiology');
  const ack = await client.send(deviceMessage(unknown, vitalsAt(0, 1), new Date(), 1));
  expect(ackCode(ack).code).toBe('AA');
  await client.close();

  const admin = await newUserPage(browser, 'admin');
  await admin.goto('/admin/devices');
  await expect(admin.getByRole('cell', { name: '00A037FFFE000001' })).toBeVisible();
  await admin.getByRole('tab', { name: /隔离区/ }).click();
  const row = admin.getByTestId('inbox-quarantined').locator('tr', { hasText: unknown.identifier });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: '登记该设备' }).click();
  await expect(admin.getByTestId('device-identifier')).toHaveValue(unknown.identifier);
  await admin.getByLabel('型号').fill('CARESCAPE B650');
  await admin.getByTestId('device-place').fill('OR-08');
  await admin.getByRole('button', { name: /确\s*定|OK/ }).click();
  await row.getByRole('button', { name: '重放' }).click();
  await expect(admin.getByText('已重放并保存')).toBeVisible();
  await expect(row).toHaveCount(0);

  const nurse = await newUserPage(browser, 'nurse');
  await nurse.goto('/admin/devices');
  await expect(nurse.getByTestId('forbidden-page')).toBeVisible();
});
