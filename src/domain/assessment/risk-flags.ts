// The pre-op high-risk flags of issue 3 §4, at the reference's thresholds
// (../shared/reference/clinical-scores.md): the codes the instruments raise, with their labels,
// so a list that holds only codes (the OR board, the worklists) can still name them.
import type { Text } from '../scores/instrument';
import type { InstrumentOutcome } from './visit';

export const HIGH_RISK_FLAGS: Readonly<Record<string, Text>> = {
  'rcri.high': { zh: 'RCRI ≥ 3', en: 'RCRI ≥ 3' },
  'ariscat.high': { zh: 'ARISCAT 高危', en: 'ARISCAT high' },
  'caprini.high': { zh: 'Caprini 高危', en: 'Caprini high' },
  'nrs2002.at_risk': { zh: 'NRS-2002 ≥ 3', en: 'NRS-2002 ≥ 3' },
  'apfel.high': { zh: 'Apfel ≥ 3', en: 'Apfel ≥ 3' },
  'stop_bang.high': { zh: 'STOP-Bang ≥ 5', en: 'STOP-Bang ≥ 5' },
  'cfs.frail': { zh: 'CFS ≥ 5 衰弱', en: 'CFS ≥ 5 (frail)' },
  'phq9.high': { zh: 'PHQ-9 ≥ 10', en: 'PHQ-9 ≥ 10' },
  'phq9.item9': { zh: 'PHQ-9 第 9 题阳性', en: 'PHQ-9 item 9 > 0' },
  'asa.high': { zh: 'ASA ≥ III', en: 'ASA ≥ III' },
};

export const flagLabel = (code: string, lang: 'zh' | 'en'): string => HIGH_RISK_FLAGS[code]?.[lang] ?? code;

/** The high and critical flags of the complete scores, each code once: what a visit stores and lists by. */
export function highRiskFlagsOf(outcomes: readonly InstrumentOutcome[]): string[] {
  const codes = outcomes.flatMap((o) =>
    'result' in o && o.result.status === 'complete'
      ? o.result.flags.filter((f) => f.severity === 'high' || f.severity === 'critical').map((f) => f.code)
      : [],
  );
  return [...new Set(codes)];
}
