// Issue 3's acceptance: the pre-anesthesia visit, from the 待访视 worklist to the OR board badge
// and the recommendation worklist, in a real browser against the real server with demo data; and
// issue 11's: the complete 麻醉前访视单 filled from the keyboard with "其余均否" in under 40 clicks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { optionLabel } from '../src/domain/assessment/messages';
import { PREOP_INSTRUMENTS } from '../src/domain/assessment/visit';
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
  // The signed form shows each answer as text in full contrast, not as greyed-out inputs.
  await expect(field(doctor, 'labs.creatinine')).toHaveText('190 µmol/L');
  await expect(field(doctor, 'history.ischemicHeartDisease')).toHaveText('是');
  await expect(field(doctor, 'history.congestiveHeartFailure')).toHaveText('否');
  await expect(doctor.locator('input:disabled')).toHaveCount(0);

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
  // A data row, not the placeholder row the table shows while it loads.
  await expect(tasks.locator('tbody tr[data-row-key]').first()).toBeVisible();
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

test('a thoracic visit is filled from the keyboard with "其余均否" in under 40 clicks and signs on the first try', async ({
  browser,
}) => {
  const doctor = await newUserPage(browser, 'anesthesia');
  // Every click of the visit is counted; everything else is typed (Tab, Enter, Y/N, digits).
  let clicks = 0;
  const click = async (target: Locator) => {
    clicks += 1;
    await target.click();
  };
  const type = (text: string) => doctor.keyboard.type(text, { delay: 15 });
  const press = async (...keys: string[]) => {
    for (const key of keys) await doctor.keyboard.press(key);
  };
  const next = () => press('Tab');
  /** Answers 是 with the mouse (one click), leaving the focus there for the keyboard. */
  const yesOf = (path: string) => field(doctor, path).getByRole('radio', { name: '是' });
  /** A choice typed by its number or name, then Enter. */
  const pick = async (typed: string) => {
    await type(typed);
    await expect(
      doctor.locator('.ant-select-dropdown:visible .ant-select-item-option').first(),
    ).toBeVisible();
    await press('Enter');
  };

  await doctor.goto('/worklists?tab=pending');
  const open = doctor
    .getByTestId('worklist-pending-visits')
    .locator('a[data-testid^="worklist-open-"]')
    .first();
  await expect(open).toBeVisible();
  const caseId = (await open.getAttribute('data-testid'))!.replace('worklist-open-', '');
  const c = await (await doctor.request.get(`/api/v1/cases/${caseId}`)).json();
  await click(open);
  await expect(doctor).toHaveURL(new RegExp(`/cases/${caseId}/visit$`));

  // The planned method comes from the case before anything is typed.
  await expect(field(doctor, 'plan.anesthesiaMethod')).toContainText(
    optionLabel('plan.anesthesiaMethod', c.plannedAnesthesia, 'zh-CN'),
  );

  // 基本信息 and 生命体征: numbers typed, Tab (or Enter) moves on.
  await click(field(doctor, 'heightCm'));
  await type('168');
  await press('Enter'); // Enter moves on, it never submits
  await type('58');
  await next();
  await pick('2'); // 已戒
  await next();
  await type('4');
  await click(field(doctor, 'vitals.systolicBp'));
  for (const v of ['148', '86', '78', '16', '95']) {
    await type(v);
    await next();
  }
  await press('y'); // SpO2 on room air (Y or 1 = 是, N or 2 = 否)
  await next();
  await type('36.6');

  // 过敏史: 是, then the allergy typed into the row that "添加" opens (Enter on the button).
  await click(yesOf('allergies.known'));
  await press('Tab', 'Enter');
  await expect(doctor.getByTestId('allergy-0-substance')).toBeFocused();
  await type('青霉素');
  await next();
  await type('皮疹');

  // 既往手术麻醉史 with its complication.
  await click(yesOf('anesthesiaHistory.previous'));
  await press('Tab', 'n', 'Tab', 'n', 'Tab', 'Enter');
  await expect(doctor.getByTestId('anesthetic-0-year')).toBeFocused();
  await type('2015');
  await next();
  await type('阑尾切除术');
  await next();
  await pick('椎管');
  await next();
  await type('术后恶心呕吐');

  // 既往史: the positives by key, the tumour chosen, then "其余均否" for the rest.
  await click(yesOf('history.hypertension'));
  await press('Tab');
  await pick('3'); // diabetes on oral agents
  await press('Tab', 'n', 'Tab', 'y'); // no end-organ damage; COPD yes
  await click(field(doctor, 'history.solidTumor'));
  await pick('2'); // localised
  await click(doctor.getByTestId('rest-no-history'));
  await expect(field(doctor, 'history.dementia').getByRole('radio', { name: '否' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(field(doctor, 'history.hypertension').getByRole('radio', { name: '是' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await click(doctor.getByTestId('rest-no-vte'));

  // 气道评估与牙齿.
  await click(field(doctor, 'airway.mallampatiClass'));
  await pick('2');
  for (const v of ['39', '4', '6.5']) {
    await next();
    await type(v);
  }
  await press('Tab', 'n', 'Tab');
  await pick('2'); // removable dentures
  await press('Tab', 'y', 'Tab'); // a loose tooth: which one appears
  await type('左下6');
  await press('Tab', 'n');

  // 实验室检查 and 辅助检查 with their dates, typed as digits.
  await click(field(doctor, 'labs.hemoglobin'));
  for (const v of ['118', '92', '34.5', '1.02', '210', '6.8', '20261119']) {
    await type(v);
    await next();
  }
  await pick('1'); // sinus rhythm
  await press('Tab', 'n', 'Tab');
  await type('20261119');
  await next();
  await type('ST-T 改变');
  await next();
  await pick('2'); // chest CT
  await next();
  await type('20261115');
  await next();
  await type('食管中段管壁增厚，肺气肿');
  for (const v of [
    '64',
    '88',
    '58',
    '71',
    '20261118',
    '7.41',
    '78',
    '41',
    '21',
    '20261119',
    '60',
    '20261118',
  ]) {
    await next();
    await type(v);
  }

  // 禁食禁饮 explained; 营养与衰弱.
  await click(yesOf('fasting.instructed'));
  await click(field(doctor, 'nutrition.weightLoss'));
  await pick('1'); // none
  await next();
  await type('100');
  await press('Tab', 'n', 'Tab');
  await pick('1');
  await press('Tab', 'n', 'Tab');
  await pick('3');

  // PHQ-9 and GAD-7, one digit each.
  await click(field(doctor, 'phq9.item1').getByRole('radio', { name: '1' }));
  await next();
  for (const d of ['1', '2', '0', '0', '0', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0']) {
    await press(d, 'Tab');
  }

  // ASA and the plan (the method stays as prefilled).
  await expect(field(doctor, 'asaClass').locator('input')).toBeFocused();
  await pick('3');
  await press('Tab', 'n', 'Tab', 'Tab');
  await type('左双腔支气管导管');
  await next();
  await pick('1'); // intrathoracic
  await next();
  await type('300');
  await press('Tab', 'y', 'Tab');
  await pick('ICU');

  // Every score is complete, fed by one history; the results show where a score uses them.
  for (const id of PREOP_INSTRUMENTS.filter((i) => i !== 'mallampati' && i !== 'charlson'))
    await expect(score(doctor, id), id).toHaveAttribute('data-status', 'complete');
  await expect(doctor.getByText('超声心动图 EF 60%')).toBeVisible();
  await expect(doctor.getByTestId('visit-saved')).toBeVisible();

  await click(doctor.getByTestId('visit-sign'));
  await expect(doctor.getByTestId('visit-status')).toHaveAttribute('data-status', 'signed');
  await expect(doctor.getByTestId('visit-sign-missing')).toHaveCount(0);
  expect(clicks).toBeLessThan(40);
  test.info().annotations.push({ type: 'clicks', description: String(clicks) });
  console.log(`visit filled and signed with ${clicks} clicks`);

  // What was typed is what was stored.
  const saved = (await (await doctor.request.get(`/api/v1/cases/${caseId}/visit`)).json()).current.data;
  expect(saved).toMatchObject({
    heightCm: 168,
    weightKg: 58,
    smoking: 'former',
    allergies: { known: true, items: [{ kind: 'drug', substance: '青霉素', reaction: '皮疹' }] },
    anesthesiaHistory: {
      previous: true,
      items: [
        { year: 2015, operation: '阑尾切除术', anesthesia: 'neuraxial', complications: '术后恶心呕吐' },
      ],
    },
    history: { hypertension: true, diabetes: 'oral', chronicPulmonaryDisease: true, solidTumor: 'localized' },
    teeth: { dentures: 'removable', looseTeeth: true, looseTeethWhich: '左下6', crownsOrBridges: false },
    labs: { hemoglobin: 118, date: '2026-11-19' },
    ecg: { rhythm: 'sinus', pathologicalQWaves: false, date: '2026-11-19' },
    chestImaging: { modality: 'ct', date: '2026-11-15' },
    pft: { fev1PctPredicted: 64, fev1FvcRatio: 58, dlcoPctPredicted: 71, date: '2026-11-18' },
    bloodGas: { ph: 7.41, pao2: 78, paco2: 41, fio2Percent: 21 },
    echo: { efPercent: 60, date: '2026-11-18' },
    plan: { anesthesiaMethod: c.plannedAnesthesia, surgicalSite: 'intrathoracic', postopDestination: 'icu' },
  });
  expect(saved.history.dementia).toBe(false);
  expect(saved.history.liverDisease).toBe('none');

  // Signed, the form reads as text: the answer in full contrast, nothing greyed out.
  await expect(field(doctor, 'history.hypertension')).toHaveText('是');
  await expect(field(doctor, 'vte.swollenLegs')).toHaveText('否');
  await expect(field(doctor, 'pft.fev1FvcRatio')).toHaveText('58 %');
  await expect(doctor.getByTestId('allergy-list')).toContainText('青霉素');
  await expect(doctor.getByRole('radiogroup')).toHaveCount(0);

  // The printed visit: two A4 pages, kept with their PNGs under test-results/visit-pdf/.
  const pdf = await doctor.request.get(`/api/v1/cases/${caseId}/visit/pdf`);
  expect(pdf.status()).toBe(200);
  const dir = resolve('test-results/visit-pdf');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'e2e-signed-visit.pdf');
  writeFileSync(file, await pdf.body());
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  expect(pages).toBeLessThanOrEqual(2);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, 'e2e-signed-visit')]);
  const text = execFileSync('pdftotext', [file, '-']).toString();
  expect(text).toContain('青霉素');
  expect(text).not.toMatch(/seed|report 000|\{\w+\}|visit\.|undefined|NaN/);
});
