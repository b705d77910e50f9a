import { describe, expect, it } from 'vitest';
import { getInstrument } from '../scores/index';
import { fieldLabel, optionLabel, VISIT_MESSAGES, visitLabel, visitText } from './messages';
import { PREOP_INSTRUMENTS, SIGNING_REQUIRED, visitPathOf } from './visit';
import { VISIT_SECTIONS } from './visit-form';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the visit messages', () => {
  it('say every message in Chinese and English, with the same placeholders', () => {
    for (const [key, text] of Object.entries(VISIT_MESSAGES)) {
      expect(text['zh-CN'], key).toBeTruthy();
      expect(text['en-US'], key).toBeTruthy();
      expect(placeholders(text['en-US']), key).toEqual(placeholders(text['zh-CN']));
    }
  });

  it('label every field, section and option of the form', () => {
    const keys = VISIT_SECTIONS.flatMap((s) => [
      s.title,
      ...s.fields.flatMap((f) => [
        f.label,
        ...(f.group ? [f.group] : []),
        ...(f.kind === 'select' ? f.options.map((o) => `visit.o.${o}`) : []),
      ]),
    ]).filter((k) => !/^visit\.o\.\d$/.test(k));
    for (const k of keys) expect(k in VISIT_MESSAGES, k).toBe(true);
  });

  it('name every item a score can miss and every item signing requires', () => {
    const paths = [
      ...SIGNING_REQUIRED,
      ...PREOP_INSTRUMENTS.flatMap((id) => getInstrument(id)!.required.map((item) => visitPathOf(id, item))),
    ];
    for (const path of paths) {
      expect(fieldLabel(path, 'zh-CN'), path).not.toBe(path);
      expect(fieldLabel(path, 'en-US'), path).not.toBe(path);
    }
    expect(fieldLabel('labs.creatinine', 'zh-CN')).toBe('肌酐');
    expect(fieldLabel('case.age', 'en-US')).toBe('Age (patient record)');
    expect(fieldLabel('labs.unknown', 'zh-CN')).toBe('labs.unknown');
    // The lists, as a save conflict names them.
    expect(fieldLabel('allergies.items', 'zh-CN')).toBe('过敏原');
    expect(fieldLabel('anesthesiaHistory.items', 'en-US')).toBe('Previous operations');
    expect(fieldLabel('medications', 'zh-CN')).toBe('用药');
  });

  it('show options as the form does, and fill placeholders', () => {
    expect(optionLabel('asaClass', '3', 'zh-CN')).toBe('III');
    expect(optionLabel('cfsLevel', '9', 'en-US')).toBe('IX');
    expect(optionLabel('nutrition.diseaseSeverity', '2', 'zh-CN')).toBe('2');
    expect(optionLabel('history.diabetes', 'insulin', 'zh-CN')).toBe('胰岛素');
    expect(optionLabel('plan.postopDestination', 'icu', 'en-US')).toBe('ICU (planned)');
    expect(visitLabel('visit.s.labs', 'zh-CN')).toBe('实验室检查');
    expect(visitLabel('visit.nothing', 'zh-CN')).toBe('visit.nothing');
    expect(visitText('visit.pdf.revision', 'zh-CN', { n: 2 })).toBe('第 2 版');
    expect(visitText('visit.pdf.page', 'en-US', { page: 1, pages: 3 })).toBe('Page 1 of 3');
  });
});
