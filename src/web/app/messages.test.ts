import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u4e00-\u9fff]/;
// Words the English page shows in Chinese on purpose: the language switch names Chinese in Chinese.
const CHINESE_IN_ENGLISH = new Set(['app.language']);

describe('the web app messages', () => {
  it('say every message in Chinese and in English, the English without Chinese, with the same placeholders', () => {
    const problems: string[] = [];
    for (const [key, text] of Object.entries(MESSAGES)) {
      if (!text['zh-CN']?.trim()) problems.push(`${key}: no Chinese`);
      if (!text['en-US']?.trim()) problems.push(`${key}: no English`);
      else if (CJK.test(text['en-US']) && !CHINESE_IN_ENGLISH.has(key))
        problems.push(`${key}: Chinese in the English text “${text['en-US']}”`);
      if (placeholders(text['en-US'] ?? '').join() !== placeholders(text['zh-CN'] ?? '').join())
        problems.push(`${key}: placeholders differ`);
    }
    expect(problems).toEqual([]);
  });
});
