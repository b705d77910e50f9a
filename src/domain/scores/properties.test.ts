// Properties every instrument must keep, checked with fast-check over the whole catalogue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLETE_EXAMPLES } from './examples';
import { inputJsonSchema, instruments } from './index';
import { news2 } from './news2';
import { phq9 } from './phq9';

describe.each(instruments.map((i) => [i.id, i] as const))('%s', (id, instrument) => {
  const example = COMPLETE_EXAMPLES[id]!;

  it('has a complete example that validates and scores', () => {
    expect(instrument.input.safeParse(example).success).toBe(true);
    expect(instrument.compute(example).status).toBe('complete');
  });

  it('names each removed required input as missing, never scoring it', () => {
    fc.assert(
      fc.property(fc.subarray([...instrument.required], { minLength: 1 }), (removed) => {
        const partial = { ...example };
        for (const k of removed) delete partial[k];
        const r = instrument.compute(partial);
        expect(r.status).toBe('incomplete');
        if (r.status === 'incomplete') expect(r.missing.length).toBeGreaterThan(0);
        // The first item the instrument asks for is among the removed ones (algorithmic instruments ask stepwise).
        if (r.status === 'incomplete') expect(removed.some((k) => r.missing.includes(k))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('publishes a JSON Schema of its input', () => {
    const schema = inputJsonSchema(instrument);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties as object)).toEqual(
      expect.arrayContaining([...instrument.required]),
    );
  });

  if (instrument.additive !== false) {
    it('totals the sum of its subscores', () => {
      const r = instrument.compute(example);
      if (r.status !== 'complete') throw new Error('expected a score');
      expect(r.total).toBe(Object.values(r.subscores).reduce((a, b) => a + b, 0));
    });
  }
});

const vitals = fc.record({
  respirationRate: fc.integer({ min: 0, max: 60 }),
  spo2: fc.integer({ min: 50, max: 100 }),
  spo2Scale: fc.constantFrom(1 as const, 2 as const),
  onOxygen: fc.boolean(),
  systolicBp: fc.integer({ min: 40, max: 260 }),
  pulse: fc.integer({ min: 20, max: 200 }),
  consciousness: fc.constantFrom('A' as const, 'C' as const, 'V' as const, 'P' as const, 'U' as const),
  temperature: fc.integer({ min: 300, max: 420 }).map((t) => t / 10),
});
const total = (i: Parameters<typeof news2.compute>[0]) => {
  const r = news2.compute(i);
  if (r.status !== 'complete' || r.total === null) throw new Error('expected a score');
  return { ...r, total: r.total };
};

describe('monotonicity where the definition is monotonic', () => {
  it('NEWS2: moving a vital away from normal never lowers the total; sum of subscores; range 0–20', () => {
    fc.assert(
      fc.property(vitals, (v) => {
        const r = total(v);
        expect(r.total).toBe(Object.values(r.subscores).reduce((a, b) => a + b, 0));
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(20);
        // Further from the 0-band in each direction.
        if (v.respirationRate >= 16)
          expect(total({ ...v, respirationRate: v.respirationRate + 1 }).total).toBeGreaterThanOrEqual(
            r.total,
          );
        if (v.respirationRate <= 16 && v.respirationRate > 0)
          expect(total({ ...v, respirationRate: v.respirationRate - 1 }).total).toBeGreaterThanOrEqual(
            r.total,
          );
        if (v.pulse >= 70) expect(total({ ...v, pulse: v.pulse + 1 }).total).toBeGreaterThanOrEqual(r.total);
        if (v.pulse <= 70) expect(total({ ...v, pulse: v.pulse - 1 }).total).toBeGreaterThanOrEqual(r.total);
        if (v.systolicBp <= 150)
          expect(total({ ...v, systolicBp: v.systolicBp - 1 }).total).toBeGreaterThanOrEqual(r.total);
        if (v.temperature <= 37)
          expect(total({ ...v, temperature: v.temperature - 0.1 }).total).toBeGreaterThanOrEqual(r.total);
        if (v.spo2Scale === 1 && v.spo2 > 50)
          expect(total({ ...v, spo2: v.spo2 - 1 }).total).toBeGreaterThanOrEqual(r.total);
        if (!v.onOxygen && v.spo2Scale === 1) expect(total({ ...v, onOxygen: true }).total).toBe(r.total + 2);
      }),
      { numRuns: 500 },
    );
  });

  it('PHQ-9: raising any answered item never lowers the total or the band', () => {
    const order = ['minimal', 'mild', 'moderate', 'moderately_severe', 'severe'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }),
        fc.integer({ min: 0, max: 8 }),
        (items, k) => {
          const input = Object.fromEntries(items.map((v, j) => [`item${j + 1}`, v]));
          const before = phq9.compute(input);
          const after = phq9.compute({ ...input, [`item${k + 1}`]: Math.min(3, items[k]! + 1) });
          if (before.status !== 'complete' || after.status !== 'complete') throw new Error('expected scores');
          if (before.total === null || after.total === null) throw new Error('expected totals');
          expect(after.total).toBeGreaterThanOrEqual(before.total);
          expect(order.indexOf(after.band)).toBeGreaterThanOrEqual(order.indexOf(before.band));
        },
      ),
      { numRuns: 300 },
    );
  });
});
