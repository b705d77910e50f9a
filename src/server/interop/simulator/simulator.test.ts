import { describe, expect, it } from 'vitest';
import { extractObservations } from '../../../domain/interop/extract';
import { deviceMessage, simDevice, VENDORS } from './messages';
import { vitalsAt } from './physiology';

describe('the monitor simulator', () => {
  it('speaks each vendor convention the listener reads, with every parameter mapped', () => {
    const at = new Date('2026-11-22T01:30:00Z');
    const v = vitalsAt(0, 1); // NIBP is due at second 0
    for (const vendor of VENDORS) {
      const d = simDevice(vendor, 0);
      const r = extractObservations(deviceMessage(d, v, at, 1), {
        siteZone: 'Asia/Shanghai',
        receivedAt: at,
      });
      if (!r.ok) throw new Error(`${vendor}: ${r.reason}`);
      const params = new Set(r.numerics.map((n) => n.param));
      expect([...params].sort(), vendor).toEqual(
        [
          'art_dia',
          'art_mean',
          'art_sys',
          'etco2',
          'hr',
          'nibp_dia',
          'nibp_mean',
          'nibp_sys',
          'rr',
          'spo2',
          'temp',
        ].sort(),
      );
      expect(r.numerics.filter((n) => n.param === 'temp')).toHaveLength(2);
      expect(r.numerics[0]!.observedAt.toISOString(), vendor).toBe('2026-11-22T01:30:00.000Z');
      expect(
        r.skipped.every((s) => s.reason === 'not_measured' || s.reason === 'header'),
        vendor,
      ).toBe(true);
    }
  });

  it('plays induction hypotension, bleeding, desaturation and hypothermia', () => {
    expect(vitalsAt(60, 1).artMean).toBeGreaterThan(75);
    expect(vitalsAt(400, 1).artMean).toBeLessThan(65); // after induction
    expect(vitalsAt(2000, 1).hr).toBeGreaterThan(vitalsAt(60, 1).hr + 15); // bleeding
    expect(vitalsAt(3100, 1).spo2).toBeLessThan(90); // desaturation
    expect(vitalsAt(3600, 1).temp1).toBeLessThan(36); // hypothermia
    expect(vitalsAt(301, 1).nibp).toBeNull();
    expect(vitalsAt(300, 1).nibp).not.toBeNull();
    expect(vitalsAt(1234, 3)).toEqual(vitalsAt(1234, 3));
  });
});
