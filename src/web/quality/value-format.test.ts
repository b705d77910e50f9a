import { describe, expect, it } from 'vitest';
import { translator } from '../shared/i18n';
import { count, days, indicatorValueText, interval, percent, unitValue } from './value-format';

const zh = translator('zh-CN');
const en = translator('en-US');

describe('QC numbers with their unit', () => {
  it('writes a value in each indicator unit', () => {
    expect(unitValue(96.1834, '%', zh, 'zh-CN')).toBe('96.18%');
    expect(unitValue(0.5, '‰', zh, 'zh-CN')).toBe('0.50‰');
    expect(unitValue(3, '‱', zh, 'zh-CN')).toBe('3.00‱');
    expect(unitValue(2.345, 'ratio', zh, 'zh-CN')).toBe('2.35:1');
    expect(unitValue(1234.56, 'count', zh, 'zh-CN')).toBe('1,234.6 例次/人');
    expect(unitValue(1234.56, 'count', en, 'en-US')).toBe('1,234.6 case-episodes per person');
    expect(unitValue(12, 'per_10000_cases', en, 'en-US')).toBe('12.00 per 10,000 case-episodes');
    expect(unitValue(null, '%', zh, 'zh-CN')).toBe('—');
  });

  it('says why an indicator has no value: a zero denominator, or staffing not reported', () => {
    const base = { unit: '%' as const, value: null, numerator: 0, denominator: 0 };
    expect(indicatorValueText({ ...base, counting: 'episode' }, zh, 'zh-CN')).toBe('分母为0，无法计算');
    expect(
      indicatorValueText({ ...base, counting: 'staffing', numerator: null, denominator: null }, en, 'en-US'),
    ).toBe('Staffing not reported');
    expect(
      indicatorValueText(
        { ...base, counting: 'staffing', unit: 'ratio', value: 0.4, numerator: 4, denominator: 10 },
        zh,
        'zh-CN',
      ),
    ).toBe('0.40:1');
  });

  it('writes a KPI fraction as a percentage, its Wilson interval, days and counts', () => {
    expect(percent(0.25, 'zh-CN', zh)).toBe('25.00%');
    expect(percent(null, 'zh-CN', zh)).toBe('—');
    expect(interval(0.1234, 0.2, 'en-US', en)).toBe('12.34% – 20.00%');
    expect(interval(null, 0.2, 'en-US', en)).toBe('—');
    expect(days(7.25, 'zh-CN', zh)).toBe('7.3 天');
    expect(days(7.25, 'en-US', en)).toBe('7.3 days');
    expect(count(12345, 'zh-CN')).toBe('12,345');
    expect(count(null, 'zh-CN')).toBe('—');
  });
});
