import { describe, expect, it } from 'vitest';
import { apfel } from './apfel';

describe('Apfel (§6 vectors AP1–AP5)', () => {
  it.each([
    [
      'AP1 man, smoker, no history, no opioids',
      {
        sex: 'male',
        currentSmoker: true,
        ponvHistory: false,
        motionSickness: false,
        postoperativeOpioids: false,
      },
      0,
      '10%',
    ],
    [
      'AP2 man, non-smoker',
      {
        sex: 'male',
        currentSmoker: false,
        ponvHistory: false,
        motionSickness: false,
        postoperativeOpioids: false,
      },
      1,
      '21%',
    ],
    [
      'AP3 woman, smoker, opioids',
      {
        sex: 'female',
        currentSmoker: true,
        ponvHistory: false,
        motionSickness: false,
        postoperativeOpioids: true,
      },
      2,
      '39%',
    ],
    [
      'AP4 woman, non-smoker, PONV and motion sickness count once',
      {
        sex: 'female',
        currentSmoker: false,
        ponvHistory: true,
        motionSickness: true,
        postoperativeOpioids: false,
      },
      3,
      '61%',
    ],
    [
      'AP5 woman, non-smoker, prior PONV, opioids',
      {
        sex: 'female',
        currentSmoker: false,
        ponvHistory: true,
        motionSickness: false,
        postoperativeOpioids: true,
      },
      4,
      '79%',
    ],
  ] as const)('%s', (_n, i, total, risk) => {
    expect(apfel.compute(i)).toMatchObject({ status: 'complete', total, band: risk });
  });

  it('recommends 2 agents for 1–2 factors and 3–4 above, noting ketamine', () => {
    const two = apfel.compute({
      sex: 'male',
      currentSmoker: false,
      ponvHistory: false,
      motionSickness: false,
      postoperativeOpioids: true,
    });
    expect(two.status === 'complete' && two.recommendations[0]?.text.zh).toContain('2 种');
    const three = apfel.compute({
      sex: 'female',
      currentSmoker: false,
      ponvHistory: true,
      motionSickness: false,
      postoperativeOpioids: false,
    });
    expect(three).toMatchObject({ flags: [{ code: 'apfel.high' }] });
    expect(three.status === 'complete' && three.recommendations[0]?.text.zh).toMatch(/3–4 种.*氯胺酮/);
    const none = apfel.compute({
      sex: 'male',
      currentSmoker: true,
      ponvHistory: false,
      motionSickness: false,
      postoperativeOpioids: false,
    });
    expect(none).toMatchObject({ recommendations: [], flags: [] });
  });
});
