// What can be wrong with an observation set's fields, in both languages: the server puts the message in
// the user's language on the field it names (takenAt, reason), and the page shows it there.
import type { Locale, LocalText } from '../common/field-messages';
import type { ObservationTimeProblem } from './observation-time';

export const OBSERVATION_FIELD_MESSAGES = {
  'observation.time.in_future': { 'zh-CN': '不能晚于当前时间', 'en-US': 'Cannot be in the future' },
  'observation.time.in_theatre': {
    'zh-CN': '患者此时在手术室（入室 {from}，出室 {to}），术中生命体征记在麻醉记录单上',
    'en-US':
      'The patient was in theatre then (in {from}, out {to}); those vital signs are on the anesthesia record',
  },
  'observation.time.before_case': {
    'zh-CN': '早于本台手术 7 天以上，请核对日期',
    'en-US': 'More than 7 days before the operation; check the date',
  },
  'observation.still_in_theatre': { 'zh-CN': '尚未出室', 'en-US': 'not yet out' },
  'observation.nothing_changed': {
    'zh-CN': '与原记录相同，未作修改',
    'en-US': 'Nothing differs from the set',
  },
} as const satisfies Record<string, LocalText>;
export type ObservationFieldMessage = keyof typeof OBSERVATION_FIELD_MESSAGES;

export function observationFieldText(
  key: ObservationFieldMessage,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return OBSERVATION_FIELD_MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? `{${k}}`),
  );
}

/** A set's time refused, in words; `time` shows an instant as the site's clock does. */
export function observationTimeText(
  p: ObservationTimeProblem,
  locale: Locale,
  time: (at: number) => string,
): string {
  if (p.problem !== 'in_theatre') return observationFieldText(`observation.time.${p.problem}`, locale);
  return observationFieldText('observation.time.in_theatre', locale, {
    from: time(p.from),
    to: p.to === null ? observationFieldText('observation.still_in_theatre', locale) : time(p.to),
  });
}
