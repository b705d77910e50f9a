// The 麻醉前访视单's own sections: lists with their rows checked, dates that exist, results in range.
import { describe, expect, it } from 'vitest';
import { answerText } from './answer-text';
import { visitData } from './visit';
import { FIELD_LABELS, VISIT_SECTIONS } from './visit-form';

const ok = (data: unknown) => visitData.safeParse(data).success;
const field = (path: string) => VISIT_SECTIONS.flatMap((s) => s.fields).find((f) => f.path === path)!;

describe('the pre-anesthesia sections', () => {
  it('take allergies and previous anaesthetics as rows, each named', () => {
    expect(
      ok({
        allergies: { known: true, items: [{ kind: 'drug', substance: '青霉素', reaction: '皮疹' }] },
        anesthesiaHistory: {
          previous: true,
          familyAnesthesiaProblems: false,
          items: [{ year: 2015, operation: '阑尾切除术', anesthesia: 'neuraxial', complications: 'PONV' }],
        },
      }),
    ).toBe(true);
    expect(ok({ allergies: { items: [{ kind: 'drug', substance: ' ' }] } })).toBe(false);
    expect(ok({ allergies: { items: [{ kind: 'pollen', substance: '花粉' }] } })).toBe(false);
    expect(ok({ anesthesiaHistory: { items: [{ year: 1850, operation: 'x' }] } })).toBe(false);
  });

  it('refuses dates that do not exist and results out of range', () => {
    expect(ok({ ecg: { rhythm: 'atrial_fibrillation', date: '2026-11-20' } })).toBe(true);
    expect(ok({ ecg: { date: '2026-02-30' } })).toBe(false);
    expect(ok({ labs: { date: '2026-13-01' } })).toBe(false);
    expect(
      ok({ pft: { fev1PctPredicted: 62, fvcPctPredicted: 85, fev1FvcRatio: 58, dlcoPctPredicted: 70 } }),
    ).toBe(true);
    expect(ok({ pft: { fev1FvcRatio: 140 } })).toBe(false);
    expect(ok({ bloodGas: { ph: 9 } })).toBe(false);
    expect(ok({ echo: { efPercent: 0 } })).toBe(false);
    expect(ok({ fasting: { lastSolidAt: '2026-11-21T12:00:00+08:00' } })).toBe(true);
    expect(ok({ fasting: { lastSolidAt: 'yesterday' } })).toBe(false);
    expect(ok({ teeth: { dentures: 'removable', looseTeeth: true, looseTeethWhich: '左上 2' } })).toBe(true);
  });

  it('labels every result so "缺：…" and the record can name it', () => {
    for (const path of ['pft.fev1FvcRatio', 'ecg.date', 'teeth.dentures', 'fasting.lastSolidAt', 'labs.date'])
      expect(FIELD_LABELS.get(path), path).toBeTruthy();
  });

  it('says an answer as the signed form and the paper show it', () => {
    const at = (iso: string) => `@${iso}`;
    expect(answerText(field('allergies.known'), false, 'zh-CN', at)).toBe('否');
    expect(answerText(field('allergies.known'), null, 'zh-CN', at)).toBeNull();
    expect(answerText(field('pft.fev1FvcRatio'), 62.1, 'zh-CN', at)).toBe('62.1 %');
    expect(answerText(field('vitals.temperature'), 36.600000000000001, 'en-US', at)).toBe('36.6 ℃');
    expect(answerText(field('ecg.rhythm'), 'atrial_fibrillation', 'zh-CN', at)).toBe('心房颤动');
    expect(answerText(field('teeth.dentures'), 'none', 'en-US', at)).toBe('None');
    expect(answerText(field('fasting.lastSolidAt'), '2026-11-21T12:00:00Z', 'zh-CN', at)).toBe(
      '@2026-11-21T12:00:00Z',
    );
  });
});
