import { describe, expect, it } from 'vitest';
import { getInstrument } from '../scores/index';
import { takenInFuture } from './entry-time';
import { isOverdue, responseFor, responseToSet, shouldEscalate } from './escalation';

const news2 = (values: Record<string, unknown>) => {
  const r = getInstrument('news2')!.compute(values as never);
  if (r.status !== 'complete') throw new Error('incomplete');
  return r;
};

const BASE = {
  respirationRate: 16,
  spo2: 97,
  spo2Scale: 1,
  onOxygen: false,
  systolicBp: 120,
  pulse: 75,
  consciousness: 'A',
  temperature: 37,
};

describe('the NEWS2 escalation loop', () => {
  it('maps each band to its alert and next due time (RCP Charts 3–4)', () => {
    const base = {
      respirationRate: 16,
      spo2: 97,
      spo2Scale: 1,
      onOxygen: false,
      systolicBp: 120,
      pulse: 75,
      consciousness: 'A',
      temperature: 37,
    };
    const cases: [Record<string, unknown>, number, string | null, number][] = [
      [base, 0, null, 720],
      [{ ...base, pulse: 95 }, 1, null, 240],
      [{ ...base, consciousness: 'C' }, 3, 'red_score', 60],
      [{ ...base, respirationRate: 22, spo2: 93, pulse: 95 }, 5, 'urgent', 60],
      // N5-like: the NEWS2 7 → emergency, continuous monitoring.
      [
        { ...base, respirationRate: 22, spo2: 95, onOxygen: true, systolicBp: 105, pulse: 95 },
        7,
        'emergency',
        15,
      ],
    ];
    for (const [values, total, alert, due] of cases) {
      const r = news2(values);
      expect(r.total, JSON.stringify(values)).toBe(total);
      expect(responseFor(r.band as never, r.details!.monitoringFrequency as never)).toEqual({
        alert,
        dueMinutes: due,
      });
    }
  });

  it('escalates unacknowledged alerts and flags overdue observations after the configured minutes', () => {
    expect(shouldEscalate('emergency', 0, 4 * 60_000)).toBe(false);
    expect(shouldEscalate('emergency', 0, 5 * 60_000)).toBe(true);
    expect(shouldEscalate('urgent', 0, 14 * 60_000)).toBe(false);
    expect(shouldEscalate('overdue', 0, 999 * 60_000)).toBe(false);
    expect(isOverdue(0, 14 * 60_000)).toBe(false);
    expect(isOverdue(0, 15 * 60_000)).toBe(true);
  });
});

describe('intake and output', () => {
  it('sums per 24 h from the end of anesthesia with a cumulative balance', async () => {
    const { ioByDay } = await import('./intake-output');
    const h = 3_600_000;
    const days = ioByDay(
      [
        { direction: 'in', volumeMl: 1500, at: 2 * h },
        { direction: 'out', volumeMl: 800, at: 10 * h },
        { direction: 'in', volumeMl: 1000, at: 30 * h },
        { direction: 'out', volumeMl: 1600, at: 47 * h },
      ],
      0,
    );
    expect(days.map((d) => [d.day, d.inMl, d.outMl, d.balanceMl, d.cumulativeMl])).toEqual([
      [1, 1500, 800, 700, 700],
      [2, 1000, 1600, -600, 100],
    ]);
    expect(ioByDay([], 0)).toEqual([]);
  });
});

describe('urine output per hour', () => {
  it('spreads each measured volume over the hours since the last measurement', async () => {
    const { urineHours } = await import('./intake-output');
    const h = 3_600_000;
    const t0 = Date.parse('2026-11-22T00:00:00Z');
    const hours = urineHours(
      [
        { volumeMl: 120, at: t0 + 4 * h },
        { volumeMl: 90, at: t0 + 7 * h },
      ],
      t0,
    );
    expect(hours).toHaveLength(7);
    expect(hours.every((x) => x.ml === 30)).toBe(true);
  });
});

describe('the response to an entered set', () => {
  it('follows the band of a complete set and is none for an incomplete one', () => {
    expect(responseToSet(news2({ ...BASE, respirationRate: 22, spo2: 93, pulse: 95 }))).toEqual({
      alert: 'urgent',
      dueMinutes: 60,
    });
    expect(responseToSet({ status: 'incomplete', missing: ['temperature'] })).toBeNull();
  });
});

describe('entry times', () => {
  it('accepts up to 5 minutes ahead of the server clock, not more', () => {
    expect(takenInFuture(5 * 60_000, 0)).toBe(false);
    expect(takenInFuture(5 * 60_000 + 1, 0)).toBe(true);
    expect(takenInFuture(-86_400_000, 0)).toBe(false);
  });
});
