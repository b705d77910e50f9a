import { describe, expect, it } from 'vitest';
import { recordReloads } from './record-live';

describe('what an open record page reloads for each event', () => {
  it('reloads the record’s entries alone for a drug, a fluid, a checklist tick: never the readings', () => {
    for (const what of ['drug', 'fluid', 'checklist', 'event', 'sign', 'correction'] as const)
      expect(recordReloads({ type: 'record.changed', id: 'c', data: { what } })).toEqual({
        case: false,
        record: true,
        readings: 'none',
      });
  });

  it('reloads the newest readings as monitors send, and the derived alerts at most every few seconds', () => {
    expect(recordReloads({ type: 'observations', data: { count: 9 } })).toEqual({
      case: false,
      record: 'throttled',
      readings: 'new',
    });
  });

  it('reloads the readings from a reading entered or marked on, with the record', () => {
    const at = '2026-11-22T01:05:00.000Z';
    expect(recordReloads({ type: 'readings.changed', id: 'c', data: { what: 'artefact', at } })).toEqual({
      case: false,
      record: true,
      readings: { from: Date.parse(at) },
    });
  });

  it('reloads the whole chart when 入室 or 出室 changes which readings are the case’s, and after a reconnect', () => {
    const moved = (status: 'in_room' | 'anesthesia_start' | 'out_of_room') =>
      recordReloads({ type: 'case.transition', id: 'c', version: 2, data: { status } }).readings;
    expect([moved('in_room'), moved('anesthesia_start'), moved('out_of_room')]).toEqual([
      'all',
      'none',
      'all',
    ]);
    expect(recordReloads(undefined)).toEqual({ case: true, record: true, readings: 'all' });
    const at = '2026-11-22T01:05:00.000Z';
    expect(recordReloads({ type: 'readings.changed', id: 'c', data: { what: 'stay', at } })).toEqual({
      case: true,
      record: true,
      readings: 'all',
    });
  });

  it('reloads nothing for what other capabilities announce on the case', () => {
    const nothing = { case: false, record: false, readings: 'none' };
    expect(recordReloads({ type: 'visit.signed', id: 'c', data: { status: 'scheduled' } })).toEqual(nothing);
    expect(recordReloads({ type: 'ews.set', id: 'c' })).toEqual(nothing);
    expect(recordReloads({ type: 'complication.suggested', id: 'c' })).toEqual(nothing);
  });
});
