import { describe, expect, it } from 'vitest';
import { changeText, recordedLate } from './corrections-text';
import { fieldTexts } from './record-errors';

describe('a correction in words', () => {
  it('says what changed from what to what, by the field’s label', () => {
    expect(changeText({ before: { dose: 1200 }, after: { dose: 120 } }, 'zh-CN')).toBe('剂量 1200 → 120');
    expect(
      changeText(
        { before: { drug: 'propofol', unit: 'mg' }, after: { drug: 'etomidate', unit: 'mg' } },
        'en-US',
      ),
    ).toBe('Drug Propofol → Etomidate');
    expect(
      changeText({ before: { kind: 'urine' }, after: { kind: 'blood_loss', direction: 'out' } }, 'zh-CN'),
    ).toBe('种类 尿量 → 出血量');
    const at = new Date(2026, 10, 22, 10, 20).toISOString();
    const real = new Date(2026, 10, 22, 10, 5).toISOString();
    expect(changeText({ before: { at }, after: { at: real } }, 'zh-CN')).toBe('时间 10:20 → 10:05');
  });

  it('marks an entry recorded five minutes or more after it happened', () => {
    expect(recordedLate('2026-11-22T02:05:00Z', '2026-11-22T02:20:00Z')).toBe(true);
    expect(recordedLate('2026-11-22T02:05:00Z', '2026-11-22T02:06:00Z')).toBe(false);
  });

  it('names each failed field by its label with what is wrong', () => {
    expect(fieldTexts([{ path: 'method', message: '必填' }], 'zh-CN')).toEqual(['麻醉方式：必填']);
    expect(
      fieldTexts(
        [
          { path: 'details.airway', message: 'Required' },
          { path: '', message: 'Nothing differs' },
          { path: 'x', message: '' },
        ],
        'en-US',
      ),
    ).toEqual(['Airway: Required', 'Nothing differs']);
  });
});
