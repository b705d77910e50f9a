import { describe, expect, it } from 'vitest';
import { recordFieldLabel, recordFieldText } from './record-fields';
import { defaultAirway, signingProblems } from './record-signing';

describe('signing the anesthesia record', () => {
  it('needs the method, and the airway device for a general anesthesia with one', () => {
    expect(signingProblems({ method: null, details: {} })).toEqual([
      { path: 'method', message: 'record.required' },
    ]);
    expect(signingProblems({ method: 'general_tube', details: { airway: '  ' } })).toEqual([
      { path: 'details.airway', message: 'record.required' },
    ]);
    expect(signingProblems({ method: 'general_lma', details: { airway: '喉罩 4#' } })).toEqual([]);
    expect(signingProblems({ method: 'nerve_block', details: {} })).toEqual([]);
  });

  it('starts the airway from the method', () => {
    expect(defaultAirway('general_tube')?.['zh-CN']).toBe('气管插管');
    expect(defaultAirway('general_lma')?.['zh-CN']).toBe('喉罩');
    expect(defaultAirway('neuraxial')).toBeNull();
    expect(defaultAirway(null)).toBeNull();
  });

  it('names each field and says what is wrong with it in both languages', () => {
    expect(`${recordFieldLabel('method', 'zh-CN')}：${recordFieldText('record.required', 'zh-CN')}`).toBe(
      '麻醉方式：必填',
    );
    expect(recordFieldLabel('details.airway', 'en-US')).toBe('Airway');
    expect(recordFieldLabel('answers.identity', 'zh-CN')).toBe('核查项');
    expect(recordFieldLabel('nonsense', 'zh-CN')).toBeNull();
    expect(recordFieldText('record.time.before_status', 'zh-CN', { status: '麻醉开始', time: '10:05' })).toBe(
      '不能早于「麻醉开始」的时间 10:05',
    );
  });
});
