// Issue 4's acceptance: a monitor simulator feeds a room over real MLLP; the case enters the room
// and its chart moves; drugs, fluids and events are recorded; the record is signed and printed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { simDevice } from '../src/server/interop/simulator/messages';
import { startSimulation } from '../src/server/interop/simulator/run';
import { newUserPage, todayInShanghai } from './helpers';

const MLLP_PORT = Number(process.env.E2E_MLLP_PORT ?? 3198);

test('the monitor feeds the live chart; drugs, fluids and events are recorded; the record is signed and printed', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const doctor = await newUserPage(browser, 'anesthesia');
  const board = await (await doctor.request.get(`/api/v1/cases?date=${todayInShanghai()}`)).json();
  const c = board.items.find((x: { status: string }) => x.status === 'scheduled');
  expect(c).toBeTruthy();
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

    // 入室: from now on the room's monitor belongs to this case, and the chart moves without reload.
    await doctor.getByTestId('event-in_room').click();
    await doctor
      .getByRole('button', { name: '记 录' })
      .or(doctor.getByRole('button', { name: '记录' }))
      .click();
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
    await doctor
      .getByRole('button', { name: '记 录' })
      .or(doctor.getByRole('button', { name: '记录' }))
      .click();
    await expect(doctor.getByTestId('record-case-status')).toHaveAttribute('data-status', 'anesthesia_start');

    // A drug and a fluid.
    await doctor.getByTestId('drug-select').click();
    await doctor.keyboard.type('丙泊酚');
    await doctor
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '丙泊酚' })
      .first()
      .click();
    await doctor
      .getByTestId('drug-amount')
      .locator('input')
      .or(doctor.locator('input[data-testid="drug-amount"]'))
      .first()
      .fill('120');
    await doctor.getByTestId('drug-add').click();
    await expect(doctor.getByTestId('drug-totals')).toContainText('丙泊酚 120 mg');
    await doctor
      .getByTestId('fluid-volume')
      .locator('input')
      .or(doctor.locator('input[data-testid="fluid-volume"]'))
      .first()
      .fill('500');
    await doctor.getByTestId('fluid-add').click();
    await expect(doctor.getByTestId('fluid-balance')).toContainText('500');

    // Method, then sign.
    await doctor.getByTestId('record-method').click();
    await doctor
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '气管插管' })
      .first()
      .click();
    await doctor.getByTestId('record-method-save').click();
    await expect(doctor.getByText('已保存')).toBeVisible();
    await doctor.getByTestId('record-sign').click();
    await expect(doctor.getByTestId('record-status')).toHaveAttribute('data-status', 'signed');

    // The printed record, rendered and read back.
    const pdf = await doctor.request.get(`/api/v1/cases/${c.id}/record/pdf`);
    expect(pdf.status()).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), 'periop-e2e-')), 'record.pdf');
    writeFileSync(file, await pdf.body());
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
    for (const s of ['麻醉记录单', c.patient.name, '丙泊酚', '入室', '麻醉开始', '王麻醉'])
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
