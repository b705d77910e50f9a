import { describe, expect, it } from 'vitest';
import { ApiError } from '../shared/api';
import { translator } from '../shared/i18n';
import { setErrorText } from './observation-errors';
import { changedValues, changeText, EMPTY, liveNews2, valuesLine, valuesOf } from './observation-values';
import { takenAtOf } from './taken-at';

const zh = translator('zh-CN');
const en = translator('en-US');
const stored = {
  respirationRate: 35,
  spo2: 97,
  spo2Scale: 1,
  onOxygen: false,
  systolicBp: 120,
  pulse: 75,
  consciousness: 'A',
  temperature: 37,
};

describe('a set in the form and in words', () => {
  it('takes a stored set into the form, scores it live and sends only what changed', () => {
    const v = valuesOf(stored);
    expect(v).toEqual({ ...EMPTY, ...stored, spo2Scale: undefined });
    expect(liveNews2(v)).toMatchObject({ status: 'complete', total: 3 });
    expect(changedValues(v, { ...v, respirationRate: 15 })).toEqual({ respirationRate: 15 });
    expect(changedValues(v, v)).toEqual({});
  });

  it('says a correction from what to what, and a voided set as it was', () => {
    // jsonb keeps its keys shortest first: the words keep the form's order.
    const edit = {
      action: 'edit' as const,
      before: { total: 3, respirationRate: 35 },
      after: { total: 0, respirationRate: 15 },
    };
    expect(changeText(edit, zh, 'zh-CN')).toBe('呼吸频率 35 → 15；NEWS2 3 → 0');
    expect(changeText(edit, en, 'en-US')).toBe('Respiration rate 35 → 15; NEWS2 3 → 0');
    const voided = {
      action: 'void' as const,
      before: { takenAt: '2026-11-22T02:00:00Z', onOxygen: true, total: 7 },
      after: {},
    };
    expect(changeText(voided, zh, 'zh-CN')).toBe('吸氧 是；NEWS2 7');
    expect(valuesLine(stored, en)).toContain('Respiration rate 35 · SpO2 97 · On oxygen No');
  });

  it('places a typed time on the date chosen, and asks for the time when a date has none', () => {
    const tenFive = new Date(2026, 10, 22, 10, 5).getTime();
    expect(takenAtOf({ time: null, day: null })).toBeNull();
    expect(takenAtOf({ time: tenFive, day: null })).toBe(tenFive);
    expect(takenAtOf({ time: tenFive, day: '2026-11-20' })).toBe(new Date(2026, 10, 20, 10, 5).getTime());
    expect(takenAtOf({ time: null, day: '2026-11-20' })).toBe('invalid');
    expect(takenAtOf({ time: 'invalid', day: null })).toBe('invalid');
  });

  it('names a refused field by its label', () => {
    const e = new ApiError(400, {
      code: 'validation_failed',
      message: '提交的数据有误，请检查标出的字段',
      fields: [{ path: 'takenAt', message: '不能晚于当前时间' }],
    });
    expect(setErrorText(e, zh, 'zh-CN')).toBe('测量时间：不能晚于当前时间');
  });
});
