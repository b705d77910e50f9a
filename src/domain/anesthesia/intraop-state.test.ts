import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReadingSeries } from './downsample';
import { DEFAULT_ALERTS, exposureBelow, intraopAlerts, type Point } from './intraop-alerts';
import {
  alertsAt,
  emptyTrackers,
  exposureAt,
  foldReadings,
  type IntraopTrackers,
  refold,
  type StoredEpisode,
  type TrackedReading,
  trackedReadings,
} from './intraop-state';

const MIN = 60_000;
type Raw = {
  param: string;
  channel: string;
  deviceId: string;
  unit: string;
  t: number;
  value: number;
  id: number;
  artefact: boolean;
};

/** A case's readings as the database gives them: one series per source, series in key order, readings by (time, id). */
function asSeries(readings: readonly Raw[]): ReadingSeries[] {
  const groups = new Map<string, ReadingSeries>();
  for (const r of [...readings].sort((a, b) => a.t - b.t || a.id - b.id)) {
    const key = `${r.param}|${r.channel}|${r.deviceId}|${r.unit}`;
    const s = groups.get(key) ?? {
      param: r.param,
      channel: r.channel,
      deviceId: r.deviceId,
      unit: r.unit,
      t: [],
      value: [],
      id: [],
      artefact: [],
    };
    s.t.push(r.t);
    s.value.push(r.value);
    s.id.push(r.id);
    s.artefact.push(r.artefact);
    groups.set(key, s);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
}

/** What the record derived on every read before issue 10: the oracle the stored derivation must match. */
function onRead(series: ReadingSeries[], tempMode: 'continuous' | 'intermittent', now: number) {
  const valid = (s: ReadingSeries): Point[] =>
    s.t.flatMap((t, i) => (s.artefact[i] ? [] : [{ t, value: s.value[i]! }]));
  const pooled = (param: string) =>
    series
      .filter((s) => s.param === param)
      .flatMap(valid)
      .sort((a, b) => a.t - b.t);
  const art = pooled('art_mean');
  const map = art.length ? art : pooled('nibp_mean');
  const alerts = intraopAlerts(
    {
      map,
      spo2: pooled('spo2'),
      hr: pooled('hr'),
      temp: series
        .filter((s) => s.param === 'temp')
        .map(valid)
        .filter((p) => p.length > 0),
    },
    tempMode,
    now,
  );
  const exposure = map.length
    ? {
        source: art.length ? 'invasive' : 'cuff',
        threshold: DEFAULT_ALERTS.mapThreshold,
        ...exposureBelow(map, DEFAULT_ALERTS.mapThreshold, now, 'step'),
      }
    : null;
  return { alerts, exposure };
}

/** The server's part: fold each batch, fold a stale parameter again from everything stored, store episodes. */
class Derivation {
  trackers: IntraopTrackers = emptyTrackers();
  episodes: StoredEpisode[] = [];
  readonly stored: Raw[] = [];

  private refoldParams(params: readonly string[]) {
    const r = refold(this.trackers, params, trackedReadings(asSeries(this.stored)));
    this.trackers = r.trackers;
    this.episodes = [...this.episodes.filter((e) => !params.includes(e.param)), ...r.episodes];
  }

  arrive(batch: Raw[]) {
    this.stored.push(...batch);
    const r = foldReadings(this.trackers, trackedReadings(asSeries(batch)));
    this.trackers = r.trackers;
    this.episodes.push(...r.episodes);
    if (r.stale.length) this.refoldParams(r.stale);
  }

  markArtefact(ids: readonly number[]) {
    const marked = this.stored.filter((r) => ids.includes(r.id));
    for (const r of marked) r.artefact = true;
    this.refoldParams([...new Set(marked.map((r) => r.param))]);
  }

  read(tempMode: 'continuous' | 'intermittent', now: number) {
    return {
      alerts: alertsAt(this.trackers, this.episodes, tempMode, now),
      exposure: exposureAt(this.trackers, now),
    };
  }
}

const VALUES: Record<string, number[]> = {
  art_mean: [10, 50, 64, 65, 66, 80, 250],
  nibp_mean: [55, 64, 65, 90],
  spo2: [85, 89, 90, 97],
  hr: [35, 39, 40, 80, 140, 141, 150],
  temp: [35.4, 35.9, 36, 36.6],
  rr: [12],
};
const reading = fc.record({
  param: fc.constantFrom(...Object.keys(VALUES)),
  source: fc.constantFrom('a', 'b'),
  step: fc.integer({ min: 0, max: 240 }),
  pick: fc.nat(),
});

describe('the stored derivation gives what the record derived from every reading', () => {
  it('for any readings, arriving in any batches and partly out of order, with artefacts marked', () => {
    fc.assert(
      fc.property(
        fc.array(reading, { minLength: 1, maxLength: 120 }),
        fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.constantFrom('continuous' as const, 'intermittent' as const),
        fc.integer({ min: 0, max: 40 }),
        (drawn, sizes, artefacts, tempMode, extra) => {
          const raws: Raw[] = drawn.map((d, i) => ({
            param: d.param,
            channel: d.source,
            deviceId: d.source === 'a' ? 'dev-1' : 'dev-2',
            unit: d.param === 'temp' ? 'Cel' : 'u',
            // 20-second steps over 80 minutes: ties between sources, sustained runs of every length.
            t: d.step * 20_000,
            value: VALUES[d.param]![d.pick % VALUES[d.param]!.length]!,
            id: i + 1,
            artefact: false,
          }));
          const d = new Derivation();
          let at = 0;
          for (const [k, size] of sizes.entries()) {
            if (at >= raws.length) break;
            d.arrive(raws.slice(at, at + size));
            at += size;
            if (k === 1 && artefacts.length) d.markArtefact(artefacts.map((a) => (a % raws.length) + 1));
          }
          if (at < raws.length) d.arrive(raws.slice(at));
          const now = Math.max(...raws.map((r) => r.t)) + extra * 20_000;
          expect(d.read(tempMode, now)).toEqual(onRead(asSeries(d.stored), tempMode, now));
        },
      ),
      { numRuns: 400 },
    );
  });
});

const r = (param: string, minute: number, value: number, id: number, source = 'c||u'): TrackedReading => ({
  param,
  source,
  t: minute * MIN,
  value,
  id,
});

describe('folding', () => {
  it('H1 (clinical-scores.md §18.2) one reading at a time: 3 min below 65, AUT 16', () => {
    let tr = emptyTrackers();
    [70, 64, 60, 66, 55, 65].forEach((v, i) => {
      tr = foldReadings(tr, [r('art_mean', i, v, i + 1)]).trackers;
    });
    expect(exposureAt(tr, 6 * MIN)).toMatchObject({ source: 'invasive', minutesBelow: 3, aut: 16 });
    expect(exposureAt(tr, 6 * MIN)!.twa).toBeCloseTo(2.67, 2);
  });

  it('hands out an episode once it closes, and completes a run still open on read', () => {
    let tr = emptyTrackers();
    const a = foldReadings(tr, [r('spo2', 0, 97, 1), r('spo2', 1, 88, 2), r('spo2', 2, 86, 3)]);
    expect(a.episodes).toEqual([]);
    tr = a.trackers;
    // 2 minutes below 90 by minute 3: an alert on read, ending at now.
    expect(alertsAt(tr, [], 'continuous', 3 * MIN)).toMatchObject([
      { kind: 'hypoxaemia', start: MIN, end: 3 * MIN, extreme: 86 },
    ]);
    expect(alertsAt(tr, [], 'continuous', 3 * MIN - 1)).toEqual([]);
    const b = foldReadings(tr, [r('spo2', 4, 95, 4)]);
    expect(b.episodes).toEqual([
      { kind: 'hypoxaemia', param: 'spo2', source: '', mode: '', start: MIN, end: 4 * MIN, extreme: 86 },
    ]);
  });

  it('reports a parameter stale when a reading comes before one already folded, and keeps it as it was', () => {
    const tr = foldReadings(emptyTrackers(), [r('hr', 5, 80, 1), r('spo2', 5, 97, 2)]).trackers;
    const late = foldReadings(tr, [r('hr', 4, 150, 3), r('hr', 6, 150, 4), r('spo2', 6, 96, 5)]);
    expect(late.stale).toEqual(['hr']);
    expect(late.trackers.hr).toEqual(tr.hr);
    expect(late.trackers.spo2.last).toMatchObject({ id: 5 });
    // The same time from another source sorts by source, then id.
    expect(foldReadings(tr, [r('hr', 5, 80, 9, 'a||u')]).stale).toEqual(['hr']);
    expect(foldReadings(tr, [r('hr', 5, 80, 9, 'd||u')]).stale).toEqual([]);
  });

  it('keeps every parameter’s newest reading, late ones included', () => {
    const tr = foldReadings(emptyTrackers(), [r('rr', 5, 12, 1), r('rr', 3, 14, 2)]).trackers;
    expect(tr.latest.rr).toEqual({ t: 5 * MIN, id: 1, value: 12 });
  });
});
