import { describe, expect, it } from 'vitest';
import { translator } from '../shared/i18n';
import { idCardFactsText, identityMismatchText } from './identity-text';

const zh = translator('zh-CN');
const en = translator('en-US');
const both = [
  { field: 'birthDate' as const, fromIdCard: '1985-03-12', entered: '1960-01-01' },
  { field: 'sex' as const, fromIdCard: 'female' as const, entered: 'male' as const },
];

describe('identityMismatchText', () => {
  it('names each difference, the ID number first', () => {
    expect(identityMismatchText(both, zh, 'zh')).toBe(
      '身份证号显示出生日期 1985-03-12、女，与填写的 1960-01-01、男 不一致，仍要保存？',
    );
    expect(identityMismatchText(both, en, 'en')).toBe(
      'The ID number gives birth date 1985-03-12, female, but the form says 1960-01-01, male. Save anyway?',
    );
  });
  it('names a sex alone as such', () => {
    expect(identityMismatchText([both[1]!], zh, 'zh')).toBe(
      '身份证号显示性别女，与填写的 男 不一致，仍要保存？',
    );
  });
  it('says what the number gives under its field', () => {
    expect(idCardFactsText({ birthDate: '1985-03-12', sex: 'female' }, zh, 'zh')).toBe(
      '身份证号显示：出生日期 1985-03-12，女',
    );
  });
});
