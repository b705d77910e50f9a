// Intra-operative alert rules and hypotension exposure, pure over a time series.
// Thresholds and their sources: ../shared/reference/clinical-scores.md §18 and china-standards.md §1
// (AQI-IHT-10). Every threshold is configurable; the defaults are recorded in docs/clinical-decisions.md.

export type Point = { t: number; value: number };
export type Method = 'step' | 'linear';

export type AlertConfig = {
  /** MAP below this (mmHg, strict <) — Salmasi 2017; POQI 2019/2024. */
  mapThreshold: number;
  /** ...for at least this many minutes to alert. */
  mapMinutes: number;
  /** SpO2 below this (%, strict <) — Ehrenfeld 2010. */
  spo2Threshold: number;
  spo2Minutes: number;
  /** Heart rate outside [hrLow, hrHigh] (/min) — institution-configurable (no outcome-based standard). */
  hrLow: number;
  hrHigh: number;
  hrMinutes: number;
  /** Core temperature below this (°C) — AQI-IHT-10 / NICE CG65. */
  tempThreshold: number;
  tempMinutes: number;
  /** MAP readings outside this range are treated as artefacts (flush, zeroing) — clinical-scores.md §18.2. */
  mapPlausible: [number, number];
};

export const DEFAULT_ALERTS: AlertConfig = {
  mapThreshold: 65,
  mapMinutes: 1,
  spo2Threshold: 90,
  spo2Minutes: 2,
  hrLow: 40,
  hrHigh: 140,
  hrMinutes: 1,
  tempThreshold: 36,
  tempMinutes: 30,
  mapPlausible: [20, 200],
};

const MIN = 60_000;

/**
 * Minutes below, area under the threshold (mmHg·min) and time-weighted average over [start, end].
 * `step`: each reading holds until the next; `linear`: interpolated between readings (§18.2, H1–H3).
 */
export function exposureBelow(
  series: Point[],
  threshold: number,
  end: number,
  method: Method = 'step',
): { minutesBelow: number; aut: number; twa: number } {
  const s = [...series].sort((a, b) => a.t - b.t);
  if (s.length === 0) return { minutesBelow: 0, aut: 0, twa: 0 };
  let below = 0;
  let aut = 0;
  for (let i = 0; i < s.length; i++) {
    const a = s[i]!;
    const tEnd = i + 1 < s.length ? s[i + 1]!.t : end;
    const dt = (tEnd - a.t) / MIN;
    if (dt <= 0) continue;
    if (method === 'step' || i + 1 >= s.length) {
      if (a.value < threshold) {
        below += dt;
        aut += (threshold - a.value) * dt;
      }
      continue;
    }
    const b = s[i + 1]!;
    // Linear segment from a to b: the part below the threshold is a triangle or trapezoid.
    const da = threshold - a.value;
    const db = threshold - b.value;
    if (da <= 0 && db <= 0) continue;
    if (da >= 0 && db >= 0) {
      below += dt;
      aut += ((da + db) / 2) * dt;
      continue;
    }
    const frac = Math.max(da, db) / (Math.abs(da) + Math.abs(db));
    below += dt * frac;
    aut += (Math.max(da, db) / 2) * dt * frac;
  }
  const total = (end - s[0]!.t) / MIN;
  return { minutesBelow: below, aut, twa: total > 0 ? aut / total : 0 };
}

export type Episode = { start: number; end: number; extreme: number };

/**
 * Episodes where every reading is out of range (sample-and-hold) for at least `minutes`. An episode
 * still running at the last reading ends at `now`.
 */
export function sustained(
  series: Point[],
  out: (v: number) => boolean,
  minutes: number,
  now: number,
  worst: (a: number, b: number) => number = Math.min,
): Episode[] {
  const s = [...series].sort((a, b) => a.t - b.t);
  const episodes: Episode[] = [];
  let start: number | null = null;
  let extreme = 0;
  const close = (endAt: number) => {
    if (start !== null && endAt - start >= minutes * MIN) episodes.push({ start, end: endAt, extreme });
    start = null;
  };
  for (const p of s) {
    if (out(p.value)) {
      if (start === null) {
        start = p.t;
        extreme = p.value;
      } else extreme = worst(extreme, p.value);
    } else close(p.t);
  }
  close(now);
  return episodes;
}

export const ALERT_KINDS = [
  'hypotension',
  'hypoxaemia',
  'bradycardia',
  'tachycardia',
  'hypothermia',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Where each alert's threshold comes from, as every alert carries it. */
export const ALERT_SOURCES: Record<AlertKind, string> = {
  hypotension: 'Salmasi 2017; POQI 2019/2024',
  hypoxaemia: 'Ehrenfeld 2010',
  bradycardia: 'institutional threshold',
  tachycardia: 'institutional threshold',
  hypothermia: 'AQI-IHT-10; NICE CG65',
};

export type IntraopAlert = { kind: AlertKind; start: number; end: number; extreme: number; source: string };

export type Series = {
  /** Mean arterial pressure: invasive when present, else cuff. */
  map: Point[];
  spo2: Point[];
  hr: Point[];
  /** Core temperature per channel. */
  temp: Point[][];
};

/**
 * AQI-IHT-10: core temperature < 36 ℃ sustained ≥ 30 min on continuous monitoring, or two
 * consecutive low readings ≥ 30 min apart on intermittent monitoring.
 */
export function hypothermia(
  channel: Point[],
  mode: 'continuous' | 'intermittent',
  cfg: AlertConfig,
  now: number,
): Episode[] {
  const low = (v: number) => v < cfg.tempThreshold;
  if (mode === 'continuous') return sustained(channel, low, cfg.tempMinutes, now);
  const s = [...channel].sort((a, b) => a.t - b.t);
  const found: Episode[] = [];
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1]!;
    const b = s[i]!;
    if (low(a.value) && low(b.value) && b.t - a.t >= cfg.tempMinutes * MIN)
      found.push({ start: a.t, end: b.t, extreme: Math.min(a.value, b.value) });
  }
  return found;
}

export function intraopAlerts(
  series: Series,
  tempMode: 'continuous' | 'intermittent',
  now: number,
  cfg: AlertConfig = DEFAULT_ALERTS,
): IntraopAlert[] {
  const [lo, hi] = cfg.mapPlausible;
  const map = series.map.filter((p) => p.value >= lo && p.value <= hi);
  const alerts: IntraopAlert[] = [
    ...sustained(map, (v) => v < cfg.mapThreshold, cfg.mapMinutes, now).map((e) => ({
      kind: 'hypotension' as const,
      ...e,
      source: ALERT_SOURCES.hypotension,
    })),
    ...sustained(series.spo2, (v) => v < cfg.spo2Threshold, cfg.spo2Minutes, now).map((e) => ({
      kind: 'hypoxaemia' as const,
      ...e,
      source: ALERT_SOURCES.hypoxaemia,
    })),
    ...sustained(series.hr, (v) => v < cfg.hrLow, cfg.hrMinutes, now).map((e) => ({
      kind: 'bradycardia' as const,
      ...e,
      source: ALERT_SOURCES.bradycardia,
    })),
    ...sustained(series.hr, (v) => v > cfg.hrHigh, cfg.hrMinutes, now, Math.max).map((e) => ({
      kind: 'tachycardia' as const,
      ...e,
      source: ALERT_SOURCES.tachycardia,
    })),
    ...series.temp.flatMap((ch) =>
      hypothermia(ch, tempMode, cfg, now).map((e) => ({
        kind: 'hypothermia' as const,
        ...e,
        source: ALERT_SOURCES.hypothermia,
      })),
    ),
  ];
  return alerts.sort((a, b) => a.start - b.start);
}
