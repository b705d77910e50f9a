// A demo case's monitor history from 入室 to 出室 (or now), as the room's monitor sends it (the
// channels and units the ingest stores for a Mindray monitor in IHE mode) but once a minute (every
// five for the days before the shown one) rather than every second: the patient's resting values before induction, the dip after it, one-lung ventilation
// during surgery, the rise on emergence; an arterial line for the major resections (NIBP every 5 min
// otherwise); EtCO2 while the airway is in; temperature held by warming. Pure.
import type { TargetStatus } from '../../domain/registry/case-status';
import type { AnesthesiaMethod, Approach } from '../../domain/registry/vocabulary';
import type { Baseline } from './baseline';
import { seedOf } from './rng';
import { MINUTE } from './site-time';

export type VitalsCase = {
  id: string;
  plannedAnesthesia: AnesthesiaMethod;
  approach: Approach;
  grade: number;
  plan: Partial<Record<TargetStatus, Date>>;
  baseline: Baseline;
};

export type MonitorParam =
  | 'hr'
  | 'spo2'
  | 'rr'
  | 'etco2'
  | 'art_sys'
  | 'art_dia'
  | 'art_mean'
  | 'nibp_sys'
  | 'nibp_dia'
  | 'nibp_mean'
  | 'temp';

/** The channel (OBX-4) and unit each parameter arrives with from the rooms' monitors. */
export const MONITOR_CHANNELS: Record<MonitorParam, string> = {
  hr: '1.13.1.1',
  spo2: '1.7.1.1',
  rr: '1.9.1.1',
  etco2: '1.9.2.1',
  art_sys: '1.16.1.1',
  art_dia: '1.16.1.2',
  art_mean: '1.16.1.3',
  nibp_sys: '1.3.1.1',
  nibp_dia: '1.3.1.2',
  nibp_mean: '1.3.1.3',
  temp: '1.2.1.150344',
};

export type MonitorReading = { param: MonitorParam; t: number; value: number };

const GENERAL: ReadonlySet<AnesthesiaMethod> = new Set(['general_tube', 'general_lma', 'combined']);

/** Deterministic noise in [-1, 1] for the case, parameter and instant. */
function noise(seed: number, key: number, t: number): number {
  let h = Math.imul(seed ^ Math.imul(key + 1, 0x9e3779b1), 0x85ebca6b) ^ Math.floor(t / 1000);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (((h ^ (h >>> 16)) >>> 0) / 4294967296) * 2 - 1;
}

/** How far a change has gone, 0 before `from` to 1 after `minutes` (eased). */
const ramp = (t: number, from: number, minutes: number) =>
  t <= from
    ? 0
    : t >= from + minutes * MINUTE
      ? 1
      : (1 - Math.cos((Math.PI * (t - from)) / (minutes * MINUTE))) / 2;

/** The readings of the case's time in the room up to `until` (exclusive), one set every `step` ms. */
export function caseVitals(c: VitalsCase, until: number, step = MINUTE): MonitorReading[] {
  const p = c.plan;
  if (!p.in_room) return [];
  const inRoom = p.in_room.getTime();
  const end = Math.min(until, (p.out_of_room ?? p.cancelled)?.getTime() ?? until);
  const anesthesia = p.anesthesia_start?.getTime() ?? Number.POSITIVE_INFINITY;
  const incision = p.surgery_start?.getTime() ?? Number.POSITIVE_INFINITY;
  const surgeryEnd = p.surgery_end?.getTime() ?? Number.POSITIVE_INFINITY;
  const anesthesiaEnd = p.anesthesia_end?.getTime() ?? Number.POSITIVE_INFINITY;
  const general = GENERAL.has(c.plannedAnesthesia);
  const airwayIn = general ? anesthesia + 4 * MINUTE : Number.POSITIVE_INFINITY;
  const airwayOut = anesthesiaEnd - 2 * MINUTE;
  // The radial line of a major resection goes in under local anesthesia, before induction.
  const artLine =
    general && c.grade >= 4 ? Math.min(inRoom + 6 * MINUTE, anesthesia - MINUTE) : Number.POSITIVE_INFINITY;
  const oneLung = general && c.approach !== 'ablation';
  const b = c.baseline;
  const seed = seedOf(`vitals:${c.id}`);
  const out: MonitorReading[] = [];
  const push = (param: MonitorParam, t: number, value: number) => out.push({ param, t, value });

  for (let t = Math.ceil(inRoom / step) * step; t < end; t += step) {
    const n = (key: number) => noise(seed, key, t);
    const slow = Math.sin((2 * Math.PI * (t - inRoom)) / (47 * MINUTE));
    // Pressure as a share of the resting value: anxious on entry, down after induction, lifted by
    // incision, level under anesthesia, up again on emergence.
    const pressure =
      1.08 -
      0.3 * ramp(t, anesthesia, 5) +
      0.12 * ramp(t, anesthesia + 8 * MINUTE, 8) +
      0.08 * (ramp(t, incision, 3) - ramp(t, incision + 10 * MINUTE, 10)) +
      0.03 * slow +
      0.14 * ramp(t, surgeryEnd, 15);
    const sys = Math.max(92, b.systolic * pressure + 3 * n(1));
    const dia = Math.max(52, b.diastolic * (0.55 + 0.45 * pressure) + 2 * n(2));
    const mean = (sys + 2 * dia) / 3;
    const hr =
      b.pulse * (1.12 - 0.18 * ramp(t, anesthesia, 6) + 0.12 * ramp(t, surgeryEnd, 15)) + 2 * n(3) + 2 * slow;
    const ventilated = t >= airwayIn && t < airwayOut;
    const lungDown = oneLung && t >= incision + 5 * MINUTE && t < surgeryEnd - 20 * MINUTE;
    const spo2 = ventilated
      ? lungDown
        ? 95 + 1.5 * n(4) + 1
        : 99.4 + 0.6 * n(4)
      : Math.min(100, b.spo2 + 0.8 * n(4) + (t >= anesthesia ? 1.5 : 0));
    push('hr', t, Math.round(Math.min(130, Math.max(48, hr))));
    push('spo2', t, Math.min(100, Math.round(spo2)));
    push('rr', t, ventilated ? 12 + (lungDown ? 2 : 0) : Math.round(16 + 2 * n(5)));
    if (ventilated) push('etco2', t, Math.round(36 + 2 * n(6) + (lungDown ? 2 : 0)));
    const arterial = t >= artLine && t < anesthesiaEnd;
    if (arterial) {
      push('art_sys', t, Math.round(sys + 4));
      push('art_dia', t, Math.round(dia));
      push('art_mean', t, Math.round(mean + 1));
    }
    // The cuff every 5 minutes, every 30 while the arterial line runs (it comes out at emergence).
    const nibpEvery = arterial ? 30 * MINUTE : 5 * MINUTE;
    if ((t - inRoom) % nibpEvery < step) {
      push('nibp_sys', t, Math.round(sys));
      push('nibp_dia', t, Math.round(dia));
      push('nibp_mean', t, Math.round(mean));
    }
    // Core temperature from the probe placed after induction: a first-hour drop that warming holds.
    if (
      general &&
      t >= anesthesia + 6 * MINUTE &&
      Math.floor(t / step) % Math.max(1, (2 * MINUTE) / step) === 0
    ) {
      const cooled =
        b.temperature - 0.45 * ramp(t, anesthesia, 60) + 0.15 * ramp(t, anesthesia + 90 * MINUTE, 60);
      push('temp', t, Math.round(Math.max(36.1, cooled + 0.05 * n(7)) * 10) / 10);
    }
  }
  return out;
}
