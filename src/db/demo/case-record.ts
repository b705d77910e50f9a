// A demo case's anesthesia record (麻醉记录单) as the team would have charted it: the one-tap events at
// the case's status times, induction and maintenance drugs dosed by weight, fluids and losses, the three
// WHO checklist phases answered just before the steps they gate, the signature after 出室, and in PACU
// a temperature and two Aldrete scores. Built from the case's plan and cut at now: an entry is there
// only once its time has come. Pure.

import { drugDef } from '../../domain/anesthesia/drug-catalogue';
import {
  CHECKLIST,
  type ChecklistAnswer,
  type ChecklistPhase,
  type DrugKind,
  type FluidDirection,
  type FluidKind,
} from '../../domain/anesthesia/record-vocabulary';
import type { TargetStatus } from '../../domain/registry/case-status';
import type { AnesthesiaMethod, Approach } from '../../domain/registry/vocabulary';
import type { Baseline } from './baseline';
import { prng, type Rng, seedOf } from './rng';
import { MINUTE } from './site-time';

export type RecordCase = {
  id: string;
  plannedAnesthesia: AnesthesiaMethod;
  procedureCode: string;
  approach: Approach;
  grade: number;
  plan: Partial<Record<TargetStatus, Date>>;
  age: number;
  sex: 'male' | 'female';
  baseline: Baseline;
};

export type RecordEventEntry = { code: string; text: string | null; at: Date; recordedAt: Date };
export type DrugEntryPlan = {
  drug: string;
  kind: DrugKind;
  dose: number | null;
  rate: number | null;
  unit: string;
  route: string;
  startAt: Date;
  endAt: Date | null;
  recordedAt: Date;
};
export type FluidEntryPlan = {
  direction: FluidDirection;
  kind: FluidKind;
  volumeMl: number;
  at: Date;
  recordedAt: Date;
};
export type ChecklistEntry = { phase: ChecklistPhase; item: string; answer: ChecklistAnswer; at: Date };
export type AldreteInput = {
  activity: 0 | 1 | 2;
  respiration: 0 | 1 | 2;
  consciousness: 0 | 1 | 2;
  baselineSystolic: number;
  systolic: number;
  spo2: number;
  onOxygen: boolean;
};

export type CaseRecordPlan = {
  method: AnesthesiaMethod;
  details: { airway?: string; lines?: string; position?: string; activeWarming?: boolean };
  events: RecordEventEntry[];
  drugs: DrugEntryPlan[];
  fluids: FluidEntryPlan[];
  checklist: ChecklistEntry[];
  /** When the record was first written (入室), and signed (after 出室; null while the case is in the room). */
  createdAt: Date;
  signedAt: Date | null;
  pacuTemperature: { at: Date; value: number } | null;
  aldrete: { at: Date; input: AldreteInput }[];
};

const GENERAL: ReadonlySet<AnesthesiaMethod> = new Set(['general_tube', 'general_lma', 'combined']);
const round = (v: number, step: number) => Math.max(step, Math.round(v / step) * step);
const plus = (d: Date, minutes: number) => new Date(d.getTime() + minutes * MINUTE);
const esophageal = (c: RecordCase) => c.procedureCode.startsWith('42.');

type Steps = {
  inRoom: Date;
  anesthesia: Date;
  incision: Date;
  surgeryEnd: Date;
  anesthesiaEnd: Date;
  out: Date;
};
type Entry<T> = Omit<T, 'recordedAt'>;

/** Where the patient lies for the operation: on the side opposite the lung operated on, or supine. */
function positionOf(c: RecordCase, r: Rng): string {
  if (c.approach === 'ablation') return r.chance(0.5) ? '俯卧位' : '仰卧位';
  if (esophageal(c)) return '左侧卧位，腹部操作时改平卧位';
  if (c.procedureCode === '07.8400' || c.procedureCode === '34.3x00') return '仰卧位，患侧垫高 30°';
  return r.chance(0.5) ? '右侧卧位' : '左侧卧位';
}

function detailsOf(c: RecordCase, r: Rng): CaseRecordPlan['details'] {
  const tube = c.sex === 'male' ? r.pick(['37', '39']) : r.pick(['35', '37']);
  const lma = c.baseline.weightKg < 50 ? 3 : c.baseline.weightKg <= 70 ? 4 : 5;
  const airway =
    c.plannedAnesthesia === 'general_lma'
      ? `喉罩 ${lma} 号`
      : GENERAL.has(c.plannedAnesthesia)
        ? `左双腔支气管导管 ${tube} Fr，纤支镜定位`
        : '鼻导管吸氧 3 L/min';
  return {
    airway,
    lines: c.grade >= 4 ? '左桡动脉穿刺置管；右颈内静脉置管（双腔）' : '外周静脉 18G',
    position: positionOf(c, r),
    activeWarming: c.grade >= 3 && c.approach !== 'ablation',
  };
}

class Chart {
  readonly events: Entry<RecordEventEntry>[] = [];
  readonly drugs: Entry<DrugEntryPlan>[] = [];
  readonly fluids: Entry<FluidEntryPlan>[] = [];

  event(code: string, at: Date, text: string | null = null) {
    this.events.push({ code, text, at });
  }
  bolus(drug: string, dose: number, at: Date) {
    const def = drugDef(drug)!;
    this.drugs.push({
      drug,
      kind: 'bolus',
      dose,
      rate: null,
      unit: def.unit,
      route: def.route,
      startAt: at,
      endAt: null,
    });
  }
  infusion(drug: string, rate: number, from: Date, to: Date) {
    const def = drugDef(drug)!;
    this.drugs.push({
      drug,
      kind: 'infusion',
      dose: null,
      rate,
      unit: `${def.unit}/h`,
      route: def.route,
      startAt: from,
      endAt: to,
    });
  }
  fluid(direction: FluidDirection, kind: FluidKind, volumeMl: number, at: Date) {
    this.fluids.push({ direction, kind, volumeMl, at });
  }
}

/** General anesthesia for thoracic surgery: induction, airway, TIVA, top-ups, antiemetic, reversal. */
function generalAnesthesia(
  c: RecordCase,
  s: Steps,
  r: Rng,
  chart: Chart,
  o: { position: string; extubate: boolean },
) {
  const w = c.baseline.weightKg;
  const lma = c.plannedAnesthesia === 'general_lma';
  chart.bolus('midazolam', c.age >= 75 ? 1 : 2, plus(s.anesthesia, -1));
  chart.bolus('sufentanil', round(w * (lma ? 0.2 : 0.4), 5), s.anesthesia);
  if (c.age >= 70) chart.bolus('etomidate', round(w * 0.2, 2), plus(s.anesthesia, 0.5));
  else chart.bolus('propofol', round(w * 2, 10), plus(s.anesthesia, 0.5));
  const rocuronium = !lma && r.chance(0.7);
  if (!lma)
    chart.bolus(
      rocuronium ? 'rocuronium' : 'cisatracurium',
      round(w * (rocuronium ? 0.6 : 0.15), rocuronium ? 5 : 2),
      plus(s.anesthesia, 1),
    );
  chart.bolus('dexamethasone', 5, plus(s.anesthesia, 2));
  const airwayAt = plus(s.anesthesia, r.int(3, 5));
  chart.event('intubation', airwayAt, lma ? '置入喉罩' : '双腔支气管导管插管，纤支镜定位');
  if (r.chance(0.6)) chart.bolus('phenylephrine', 40, plus(s.anesthesia, r.int(6, 10)));
  chart.event('position_change', plus(airwayAt, r.int(6, 10)), o.position);
  const tivaFrom = plus(airwayAt, 2);
  chart.infusion('propofol', round(w * (4 + r.next() * 2), 10), tivaFrom, plus(s.surgeryEnd, -r.int(0, 10)));
  const remifentanil = round(w * (0.1 + r.next() * 0.1) * 60, 10);
  if (s.surgeryEnd.getTime() - tivaFrom.getTime() > 150 * MINUTE) {
    // Less remifentanil once the stimulation settles: a rate change ends a segment and starts the next.
    const mid = new Date((tivaFrom.getTime() + s.surgeryEnd.getTime()) / 2);
    chart.infusion('remifentanil', remifentanil, tivaFrom, mid);
    chart.infusion('remifentanil', round(remifentanil * 0.8, 10), mid, s.surgeryEnd);
  } else chart.infusion('remifentanil', remifentanil, tivaFrom, s.surgeryEnd);
  chart.bolus('sufentanil', r.pick([5, 10]), plus(s.incision, -2));
  if (!lma) {
    const every = r.int(40, 60);
    for (let t = plus(s.anesthesia, every); t < plus(s.surgeryEnd, -30); t = plus(t, every))
      chart.bolus(rocuronium ? 'rocuronium' : 'cisatracurium', rocuronium ? 10 : 2, t);
  }
  if (esophageal(c) || c.approach === 'open') {
    chart.bolus('tranexamic_acid', 1, plus(s.incision, 10));
    chart.infusion('dexmedetomidine', round(w * 0.4, 2), plus(s.incision, 5), plus(s.surgeryEnd, -30));
  }
  if (r.chance(0.7)) chart.bolus('ondansetron', 4, plus(s.surgeryEnd, -r.int(15, 25)));
  else chart.bolus('palonosetron', 0.25, plus(s.surgeryEnd, -r.int(15, 25)));
  chart.bolus('oxycodone', 5, plus(s.surgeryEnd, -r.int(10, 20)));
  const reversal = plus(s.surgeryEnd, r.int(2, 5));
  if (rocuronium) chart.bolus('sugammadex', round(w * 2, 50), reversal);
  else if (!lma) {
    chart.bolus('neostigmine', 1, reversal);
    chart.bolus('atropine', 0.5, reversal);
  }
  // Extubated once reversed, just before 麻醉结束; some ICU patients leave intubated.
  const extubation = Math.max(plus(reversal, 3).getTime(), plus(s.anesthesiaEnd, -r.int(1, 4)).getTime());
  if (o.extubate) chart.event('extubation', new Date(Math.min(extubation, s.anesthesiaEnd.getTime())));
}

/** Sedation (and a paravertebral block) for CT-guided ablation. */
function sedation(c: RecordCase, s: Steps, r: Rng, chart: Chart) {
  const w = c.baseline.weightKg;
  if (c.plannedAnesthesia === 'nerve_block')
    chart.event('custom', plus(s.anesthesia, 1), '椎旁神经阻滞：0.5% 罗哌卡因 20 ml');
  chart.bolus('midazolam', 1, s.anesthesia);
  chart.bolus('sufentanil', 5, plus(s.anesthesia, 1));
  chart.infusion('dexmedetomidine', round(w * 0.5, 2), plus(s.anesthesia, 2), s.surgeryEnd);
  chart.bolus('ondansetron', 4, plus(s.surgeryEnd, -r.int(3, 8)));
}

function fluids(c: RecordCase, s: Steps, r: Rng, chart: Chart) {
  const ablation = c.approach === 'ablation';
  chart.fluid('in', 'crystalloid', ablation ? 250 : 500, plus(s.inRoom, r.int(2, 5)));
  for (let t = plus(s.inRoom, r.int(50, 70)); t < s.surgeryEnd; t = plus(t, r.int(50, 70)))
    chart.fluid('in', 'crystalloid', 500, t);
  const surgery = (s.surgeryEnd.getTime() - s.incision.getTime()) / MINUTE;
  if (surgery > 150) chart.fluid('in', 'colloid', 500, plus(s.incision, 60));
  if (esophageal(c) && c.approach === 'open' && r.chance(0.3))
    chart.fluid('in', 'red_cells', 400, plus(s.surgeryEnd, -60));
  if (ablation) return;
  const loss = esophageal(c) ? r.int(10, 40) * 10 : c.grade >= 4 ? r.int(5, 20) * 10 : r.int(1, 5) * 10;
  chart.fluid('out', 'blood_loss', loss + (c.approach === 'open' ? 100 : 0), s.surgeryEnd);
  if ((s.surgeryEnd.getTime() - s.inRoom.getTime()) / MINUTE > 150)
    chart.fluid('out', 'urine', r.int(4, 14) * 50, plus(s.surgeryEnd, 1));
}

/**
 * Every item of each phase the case has reached, answered by the team a few minutes before the step
 * the phase gates (麻醉开始, 切皮, 出室).
 */
function checklist(c: RecordCase, r: Rng): ChecklistEntry[] {
  const p = c.plan;
  const ablation = c.approach === 'ablation';
  const latest = (a: number, b: number) => new Date(Math.max(a, b));
  const phases: [ChecklistPhase, Date][] = [];
  if (p.anesthesia_start)
    phases.push([
      'sign_in',
      latest(plus(p.in_room!, 1).getTime(), plus(p.anesthesia_start, -r.int(2, 5)).getTime()),
    ]);
  if (p.surgery_start)
    phases.push([
      'time_out',
      latest(p.anesthesia_start!.getTime(), plus(p.surgery_start, -r.int(1, 3)).getTime()),
    ]);
  if (p.out_of_room)
    phases.push([
      'sign_out',
      latest(plus(p.surgery_end!, 1).getTime(), plus(p.out_of_room, -r.int(2, 5)).getTime()),
    ]);
  const notApplicable = (item: string) => ablation && (item === 'antibiotic' || item === 'specimen');
  return phases.flatMap(([phase, at]) =>
    CHECKLIST[phase].items.map((i) => ({
      phase,
      item: i.code,
      answer: notApplicable(i.code) ? 'na' : 'yes',
      at,
    })),
  );
}

// The one-tap events that move the case, at the case's own status times.
const STATUS_EVENTS = [
  ['in_room', 'in_room'],
  ['anesthesia_start', 'anesthesia_start'],
  ['incision', 'surgery_start'],
  ['surgery_end', 'surgery_end'],
  ['anesthesia_end', 'anesthesia_end'],
  ['out_of_room', 'out_of_room'],
] as const;

export function caseRecordPlan(c: RecordCase, now: Date): CaseRecordPlan | null {
  const p = c.plan;
  if (!p.in_room || p.in_room > now) return null;
  const r = prng(seedOf(`record:${c.id}`));
  const method = c.plannedAnesthesia;
  const details = detailsOf(c, r);
  const chart = new Chart();
  for (const [code, status] of STATUS_EVENTS) {
    const at = p[status];
    if (at) chart.event(code, at);
  }
  const full =
    p.anesthesia_start && p.surgery_start && p.surgery_end && p.anesthesia_end && p.out_of_room
      ? ({
          inRoom: p.in_room,
          anesthesia: p.anesthesia_start,
          incision: p.surgery_start,
          surgeryEnd: p.surgery_end,
          anesthesiaEnd: p.anesthesia_end,
          out: p.out_of_room,
        } satisfies Steps)
      : null;
  if (full) {
    if (c.approach !== 'ablation') {
      const cefazolin = r.chance(0.6);
      const given = Math.max(plus(full.inRoom, 3).getTime(), plus(full.incision, -r.int(25, 45)).getTime());
      chart.bolus(cefazolin ? 'cefazolin' : 'cefuroxime', cefazolin ? 2 : 1.5, new Date(given));
    }
    if (GENERAL.has(method))
      generalAnesthesia(c, full, r, chart, {
        position: details.position!,
        extubate: !(p.icu && r.chance(0.5)),
      });
    else sedation(c, full, r, chart);
    if (method === 'combined')
      chart.event('custom', plus(full.anesthesia, -1), '胸段硬膜外穿刺置管（T6-7），试验剂量阴性');
    fluids(c, full, r, chart);
  } else if (p.anesthesia_start) {
    // Induced, then cancelled before incision: the induction drugs are on the record.
    chart.bolus('midazolam', 2, p.anesthesia_start);
    chart.bolus('sufentanil', round(c.baseline.weightKg * 0.3, 5), plus(p.anesthesia_start, 1));
    chart.fluid('in', 'crystalloid', 250, plus(p.in_room, 3));
  }
  const answers = checklist(c, r);
  const out = p.out_of_room && p.out_of_room <= now ? p.out_of_room : null;
  const signedAt = out ? new Date(Math.min(now.getTime(), plus(out, r.int(3, 15)).getTime())) : null;
  // Each entry recorded a little after it happened, never after now nor after the signature.
  const latest = (signedAt ?? now).getTime();
  const stamp = (at: Date) =>
    new Date(Math.max(at.getTime(), Math.min(latest, at.getTime() + r.int(0, 180) * 1000)));
  const due = <T>(list: T[], at: (e: T) => Date) => list.filter((e) => at(e) <= now);
  const pacuIn = p.pacu_in && p.pacu_in <= now ? p.pacu_in : null;
  const pacuOut = p.pacu_out && p.pacu_out <= now ? p.pacu_out : null;
  const sbp = c.baseline.systolic;
  const aldrete: CaseRecordPlan['aldrete'] = [];
  if (pacuIn && plus(pacuIn, 5) <= now)
    aldrete.push({
      at: plus(pacuIn, 5),
      input: {
        activity: r.pick([1, 2] as const),
        respiration: 1,
        consciousness: 1,
        baselineSystolic: sbp,
        systolic: Math.round(sbp * (0.9 + r.next() * 0.15)),
        spo2: r.int(96, 99),
        onOxygen: true,
      },
    });
  if (pacuOut)
    aldrete.push({
      at: plus(pacuOut, -r.int(3, 8)),
      input: {
        activity: 2,
        respiration: 2,
        consciousness: 2,
        baselineSystolic: sbp,
        systolic: Math.round(sbp * (0.95 + r.next() * 0.1)),
        spo2: r.int(95, 98),
        onOxygen: false,
      },
    });
  return {
    method,
    details,
    events: due(chart.events, (e) => e.at).map((e) => ({ ...e, recordedAt: stamp(e.at) })),
    drugs: due(chart.drugs, (e) => e.startAt).map((e) => ({
      ...e,
      endAt: e.endAt && e.endAt <= now ? e.endAt : null,
      recordedAt: stamp(e.startAt),
    })),
    fluids: due(chart.fluids, (e) => e.at).map((e) => ({ ...e, recordedAt: stamp(e.at) })),
    checklist: due(answers, (e) => e.at),
    createdAt: p.in_room,
    signedAt,
    pacuTemperature:
      pacuIn && plus(pacuIn, 2) <= now ? { at: plus(pacuIn, 2), value: r.int(360, 367) / 10 } : null,
    aldrete,
  };
}
