import { describe, expect, it } from 'vitest';
import type { Flag } from '../scores/instrument';
import { highRiskFlagsOf } from './risk-flags';
import type { InstrumentOutcome } from './visit';

const label = { zh: '', en: '' };
const scored = (id: 'rcri' | 'caprini', flags: Flag[]): InstrumentOutcome => ({
  id,
  version: '1',
  result: {
    status: 'complete',
    total: 3,
    band: 'high',
    bandLabel: label,
    subscores: {},
    flags,
    recommendations: [],
  },
});

describe('the high-risk flags a visit stores', () => {
  it('keeps the high and critical flags of complete scores, each code once', () => {
    const outcomes: InstrumentOutcome[] = [
      scored('rcri', [
        { code: 'rcri.high', severity: 'high', label },
        { code: 'rcri.note', severity: 'warning', label },
        { code: 'rcri.info', severity: 'info', label },
      ]),
      scored('caprini', [
        { code: 'caprini.high', severity: 'critical', label },
        { code: 'rcri.high', severity: 'high', label },
      ]),
      { id: 'asa', version: '1', result: { status: 'incomplete', missing: ['asaClass'] } },
      { id: 'cfs', version: '1', invalid: ['level'] },
    ];
    expect(highRiskFlagsOf(outcomes)).toEqual(['rcri.high', 'caprini.high']);
    expect(highRiskFlagsOf([])).toEqual([]);
  });
});
