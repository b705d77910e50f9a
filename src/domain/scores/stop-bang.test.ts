import { describe, expect, it } from 'vitest';
import { stopBang } from './stop-bang';

const base = {
  snoring: false,
  tired: false,
  observedApnea: false,
  hypertension: false,
  bmi: 24,
  age: 45,
  neckCircumferenceCm: 34,
  sex: 'female' as const,
};

describe('STOP-Bang (§8 vectors SB1–SB5)', () => {
  it.each([
    ['SB1', { snoring: true, tired: true }, 2, 'low'],
    [
      'SB2',
      { age: 52, snoring: true, tired: true, hypertension: true, bmi: 28, neckCircumferenceCm: 36 },
      4,
      'intermediate',
    ],
    [
      'SB3 high by the alternative rule',
      { sex: 'male', age: 40, snoring: true, observedApnea: true, bmi: 30, neckCircumferenceCm: 39 },
      3,
      'high',
    ],
    [
      'SB4',
      { sex: 'male', age: 55, snoring: true, hypertension: true, bmi: 28, neckCircumferenceCm: 41 },
      5,
      'high',
    ],
    ['SB5 thresholds strict', { age: 50, bmi: 35.0, neckCircumferenceCm: 40.0 }, 0, 'low'],
  ] as [string, object, number, string][])('%s', (_n, over, total, band) => {
    expect(stopBang.compute({ ...base, ...over })).toMatchObject({ status: 'complete', total, band });
  });
  it('one step above each threshold scores, and high risk proposes OSA precautions', () => {
    expect(stopBang.compute({ ...base, age: 51, bmi: 35.1, neckCircumferenceCm: 40.1 })).toMatchObject({
      total: 3,
      band: 'intermediate',
      subscores: { age: 1, bmi: 1, neck: 1 },
    });
    const high = stopBang.compute({ ...base, sex: 'male', snoring: true, tired: true });
    expect(high).toMatchObject({ band: 'high', recommendations: [{ code: 'stop_bang.osa_precautions' }] });
  });
});
