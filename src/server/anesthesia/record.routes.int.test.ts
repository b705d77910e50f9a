// The anesthesia record over HTTP: events drive the case, the checklist gates induction and
// incision, drugs and fluids add up, vitals raise alerts, signing locks, amending reopens.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../domain/anesthesia/record-vocabulary';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let doctor: Agent;
let nurse: Agent;
let caseId: string;
const at = (min: number) => new Date(Date.parse('2026-11-22T01:00:00Z') + min * 60_000).toISOString();
const record = async () => (await doctor.get(`/api/v1/cases/${caseId}/record`)).json();

beforeAll(async () => {
  t = await createTestApp();
  doctor = await t.userAgent('anesthesiologist');
  nurse = await t.userAgent('nurse');
  // The system administrator holds no patient data (三员分立): a nurse registers, the doctor schedules.
  const patientId = (await nurse.post('/api/v1/patients', samplePatient())).json().id;
  caseId = (await doctor.post('/api/v1/cases', sampleCase(patientId, { orRoom: 'OR-02' }))).json().id;
});
afterAll(async () => t.close());

describe('the anesthesia record', () => {
  it('moves the case with one-tap events and refuses induction before the sign-in without a reason', async () => {
    const inRoom = await nurse.post(`/api/v1/cases/${caseId}/record/events`, { code: 'in_room', at: at(0) });
    expect(inRoom.statusCode, inRoom.body).toBe(200);
    expect((await record()).case.status).toBe('in_room');

    const early = await doctor.post(`/api/v1/cases/${caseId}/record/events`, {
      code: 'anesthesia_start',
      at: at(5),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({
      code: 'checklist_incomplete',
      fields: [{ path: 'overrideReason' }],
    });
    expect(early.json().error.message).toContain('麻醉实施前核查');

    const answers = Object.fromEntries(CHECKLIST.sign_in.items.map((i) => [i.code, 'yes']));
    expect(
      (await nurse.put(`/api/v1/cases/${caseId}/record/checklist`, { phase: 'sign_in', answers })).statusCode,
    ).toBe(200);
    const bad = await nurse.put(`/api/v1/cases/${caseId}/record/checklist`, {
      phase: 'sign_in',
      answers: { nonsense: 'yes' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (await doctor.post(`/api/v1/cases/${caseId}/record/events`, { code: 'anesthesia_start', at: at(5) }))
        .statusCode,
    ).toBe(200);
    // Incision without the time-out needs an explicit override, which is kept.
    const incision = await doctor.post(`/api/v1/cases/${caseId}/record/events`, {
      code: 'incision',
      at: at(20),
      overrideReason: '急诊止血，时间核查口头完成',
    });
    expect(incision.statusCode, incision.body).toBe(200);
    const r = await record();
    expect(r.case.status).toBe('surgery_start');
    expect(r.checklistComplete).toEqual({ sign_in: true, time_out: false, sign_out: false });
    expect(r.events.map((e: { code: string }) => e.code)).toEqual([
      'in_room',
      'anesthesia_start',
      'incision',
    ]);
    expect(r.events[2].overrideReason).toBe('急诊止血，时间核查口头完成');
    // Out of order: 出室 before 手术结束 is an illegal transition.
    const illegal = await doctor.post(`/api/v1/cases/${caseId}/record/events`, {
      code: 'out_of_room',
      at: at(25),
    });
    expect(illegal.statusCode).toBe(409);
    const custom = await doctor.post(`/api/v1/cases/${caseId}/record/events`, { code: 'custom', at: at(26) });
    expect(custom.statusCode).toBe(400);
  });

  it('totals drugs (boluses and infusion segments) and keeps the fluid balance', async () => {
    const post = (body: object) => doctor.post(`/api/v1/cases/${caseId}/record/drugs`, body);
    expect((await post({ drug: 'propofol', kind: 'bolus', dose: 120, startAt: at(5) })).statusCode).toBe(200);
    const inf = (await post({ drug: 'remifentanil', kind: 'infusion', rate: 600, startAt: at(10) })).json();
    const changed = await post({
      drug: 'remifentanil',
      kind: 'infusion',
      rate: 300,
      startAt: at(40),
      replaces: inf.id,
    });
    expect(changed.statusCode).toBe(200);
    expect(
      (await doctor.post(`/api/v1/cases/${caseId}/record/drugs/${changed.json().id}/stop`, { at: at(60) }))
        .statusCode,
    ).toBe(200);
    expect((await post({ drug: 'unknown', kind: 'bolus', dose: 1, startAt: at(5) })).statusCode).toBe(400);
    expect((await post({ drug: 'propofol', kind: 'bolus', startAt: at(5) })).statusCode).toBe(400);
    for (const f of [
      { direction: 'in', kind: 'crystalloid', volumeMl: 1000, at: at(30) },
      { direction: 'in', kind: 'red_cells', volumeMl: 400, at: at(45) },
      { direction: 'out', kind: 'blood_loss', volumeMl: 600, at: at(50) },
    ])
      expect((await nurse.post(`/api/v1/cases/${caseId}/record/fluids`, f)).statusCode).toBe(200);
    expect(
      (
        await nurse.post(`/api/v1/cases/${caseId}/record/fluids`, {
          direction: 'in',
          kind: 'urine',
          volumeMl: 5,
          at: at(50),
        })
      ).statusCode,
    ).toBe(400);
    const r = await record();
    const totals = Object.fromEntries(
      r.drugTotals.map((d: { drug: string; total: number }) => [d.drug, d.total]),
    );
    expect(totals).toEqual({ propofol: 120, remifentanil: 600 / 2 + 300 / 3 });
    // Antibiotic timing relative to 切皮 (at minute 20).
    await doctor.post(`/api/v1/cases/${caseId}/record/drugs`, {
      drug: 'cefazolin',
      kind: 'bolus',
      dose: 2,
      startAt: at(0),
    });
    expect((await record()).antibioticTiming).toEqual([
      expect.objectContaining({ drug: 'cefazolin', minutesFromIncision: -20 }),
    ]);
    expect(r.balance).toEqual({ inMl: 1400, outMl: 600, balanceMl: 800 });
  });

  it('corrects an entry over its version with a reason, 409 on a stale one, and voids one', async () => {
    const added = await doctor.post(`/api/v1/cases/${caseId}/record/drugs`, {
      drug: 'ondansetron',
      kind: 'bolus',
      dose: 40,
      startAt: at(30),
    });
    const url = `/api/v1/cases/${caseId}/record/drugs/${added.json().id}`;
    const edited = await doctor.put(url, { version: 1, reason: '录入错误', dose: 4 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2 });
    const stale = await doctor.put(url, { version: 1, reason: '再改', dose: 8 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const noReason = await doctor.put(url, { version: 2, dose: 8 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe('reason');
    expect((await doctor.post(`${url}/void`, { version: 2, reason: '未给药' })).statusCode).toBe(200);
    const d = (await record()).drugs.find((x: { id: string }) => x.id === added.json().id);
    expect(d).toMatchObject({
      dose: 4,
      voided: { reason: '未给药' },
      corrections: [{ before: { dose: 40 } }, { action: 'void' }],
    });
    // An event that moved the case is corrected, not voided.
    const inRoom = (await record()).events.find((e: { code: string }) => e.code === 'in_room');
    const refused = await doctor.post(`/api/v1/cases/${caseId}/record/events/${inRoom.id}/void`, {
      version: inRoom.version,
      reason: '误点',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'event_moved_case' });
    expect(refused.json().error.message).toContain('入室');
  });

  it('raises a hypotension alert from manual vitals, ignores a marked artefact, records the acknowledgement', async () => {
    for (const [min, v] of [
      [21, 80],
      [22, 60],
      [24, 58],
      [26, 75],
    ] as const)
      expect(
        (
          await nurse.post(`/api/v1/cases/${caseId}/observations`, {
            param: 'nibp_mean',
            value: v,
            at: at(min),
          })
        ).statusCode,
      ).toBe(200);
    const impossible = await nurse.post(`/api/v1/cases/${caseId}/observations`, {
      param: 'spo2',
      value: 140,
      at: at(27),
    });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().error.fields[0].path).toBe('value');
    const future = await nurse.post(`/api/v1/cases/${caseId}/observations`, {
      param: 'hr',
      value: 80,
      at: '2027-01-01T00:00:00Z',
    });
    expect(future.statusCode).toBe(400);
    let r = await record();
    const alert = r.alerts.find((a: { kind: string }) => a.kind === 'hypotension');
    expect(alert).toMatchObject({ start: at(22), end: at(26), extreme: 58, acknowledged: false });
    // Step method over the cuff series (80 at 21, 60 at 22, 58 at 24, 75 at 26, held to now = 02:00).
    expect(r.exposure).toMatchObject({ source: 'cuff', threshold: 65, minutesBelow: 4, aut: 5 * 2 + 7 * 2 });

    // Marking the 58 and 60 readings as artefacts removes the alert but keeps the values.
    const obs = (await nurse.get(`/api/v1/cases/${caseId}/observations`)).json().items as {
      id: number;
      value: number;
    }[];
    for (const o of obs.filter((x) => x.value < 65))
      expect(
        (await doctor.post(`/api/v1/cases/${caseId}/observations/${o.id}/artefact`, { reason: '冲洗管路' }))
          .statusCode,
      ).toBe(200);
    r = await record();
    expect(r.alerts.some((a: { kind: string }) => a.kind === 'hypotension')).toBe(false);
    expect(
      (await nurse.get(`/api/v1/cases/${caseId}/observations`))
        .json()
        .items.filter((o: { artefact: boolean }) => o.artefact),
    ).toHaveLength(2);
    // On the chart's series the marked readings stay identifiable, one by one, outside the buckets.
    const series = (await nurse.get(`/api/v1/cases/${caseId}/observations/series`)).json();
    expect(series.artefacts.map((a: { value: number }) => a.value).sort()).toEqual([58, 60]);
    const map = series.series.find((x: { param: string }) => x.param === 'nibp_mean');
    expect(Math.min(...map.min)).toBe(75);
    expect(series.count).toBe(4);

    const ack = await doctor.post(`/api/v1/cases/${caseId}/record/alerts/ack`, {
      kind: 'hypotension',
      start: at(22),
      note: '去氧肾上腺素 100μg',
    });
    expect(ack.statusCode).toBe(200);
  });

  it('signs only with a method, locks, and reopens by amendment with a reason', async () => {
    let r = await record();
    expect(
      (await doctor.post(`/api/v1/cases/${caseId}/record/sign`, { version: r.record.version })).statusCode,
    ).toBe(400);
    const upd = await doctor.put(`/api/v1/cases/${caseId}/record`, {
      method: 'general_tube',
      details: {
        airway: '双腔支气管导管 37F',
        lines: '桡动脉、右颈内静脉',
        position: '左侧卧位',
        activeWarming: true,
      },
      tempMode: 'continuous',
      version: r.record.version,
    });
    expect(upd.statusCode, upd.body).toBe(200);
    expect(
      (await nurse.post(`/api/v1/cases/${caseId}/record/sign`, { version: upd.json().version })).statusCode,
    ).toBe(403);
    const signed = await doctor.post(`/api/v1/cases/${caseId}/record/sign`, { version: upd.json().version });
    expect(signed.json()).toMatchObject({ status: 'signed' });
    const locked = await nurse.post(`/api/v1/cases/${caseId}/record/fluids`, {
      direction: 'in',
      kind: 'colloid',
      volumeMl: 500,
      at: at(70),
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('record_signed');
    const amended = await doctor.post(`/api/v1/cases/${caseId}/record/amend`, {
      reason: '补记术中胶体液',
      version: signed.json().version,
    });
    expect(amended.json()).toMatchObject({ status: 'draft', revision: 2 });
    r = await record();
    expect(r.record).toMatchObject({ status: 'draft', revision: 2, amendmentReason: '补记术中胶体液' });
  });

  it('prints the record as an A4 PDF with Chinese text: drugs, totals, balance, events, checklist', async () => {
    const res = await nurse.get(`/api/v1/cases/${caseId}/record/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'periop-record-')), 'record.pdf');
    writeFileSync(file, res.rawPayload);
    if (process.env.PERIOP_KEEP_RECORD_PDF) writeFileSync(process.env.PERIOP_KEEP_RECORD_PDF, res.rawPayload);
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
    for (const s of [
      '麻醉记录单',
      '丙泊酚',
      '瑞芬太尼',
      '合计',
      '平衡800ml',
      '切皮',
      '越过核查',
      '麻醉实施前核查',
      '第2版',
    ])
      expect(text, s).toContain(s);
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Page size:\s+595\.28 x 841\.89/);
  });

  it('shows the room on the live overview with current vitals and open alerts until acknowledged', async () => {
    for (const [min, v] of [
      [50, 86],
      [51, 85],
      [53, 96],
    ] as const)
      await nurse.post(`/api/v1/cases/${caseId}/observations`, { param: 'spo2', value: v, at: at(min) });
    await nurse.post(`/api/v1/cases/${caseId}/observations`, { param: 'hr', value: 77, at: at(59) });
    const rooms = (await nurse.get('/api/v1/overview/rooms')).json().rooms;
    const room = rooms.find((r: { room: string }) => r.room === 'OR-02');
    expect(room).toMatchObject({ caseId, vitals: { hr: { value: 77 } } });
    expect(room.alerts).toEqual([
      expect.objectContaining({ kind: 'hypoxaemia', start: at(50), extreme: 85 }),
    ]);
    expect(rooms.find((r: { room: string }) => r.room === 'OR-01')).toMatchObject({
      caseId: null,
      vitals: {},
    });
    await doctor.post(`/api/v1/cases/${caseId}/record/alerts/ack`, { kind: 'hypoxaemia', start: at(50) });
    const after = (await nurse.get('/api/v1/overview/rooms'))
      .json()
      .rooms.find((r: { room: string }) => r.room === 'OR-02');
    expect(after.alerts).toEqual([]);
  });
});
