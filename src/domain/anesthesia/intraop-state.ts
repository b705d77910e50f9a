// The intra-op alerts and the hypotension exposure of intraop-alerts.ts, derived as readings arrive
// (DESIGN.md: derived once, on write): each reading is folded into trackers in the order the rules
// read a parameter — by time, then source, then id — and every episode that closes is handed out to
// be stored. What depends on "now" (a run still open, the exposure's last interval) is completed on
// read. Folding a case's readings from empty gives exactly what intraopAlerts and exposureBelow give
// over them; a reading that arrives out of that order, or one marked artefact, makes its parameter
// be folded again from its stored readings (`stale`).
import type { ReadingSeries } from './downsample';
import {
  ALERT_SOURCES,
  type AlertConfig,
  type AlertKind,
  DEFAULT_ALERTS,
  type IntraopAlert,
} from './intraop-alerts';

const MIN = 60_000;

/** The parameters the alert rules read; every parameter's latest reading is kept as well. */
export const TRACKED_PARAMS = ['art_mean', 'nibp_mean', 'spo2', 'hr', 'temp'] as const;
export type TrackedParam = (typeof TRACKED_PARAMS)[number];
const isTracked = (p: string): p is TrackedParam => (TRACKED_PARAMS as readonly string[]).includes(p);

/** A valid (not artefact) reading; `source` is its series within the parameter: channel|device|unit. */
export type TrackedReading = { param: string; source: string; t: number; id: number; value: number };

export const sourceOf = (s: Pick<ReadingSeries, 'channel' | 'deviceId' | 'unit'>): string =>
  `${s.channel}|${s.deviceId ?? ''}|${s.unit}`;

/** The last reading folded, in rule order. */
type Mark = { t: number; source: string; id: number };
/** Every reading out of range since `start` (a sustained() run not yet ended). */
type Run = { start: number; extreme: number };

/** The step-method exposure up to the last reading (clinical-scores.md §18.2); the rest is added on read. */
export type ExposureSoFar = {
  firstT: number;
  lastT: number;
  lastValue: number;
  minutesBelow: number;
  aut: number;
};

type MapTracker = { last: Mark | null; readings: number; run: Run | null; exposure: ExposureSoFar | null };
type TempTracker = { last: Mark | null; run: Run | null; previous: { t: number; value: number } | null };

export type IntraopTrackers = {
  art_mean: MapTracker;
  nibp_mean: MapTracker;
  spo2: { last: Mark | null; run: Run | null };
  hr: { last: Mark | null; low: Run | null; high: Run | null };
  /** One per temperature probe (source), each on its own. */
  temp: Record<string, TempTracker>;
  /** Each parameter's newest valid reading, for the big screen. */
  latest: Record<string, { t: number; id: number; value: number }>;
};

/** A closed episode, as stored; `source` names the probe for hypothermia ('' for pooled series). */
export type StoredEpisode = {
  kind: AlertKind;
  param: TrackedParam;
  source: string;
  mode: '' | 'continuous' | 'intermittent';
  start: number;
  end: number;
  extreme: number;
};

const emptyMap = (): MapTracker => ({ last: null, readings: 0, run: null, exposure: null });

export const emptyTrackers = (): IntraopTrackers => ({
  art_mean: emptyMap(),
  nibp_mean: emptyMap(),
  spo2: { last: null, run: null },
  hr: { last: null, low: null, high: null },
  temp: {},
  latest: {},
});

/** Rule order: time, then source, then id (the sorted concatenation of a parameter's series). */
export function compareReadings(a: Mark, b: Mark): number {
  if (a.t !== b.t) return a.t - b.t;
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.id - b.id;
}

const after = (r: TrackedReading, last: Mark | null) => last === null || compareReadings(r, last) > 0;
const mark = (r: TrackedReading): Mark => ({ t: r.t, source: r.source, id: r.id });

/** sustained(): one reading into a run; a run ending at an in-range reading is an episode if long enough. */
function step(
  run: Run | null,
  r: TrackedReading,
  out: boolean,
  minutes: number,
  worst: (a: number, b: number) => number,
  emit: (e: { start: number; end: number; extreme: number }) => void,
): Run | null {
  if (out)
    return run
      ? { start: run.start, extreme: worst(run.extreme, r.value) }
      : { start: r.t, extreme: r.value };
  if (run && r.t - run.start >= minutes * MIN) emit({ start: run.start, end: r.t, extreme: run.extreme });
  return null;
}

/** exposureBelow(…, 'step'): the interval the previous reading held closes at this one. */
function expose(e: ExposureSoFar | null, r: TrackedReading, threshold: number): ExposureSoFar {
  if (!e) return { firstT: r.t, lastT: r.t, lastValue: r.value, minutesBelow: 0, aut: 0 };
  const dt = (r.t - e.lastT) / MIN;
  let { minutesBelow, aut } = e;
  if (dt > 0 && e.lastValue < threshold) {
    minutesBelow += dt;
    aut += (threshold - e.lastValue) * dt;
  }
  return { firstT: e.firstT, lastT: r.t, lastValue: r.value, minutesBelow, aut };
}

function foldOne(tr: IntraopTrackers, r: TrackedReading, cfg: AlertConfig, emit: (e: StoredEpisode) => void) {
  const param = r.param as TrackedParam;
  const episode =
    (kind: AlertKind, source = '', mode: StoredEpisode['mode'] = '') =>
    (e: { start: number; end: number; extreme: number }) =>
      emit({ kind, param, source, mode, ...e });
  switch (param) {
    case 'art_mean':
    case 'nibp_mean': {
      const m = tr[param];
      const [lo, hi] = cfg.mapPlausible;
      // Implausible pressures (flush, zeroing) are left out of the alert, not of the exposure.
      const run =
        r.value >= lo && r.value <= hi
          ? step(m.run, r, r.value < cfg.mapThreshold, cfg.mapMinutes, Math.min, episode('hypotension'))
          : m.run;
      tr[param] = {
        last: mark(r),
        readings: m.readings + 1,
        run,
        exposure: expose(m.exposure, r, cfg.mapThreshold),
      };
      return;
    }
    case 'spo2':
      tr.spo2 = {
        last: mark(r),
        run: step(
          tr.spo2.run,
          r,
          r.value < cfg.spo2Threshold,
          cfg.spo2Minutes,
          Math.min,
          episode('hypoxaemia'),
        ),
      };
      return;
    case 'hr':
      tr.hr = {
        last: mark(r),
        low: step(tr.hr.low, r, r.value < cfg.hrLow, cfg.hrMinutes, Math.min, episode('bradycardia')),
        high: step(tr.hr.high, r, r.value > cfg.hrHigh, cfg.hrMinutes, Math.max, episode('tachycardia')),
      };
      return;
    case 'temp': {
      const t = tr.temp[r.source] ?? { last: null, run: null, previous: null };
      const low = (v: number) => v < cfg.tempThreshold;
      // AQI-IHT-10 on intermittent monitoring: two consecutive low readings ≥ 30 min apart.
      const p = t.previous;
      if (p && low(p.value) && low(r.value) && r.t - p.t >= cfg.tempMinutes * MIN)
        emit({
          kind: 'hypothermia',
          param,
          source: r.source,
          mode: 'intermittent',
          start: p.t,
          end: r.t,
          extreme: Math.min(p.value, r.value),
        });
      tr.temp[r.source] = {
        last: mark(r),
        run: step(
          t.run,
          r,
          low(r.value),
          cfg.tempMinutes,
          Math.min,
          episode('hypothermia', r.source, 'continuous'),
        ),
        previous: { t: r.t, value: r.value },
      };
      return;
    }
  }
}

function lastOf(tr: IntraopTrackers, r: TrackedReading): Mark | null {
  switch (r.param as TrackedParam) {
    case 'art_mean':
    case 'nibp_mean':
      return tr[r.param as 'art_mean' | 'nibp_mean'].last;
    case 'spo2':
      return tr.spo2.last;
    case 'hr':
      return tr.hr.last;
    case 'temp':
      return tr.temp[r.source]?.last ?? null;
  }
}

/**
 * New readings into the trackers. A tracked parameter with a reading at or before one already folded
 * is left as it was and reported `stale`: fold it again from all its readings (`refold`).
 */
export function foldReadings(
  trackers: IntraopTrackers,
  readings: readonly TrackedReading[],
  cfg: AlertConfig = DEFAULT_ALERTS,
): { trackers: IntraopTrackers; episodes: StoredEpisode[]; stale: TrackedParam[] } {
  const tr = structuredClone(trackers);
  const episodes: StoredEpisode[] = [];
  const sorted = [...readings].sort(
    (a, b) => (a.param < b.param ? -1 : a.param > b.param ? 1 : 0) || compareReadings(a, b),
  );
  const stale = new Set<TrackedParam>();
  for (const r of sorted) {
    const latest = tr.latest[r.param];
    if (!latest || r.t > latest.t || (r.t === latest.t && r.id > latest.id))
      tr.latest[r.param] = { t: r.t, id: r.id, value: r.value };
    if (!isTracked(r.param) || stale.has(r.param)) continue;
    if (!after(r, lastOf(tr, r))) {
      stale.add(r.param);
      continue;
    }
    foldOne(tr, r, cfg, (e) => episodes.push(e));
  }
  // A stale parameter keeps nothing of this batch: its refold reads every stored reading.
  for (const p of stale) Object.assign(tr, { [p]: structuredClone(trackers[p]) });
  return {
    trackers: tr,
    episodes: episodes.filter((e) => !stale.has(e.param)),
    stale: [...stale],
  };
}

/** The readings of some series that the rules read: every valid one. */
export function trackedReadings(series: readonly ReadingSeries[]): TrackedReading[] {
  const out: TrackedReading[] = [];
  for (const s of series) {
    const source = sourceOf(s);
    for (let i = 0; i < s.t.length; i++)
      if (!s.artefact[i]) out.push({ param: s.param, source, t: s.t[i]!, id: s.id[i]!, value: s.value[i]! });
  }
  return out;
}

/**
 * The trackers and episodes of some parameters, folded again from all their readings: the parameters'
 * trackers replace those in `trackers` (their latest reading too); their episodes replace the stored ones.
 */
export function refold(
  trackers: IntraopTrackers,
  params: readonly string[],
  readings: readonly TrackedReading[],
  cfg: AlertConfig = DEFAULT_ALERTS,
): { trackers: IntraopTrackers; episodes: StoredEpisode[] } {
  const base = emptyTrackers();
  const kept = structuredClone(trackers);
  for (const p of params) {
    delete kept.latest[p];
    if (p === 'temp') kept.temp = {};
    else if (isTracked(p)) Object.assign(kept, { [p]: base[p] });
  }
  const wanted = new Set(params);
  const {
    trackers: folded,
    episodes,
    stale,
  } = foldReadings(
    kept,
    readings.filter((r) => wanted.has(r.param)),
    cfg,
  );
  if (stale.length) throw new Error(`refold met readings out of order: ${stale.join(', ')}`);
  return { trackers: folded, episodes };
}

/** The time of the newest reading folded, of any parameter (−∞ before the first). */
export const lastFolded = (tr: IntraopTrackers): number =>
  Math.max(Number.NEGATIVE_INFINITY, ...Object.values(tr.latest).map((l) => l.t));

/** The MAP series the rules use: invasive when the case has any valid arterial reading, else the cuff. */
export const mapParam = (tr: IntraopTrackers): 'art_mean' | 'nibp_mean' =>
  tr.art_mean.readings > 0 ? 'art_mean' : 'nibp_mean';

/** The alerts as intraopAlerts gives them at `now`: the stored episodes and every run long enough by then. */
export function alertsAt(
  tr: IntraopTrackers,
  stored: readonly StoredEpisode[],
  tempMode: 'continuous' | 'intermittent',
  now: number,
  cfg: AlertConfig = DEFAULT_ALERTS,
): IntraopAlert[] {
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  const out: IntraopAlert[] = [];
  const add = (kind: AlertKind, episodes: readonly StoredEpisode[], run: Run | null, minutes: number) => {
    for (const e of [...episodes].sort(byStart))
      out.push({ kind, start: e.start, end: e.end, extreme: e.extreme, source: ALERT_SOURCES[kind] });
    if (run && now - run.start >= minutes * MIN)
      out.push({ kind, start: run.start, end: now, extreme: run.extreme, source: ALERT_SOURCES[kind] });
  };
  const of = (kind: AlertKind, param: TrackedParam, source?: string, mode?: StoredEpisode['mode']) =>
    stored.filter(
      (e) =>
        e.kind === kind &&
        e.param === param &&
        (source === undefined || e.source === source) &&
        (mode === undefined || e.mode === mode),
    );
  const map = mapParam(tr);
  add('hypotension', of('hypotension', map), tr[map].run, cfg.mapMinutes);
  add('hypoxaemia', of('hypoxaemia', 'spo2'), tr.spo2.run, cfg.spo2Minutes);
  add('bradycardia', of('bradycardia', 'hr'), tr.hr.low, cfg.hrMinutes);
  add('tachycardia', of('tachycardia', 'hr'), tr.hr.high, cfg.hrMinutes);
  for (const source of Object.keys(tr.temp).sort())
    add(
      'hypothermia',
      of('hypothermia', 'temp', source, tempMode),
      tempMode === 'continuous' ? tr.temp[source]!.run : null,
      cfg.tempMinutes,
    );
  return out.sort(byStart);
}

export type HypotensionExposure = {
  source: 'invasive' | 'cuff';
  threshold: number;
  minutesBelow: number;
  aut: number;
  twa: number;
};

/** exposureBelow(…, 'step') over the MAP series to `end`: the last reading holds until then. */
export function exposureAt(
  tr: IntraopTrackers,
  end: number,
  cfg: AlertConfig = DEFAULT_ALERTS,
): HypotensionExposure | null {
  const param = mapParam(tr);
  const e = tr[param].exposure;
  if (!e) return null;
  let { minutesBelow, aut } = e;
  const dt = (end - e.lastT) / MIN;
  if (dt > 0 && e.lastValue < cfg.mapThreshold) {
    minutesBelow += dt;
    aut += (cfg.mapThreshold - e.lastValue) * dt;
  }
  const total = (end - e.firstT) / MIN;
  return {
    source: param === 'art_mean' ? 'invasive' : 'cuff',
    threshold: cfg.mapThreshold,
    minutesBelow,
    aut,
    twa: total > 0 ? aut / total : 0,
  };
}
