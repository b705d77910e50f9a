import { describe, expect, it } from 'vitest';
import { PARAMETER_CODES } from '../interop/parameters';
import {
  formatAlertExtreme,
  formatAmount,
  formatTotal,
  formatVital,
  roundVital,
  VITAL_DECIMALS,
  vitalUnit,
} from './vital-format';

describe('vital signs at clinical precision', () => {
  it('prints a float32 temperature with one decimal', () => {
    expect(formatVital('temp', 31.40000679676106)).toBe('31.4');
    expect(formatVital('temp', Math.fround(31.4))).toBe('31.4');
    expect(formatVital('temp', 36)).toBe('36.0');
    expect(roundVital('temp', 31.40000679676106)).toBe(31.4);
  });

  it('rounds half-up in decimal at the cut point, not in binary', () => {
    // 36.05 is 36.04999… in binary; Math.round(36.05 * 10) / 10 gives 36 (decision D1).
    expect(formatVital('temp', 36.05)).toBe('36.1');
    expect(formatVital('temp', 36.04)).toBe('36.0');
    expect(formatVital('spo2', 95.5)).toBe('96');
    expect(formatVital('spo2', 95.49)).toBe('95');
    expect(formatVital('hr', 72.5)).toBe('73');
  });

  it('prints rates, saturations and pressures as integers, EtCO2 in whole mmHg', () => {
    for (const p of ['hr', 'pr', 'spo2', 'rr', 'nibp_sys', 'nibp_dia', 'art_mean', 'cvp', 'etco2'])
      expect(formatVital(p, 88.4), p).toBe('88');
    expect(formatVital('cvp', -3.4)).toBe('-3');
    expect(formatVital('art_dia', 0.2)).toBe('0');
  });

  it('has a precision for every stored parameter, and two decimals for an unknown code', () => {
    expect(Object.keys(VITAL_DECIMALS).sort()).toEqual([...PARAMETER_CODES].sort());
    expect(formatVital('bis', 45.678)).toBe('45.68');
    expect(formatVital('bis', 45)).toBe('45');
  });

  it('prints ℃ for UCUM Cel and formats an alert extreme by the parameter it is about', () => {
    expect(vitalUnit('temp')).toBe('℃');
    expect(vitalUnit('spo2')).toBe('%');
    expect(vitalUnit('nibp_sys')).toBe('mmHg');
    expect(formatAlertExtreme('hypothermia', 35.449999)).toBe('35.4');
    expect(formatAlertExtreme('hypotension', 58.6)).toBe('59');
    expect(formatAlertExtreme('hypoxaemia', 85)).toBe('85');
  });
});

describe('doses, rates and volumes as charted', () => {
  it('prints at most two decimals with trailing zeros dropped', () => {
    expect(formatAmount(0.1 + 0.2)).toBe('0.3');
    expect(formatAmount(1200)).toBe('1200');
    expect(formatAmount(0.05)).toBe('0.05');
    expect(formatAmount(2.005)).toBe('2.01');
    expect(formatAmount(7.5)).toBe('7.5');
  });

  it('prints a computed total in whole units from 100 up', () => {
    expect(formatTotal(3316.6666666666665)).toBe('3317');
    expect(formatTotal(99.995)).toBe('100');
    expect(formatTotal(0.1 + 0.2)).toBe('0.3');
  });
});
