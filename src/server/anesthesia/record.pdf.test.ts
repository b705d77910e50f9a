// The printed 麻醉记录单 of an 8-hour esophagectomy, rendered and read back page by page: as many grid
// pages as the span needs at 5-minute columns, every event in the legends, numbers at clinical
// precision, the case table, the totals and the signature. The pages are kept as PNG in
// test-results/record-pdf/ to be looked at.
import { describe, expect, it } from 'vitest';
import type { ReadingSeries } from '../../domain/anesthesia/downsample';
import { drugDef } from '../../domain/anesthesia/drug-catalogue';
import { eventNumber, sheetPageCount } from '../../domain/anesthesia/record-sheet';
import {
  CHECKLIST,
  CHECKLIST_PHASES,
  drugTotals,
  eventDef,
  fluidBalance,
} from '../../domain/anesthesia/record-vocabulary';
import { renderPdf, siteDateTime } from '../platform/pdf';
import { drugName } from './dto';
import type { RecordDocumentInput } from './record.pdf';
import { recordDocument } from './record.pdf';
import { pdfArtefacts } from './record-pdf-artefacts';

const TZ = 'Asia/Shanghai';
const M = 60_000;
const IN = Date.parse('2026-11-22T00:30:00Z'); // 08:30 in Shanghai
const OUT = IN + 8 * 60 * M; // 16:30
const at = (minutes: number) => new Date(IN + minutes * M);
const hm = (d: Date) => siteDateTime(d, TZ).slice(11);

/** 1 Hz from entry to exit, as a monitor sends it (a float32 temperature channel included). */
function readings(): ReadingSeries[] {
  const wave = (
    param: string,
    value: (minute: number, s: number) => number,
    every = 1,
    from = 0,
  ): ReadingSeries => {
    const t: number[] = [];
    const v: number[] = [];
    for (let s = from * 60; s < 8 * 3600; s += every) {
      t.push(IN + s * 1000);
      v.push(value(s / 60, s));
    }
    return {
      param,
      channel: '',
      deviceId: null,
      unit: '',
      t,
      value: v,
      id: t.map((_, i) => i + 1),
      artefact: t.map(() => false),
    };
  };
  // Induction dip at 08:45, a hypotensive spell 13:00–13:20 treated with phenylephrine.
  const dip = (m: number) => (m >= 15 && m < 25 ? -25 : m >= 270 && m < 290 ? -40 : 0);
  return [
    wave('hr', (m) => 78 + Math.round(8 * Math.sin(m / 17)) + (m < 15 ? 12 : 0)),
    wave('spo2', (m) => (m < 10 ? 96 : 99)),
    wave('etco2', (m) => (m < 15 ? 0 : 34 + (Math.floor(m) % 4)), 1, 15),
    wave('rr', () => 12, 1, 15),
    // The cuff before the arterial line (first 30 minutes), then the arterial line.
    wave('nibp_sys', (m) => 142 + dip(m), 300),
    wave('nibp_dia', (m) => 84 + dip(m) / 2, 300),
    wave('nibp_mean', (m) => 103 + dip(m) * 0.7, 300),
    wave('art_sys', (m) => 124 + Math.round(6 * Math.sin(m / 9)) + dip(m), 1, 30),
    wave('art_dia', (m) => 70 + Math.round(4 * Math.sin(m / 9)) + dip(m) / 2, 1, 30),
    wave('art_mean', (m) => 88 + dip(m) * 0.7, 1, 30),
    // 36.4 falling to 35.2 ℃ by the fourth hour, warming back; stored as float32.
    wave('temp', (m) => Math.fround(m < 240 ? 36.4 - m * 0.005 : 35.2 + (m - 240) * 0.004), 1, 10),
  ];
}

const EVENTS: [string, number, string?][] = [
  ['in_room', 0],
  ['anesthesia_start', 10],
  ['intubation', 16],
  ['position_change', 28, '左侧卧位'],
  ['incision', 40],
  ['custom', 150, '单肺通气开始'],
  ['custom', 270, '低血压，去氧肾上腺素处理'],
  ['position_change', 300, '平卧位'],
  ['surgery_end', 440],
  ['extubation', 455],
  ['anesthesia_end', 460],
  ['out_of_room', 480],
];

type Drug = RecordDocumentInput['drugs'][number];
const bolus = (drug: string, dose: number, minute: number): Drug => ({
  drug,
  name: drugName(drug, 'zh-CN'),
  kind: 'bolus',
  dose,
  rate: null,
  unit: drugDef(drug)!.unit,
  startAt: at(minute),
  endAt: null,
});
const infusion = (drug: string, rate: number, from: number, to: number | null): Drug => ({
  ...bolus(drug, 0, from),
  kind: 'infusion',
  dose: null,
  rate,
  // Stored per hour, as the record's service stores an infusion.
  unit: `${drugDef(drug)!.unit}/h`,
  endAt: to === null ? null : at(to),
});

/** The case's record as recorded up to `until` (exit by default): a case still in the room before it. */
function input(overrides: Partial<RecordDocumentInput> = {}, until = OUT): RecordDocumentInput {
  const given: Drug[] = [
    bolus('midazolam', 2, 5),
    bolus('sufentanil', 30, 12),
    bolus('propofol', 120, 12),
    bolus('rocuronium', 50, 13),
    bolus('cefazolin', 2, 20),
    infusion('remifentanil', 600, 15, 150),
    infusion('remifentanil', 400, 150, 445),
    infusion('propofol', 300, 15, 450),
    bolus('sufentanil', 10, 120),
    bolus('sufentanil', 10, 240),
    bolus('rocuronium', 20, 100),
    bolus('rocuronium', 20, 200),
    bolus('rocuronium', 20, 300),
    bolus('phenylephrine', 100, 272),
    bolus('phenylephrine', 50, 276),
    bolus('epinephrine', 0.1 + 0.2, 278),
    bolus('cefazolin', 1, 200),
    bolus('tranexamic_acid', 1, 60),
    bolus('dexamethasone', 5, 20),
    bolus('ondansetron', 4, 430),
    bolus('sugammadex', 200, 450),
  ];
  const drugs = given
    .filter((d) => +d.startAt < until)
    .map((d) => (d.endAt && +d.endAt > until ? { ...d, endAt: null } : d));
  const recorded: RecordDocumentInput['fluids'] = [
    ...[2, 90, 180, 270, 360].map((m) => ({
      kind: 'crystalloid',
      direction: 'in',
      volumeMl: 500,
      at: at(m),
    })),
    { kind: 'colloid', direction: 'in', volumeMl: 500, at: at(275) },
    { kind: 'red_cells', direction: 'in', volumeMl: 400, at: at(290) },
    ...[150, 280, 420].map((m) => ({ kind: 'blood_loss', direction: 'out', volumeMl: 200, at: at(m) })),
    ...[60, 180, 300, 420, 475].map((m) => ({ kind: 'urine', direction: 'out', volumeMl: 150, at: at(m) })),
  ];
  const fluids = recorded.filter((f) => +f.at < until);
  const totals = drugTotals(
    drugs.map((d) => ({
      ...d,
      kind: d.kind === 'infusion' ? 'infusion' : 'bolus',
      startAt: +d.startAt,
      endAt: d.endAt ? +d.endAt : null,
    })),
    until,
  );
  return {
    patient: { name: '张三', mrn: 'ZY20260001', sex: 'male', age: 66, ward: '胸外科一病区', bed: '12' },
    caseInfo: {
      diagnosisCode: 'C15.400',
      diagnosisText: '食管中段恶性肿瘤',
      procedureCode: '42.4101',
      procedureText: '胸腹腔镜联合食管癌根治术',
      plannedAnesthesia: 'general_tube',
      orRoom: 'OR-01',
      surgeon: '李外科',
      assistants: ['张助手'],
      anesthesiologists: ['王麻醉', '赵麻醉'],
      scheduledStart: at(0),
      inRoomAt: at(0),
      anesthesiaStartAt: at(10),
      surgeryStartAt: at(40),
      surgeryEndAt: at(440),
      anesthesiaEndAt: at(460),
      outOfRoomAt: at(480),
    },
    asa: { asaClass: 3, emergency: false },
    record: {
      method: 'general_tube',
      details: {
        airway: '双腔支气管导管 37F（左）',
        lines: '左桡动脉、右颈内静脉',
        position: '左侧卧位',
        activeWarming: true,
      },
      tempMode: 'continuous',
      status: 'signed',
      revision: 1,
      signedAt: at(500),
      signerName: '王麻醉',
      amendmentReason: null,
    },
    readings: readings().map((s) => {
      const n = s.t.filter((t) => t < until).length;
      return {
        ...s,
        t: s.t.slice(0, n),
        value: s.value.slice(0, n),
        id: s.id.slice(0, n),
        artefact: s.artefact.slice(0, n),
      };
    }),
    events: EVENTS.map(([code, m, text]) => ({
      label: code === 'custom' ? text! : eventDef(code)!.label['zh-CN'],
      at: at(m),
      text: code === 'custom' ? null : (text ?? null),
      overrideReason: null,
    })),
    drugs,
    totals: [...totals].map(([drug, total]) => ({
      drug,
      name: drugName(drug, 'zh-CN'),
      total,
      unit: drugDef(drug)!.unit,
    })),
    fluids,
    balance: fluidBalance(fluids.map((f) => ({ direction: f.direction as 'in', volumeMl: f.volumeMl }))),
    checklist: CHECKLIST_PHASES.flatMap((phase) =>
      CHECKLIST[phase].items.map((i) => ({ phase, item: i.code, answer: 'yes' })),
    ),
    alerts: [{ kind: 'hypotension', start: at(272), end: at(288), extreme: 47.6 }],
    exposure: { source: 'invasive', threshold: 65, minutesBelow: 16, aut: 152.4, twa: 0.32 },
    antibiotics: [
      { name: '头孢唑林', minutesFromIncision: -20 },
      { name: '头孢唑林', minutesFromIncision: 160 },
    ],
    corrections: [
      {
        kind: 'drug',
        entryId: 'd1',
        action: 'edit',
        before: { drug: 'propofol', kind: 'bolus', dose: 1200, unit: 'mg', startAt: at(12).toISOString() },
        after: { dose: 120 },
        reason: '剂量录入多一个0',
        by: '王麻醉',
        at: at(30),
      },
      {
        kind: 'event',
        entryId: 'e1',
        action: 'edit',
        before: { code: 'incision', text: null, at: at(50).toISOString() },
        after: { at: at(40).toISOString() },
        reason: '补记实际切皮时间',
        by: '王麻醉',
        at: at(55),
      },
      {
        kind: 'fluid',
        entryId: 'f1',
        action: 'void',
        before: { direction: 'in', kind: 'colloid', volumeMl: 500, at: at(100).toISOString() },
        after: {},
        reason: '重复录入',
        by: '李护士',
        at: at(110),
      },
    ],
    locale: 'zh-CN',
    timeZone: TZ,
    printedAt: at(510),
    ...overrides,
  };
}

describe('the printed record of an 8-hour case', { timeout: 60_000 }, () => {
  it('prints the whole case on grid pages at 5-minute columns, every event in the legends, numbers at clinical precision', async () => {
    const doc = input();
    // Measured in CPU time as well as by the clock: the clock also counts whatever else the machine runs.
    const timed = async () => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const pdf = await renderPdf(recordDocument(doc));
      const used = process.cpuUsage(cpu);
      return { pdf, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
    };
    // The first document of a process loads the font; the second costs what each later print does.
    const first = await timed();
    const { pdf, ms, cpuMs } = await timed();
    const n = doc.readings.reduce((a, s) => a + s.t.length, 0);
    console.info(
      `record PDF, 8-hour case, ${n} readings: first ${first.ms.toFixed(0)} ms (CPU ${first.cpuMs.toFixed(0)} ms), then ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)`,
    );
    expect(cpuMs).toBeLessThan(5000);
    expect(first.pdf.length).toBe(pdf.length);
    const out = pdfArtefacts(pdf, 'eight-hour-zh');
    const grids = out.texts.filter((t) => t.includes('收缩压'));
    expect(grids).toHaveLength(sheetPageCount(IN, OUT));
    expect(grids).toHaveLength(2);
    // Each grid page keeps its legend: the grid pages are the first pages, none spilt onto another.
    expect(out.texts.slice(0, grids.length)).toEqual(grids);
    // The first grid page is the first page (under the case table), then one grid page each.
    expect(out.texts[0]).toContain('病区/床号');
    expect(out.texts[0]).toContain('胸外科一病区12床');
    expect(out.texts[0]).toContain('III级');
    expect(out.texts[0]).toContain('拟施麻醉气管插管全身麻醉');
    expect(out.texts[0]).toContain('08:40–16:10（7小时30分）');
    expect(grids[0]).toContain('08:30');
    expect(grids[1]).toContain('16:15');
    const legends = grids.join('');
    EVENTS.forEach(([code, m, text], i) => {
      const name = code === 'custom' ? text : `${eventDef(code)!.label['zh-CN']}${text ? `：${text}` : ''}`;
      const line = `${eventNumber(i + 1)}${hm(at(m))}${name}`;
      expect(legends, line).toContain(line);
    });
    const all = out.texts.join('');
    // Temperatures with one decimal (the float32 35.2 as 35.2), doses and sums without binary noise.
    expect(all).toMatch(/36\.3/);
    expect(all).toMatch(/35\.2/);
    // No number with more than two decimals anywhere (the diagnosis and procedure codes are codes).
    const numbers = out.words.filter((w) => !/C15\.400|42\.4101/.test(w));
    expect(numbers.filter((w) => /\d\.\d{3,}/.test(w))).toEqual([]);
    // Every temperature cell with one decimal: "36.3" or "36.2–36.3".
    const temps = numbers.filter((w) => /^3\d\.\d/.test(w));
    expect(temps.length).toBeGreaterThan(20);
    for (const w of temps) expect(w).toMatch(/^3\d\.\d(–3\d\.\d)?$/);
    expect(all).toContain('0.3');
    for (const s of [
      '更正记录',
      '用药：丙泊酚1200mg',
      '剂量1200→120',
      '时间09:20→09:10',
      '液体：胶体液500ml',
      '作废（原记录时间10:10）',
      '重复录入',
      '合计',
      '入量',
      '出量',
      '出血量600ml',
      '尿量750ml',
      '平衡',
      '王麻醉',
      '预防性抗菌药',
      '切皮前20分钟',
    ])
      expect(all, s).toContain(s);
    expect(all).toContain('08:45–11:00600μg/h');
    expect(all).not.toContain('/h/h');
    expect(out.pngs).toHaveLength(out.pages);
  });

  it('prints a live case up to now, unsigned, and numbers events past twenty', async () => {
    const many: RecordDocumentInput['events'] = Array.from({ length: 24 }, (_, i) => ({
      label: `事件 ${i + 1}`,
      at: at(5 + i * 8),
      text: null,
      overrideReason: null,
    }));
    // Recorded up to 13:30 and printed at 13:50: the axis still runs to 13:50, what follows greyed.
    const doc = input(
      {
        caseInfo: { ...input().caseInfo, outOfRoomAt: null, anesthesiaEndAt: null, surgeryEndAt: null },
        record: { ...input().record, status: 'draft', signedAt: null, signerName: '' },
        events: many,
        corrections: [],
        printedAt: at(320),
      },
      IN + 300 * M,
    );
    const out = pdfArtefacts(await renderPdf(recordDocument(doc)), 'live-zh');
    const grids = out.texts.filter((t) => t.includes('收缩压'));
    expect(grids).toHaveLength(sheetPageCount(IN, IN + 320 * M));
    expect(out.texts.slice(0, grids.length)).toEqual(grids);
    expect(grids.at(-1)).toContain('13:45');
    const all = out.texts.join('');
    expect(all).toContain('㉑');
    expect(all).toContain('㉔');
    expect(all).toContain('（未签名）');
    expect(all).toContain('（尚在室内）');
    expect(grids.at(-1)).toContain('打印于13:50（尚在进行）');
  });

  it('prints in English for an English reader', async () => {
    const doc = input({ locale: 'en-US' });
    const out = pdfArtefacts(await renderPdf(recordDocument(doc)), 'eight-hour-en');
    const all = out.texts.join('');
    for (const s of [
      'Anesthesiarecord',
      'Ward/bed',
      'PlannedGeneral(endotrachealtube)',
      'Systolic',
      'Bloodloss',
    ])
      expect(all, s).toContain(s);
  });
});
