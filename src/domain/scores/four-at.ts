// 4AT — MacLullich; validated Bellelli G, et al. Age Ageing 2014;43:496–502. clinical-scores.md §15.1.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, sum, type Text } from './instrument';

const input = z.strictObject({
  // Clearly abnormal alertness (drowsy or agitated); mild sleepiness < 10 s after waking is normal.
  alertnessAbnormal: z.boolean().nullish(),
  amt4: z.enum(['no_mistakes', 'one_mistake', 'two_or_more_or_untestable']).nullish(),
  attention: z.enum(['seven_or_more', 'fewer_than_seven_or_refuses', 'untestable']).nullish(),
  acuteChange: z.boolean().nullish(),
});
const REQUIRED = ['alertnessAbnormal', 'amt4', 'attention', 'acuteChange'] as const;
const AMT4 = { no_mistakes: 0, one_mistake: 1, two_or_more_or_untestable: 2 } as const;
const ATTENTION = { seven_or_more: 0, fewer_than_seven_or_refuses: 1, untestable: 2 } as const;

export function fourAtBand(total: number): { band: string; label: Text } {
  if (total >= 4) return { band: 'possible_delirium', label: { zh: '可能谵妄', en: 'Possible delirium' } };
  if (total >= 1)
    return {
      band: 'possible_cognitive_impairment',
      label: { zh: '可能认知功能障碍', en: 'Possible cognitive impairment' },
    };
  return { band: 'unlikely', label: { zh: '谵妄可能性小', en: 'Delirium unlikely' } };
}

export const fourAt = defineInstrument({
  id: '4at',
  names: { zh: '4AT 谵妄快速筛查', en: '4AT rapid delirium screen' },
  version: '4AT v1.2',
  source: 'Bellelli G, et al. Validation of the 4AT. Age Ageing 2014;43:496–502; www.the4at.com.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores = {
      alertness: i.alertnessAbnormal ? 4 : 0,
      amt4: AMT4[i.amt4!],
      attention: ATTENTION[i.attention!],
      acuteChange: i.acuteChange ? 4 : 0,
    };
    const total = sum(subscores);
    const { band, label } = fourAtBand(total);
    return {
      status: 'complete',
      total,
      band,
      bandLabel: label,
      subscores,
      flags: total >= 4 ? [{ code: 'delirium.possible', severity: 'high', label }] : [],
      recommendations: [],
    };
  },
});
