import { describe, expect, it } from 'vitest';
import { sparklineOption } from './sparkline';

describe('the sparkline option', () => {
  it('keeps months without a value as gaps and labels the hovered month with its value', () => {
    const months = ['2026-01', '2026-02', '2026-03'];
    const option = sparklineOption(months, [1, null, 3], (v) => (v === null ? 'none' : `${v}%`)) as {
      series: { data: (number | null)[]; connectNulls: boolean }[];
      tooltip: { formatter: (p: unknown) => string };
    };
    expect(option.series[0]!.data).toEqual([1, null, 3]);
    expect(option.series[0]!.connectNulls).toBe(false);
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toBe('2026-02<br/>none');
    expect(option.tooltip.formatter([{ dataIndex: 2 }])).toBe('2026-03<br/>3%');
  });
});
