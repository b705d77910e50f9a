import { describe, expect, it } from 'vitest';
import { classifyPatientQuery, namePinyin } from './pinyin';

describe('pinyin for patient search', () => {
  it('gives initials and full pinyin, reading surnames as surnames', () => {
    expect(namePinyin('张三')).toEqual({ initials: 'zs', full: 'zhangsan' });
    expect(namePinyin('单雄信').initials).toBe('sxx');
    expect(namePinyin('曾小贤').full).toBe('zengxiaoxian');
    expect(namePinyin('欧阳娜娜').initials).toBe('oynn');
  });
  it('classifies what was typed', () => {
    expect(classifyPatientQuery(' ')).toEqual({ kind: 'recent' });
    expect(classifyPatientQuery('5678')).toEqual({ kind: 'digits', value: '5678' });
    expect(classifyPatientQuery('zs')).toEqual({ kind: 'latin', value: 'zs' });
    expect(classifyPatientQuery('ZY20260001')).toEqual({ kind: 'latin', value: 'ZY20260001' });
    expect(classifyPatientQuery('张')).toEqual({ kind: 'name', value: '张' });
  });
});
