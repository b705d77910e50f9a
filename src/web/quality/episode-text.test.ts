import { describe, expect, it } from 'vitest';
import { translator } from '../shared/i18n';
import { codeText, termOfOutcome } from './episode-text';

const zh = translator('zh-CN');
const en = translator('en-US');

describe('an imported episode in words', () => {
  it('translates the file’s coded values and keeps an unknown one as sent', () => {
    expect(codeText(zh, 'recordLevel', 'kpi_only')).toBe('仅用于科室指标');
    expect(codeText(en, 'location', 'day_surgery_or')).toBe('Day-surgery theatre');
    expect(codeText(en, 'outcome', 'excluded_numerator')).toBe(
      'In the denominator, excluded from the numerator',
    );
    expect(codeText(zh, 'sex', 'other')).toBe('other');
  });

  it('finds the drill-down list of each outcome', () => {
    expect(termOfOutcome('numerator')).toBe('numerator');
    expect(termOfOutcome('excluded_numerator')).toBe('excluded');
    expect(termOfOutcome('missing')).toBe('missing');
    expect(termOfOutcome('out')).toBeNull();
    expect(termOfOutcome('toString')).toBeNull();
  });
});
