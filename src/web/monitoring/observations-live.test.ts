import { describe, expect, it } from 'vitest';
import { observationsReloads } from './observations-live';

const reloads = (event: Parameters<typeof observationsReloads>[1]) => observationsReloads('c', event);

describe('what an open observations page reloads for each event on its case', () => {
  it('reloads the recent sets alone for a set entered, whether or not it raised an alert', () => {
    expect(reloads({ type: 'ews.set', id: 'c' })).toEqual([['sets', 'c']]);
    expect(reloads({ type: 'ews.alert', id: 'c' })).toEqual([['sets', 'c']]);
  });

  it('reloads the assessments and the summary for an assessment, the summary alone for a PACU event', () => {
    expect(reloads({ type: 'postop.assessment', id: 'c' })).toEqual([
      ['postop-assessments', 'c'],
      ['postop-summary', 'c'],
    ]);
    expect(reloads({ type: 'pacu.event', id: 'c' })).toEqual([['postop-summary', 'c']]);
  });

  it('reloads the intake and output alone for an entry', () => {
    expect(reloads({ type: 'io', id: 'c' })).toEqual([['io', 'c']]);
  });

  it('reloads the case and the summary when the case moves on', () => {
    expect(reloads({ type: 'case.transition', id: 'c', version: 3, data: { status: 'pacu_out' } })).toEqual([
      ['case', 'c'],
      ['postop-summary', 'c'],
    ]);
  });

  it('reloads nothing for the monitors’ readings, an acknowledgement or a suggested complication', () => {
    expect(reloads({ type: 'observations', data: { count: 5 } })).toEqual([]);
    expect(reloads({ type: 'ews.ack', id: 'c' })).toEqual([]);
    expect(reloads({ type: 'complication.suggested', id: 'c' })).toEqual([]);
  });
});
