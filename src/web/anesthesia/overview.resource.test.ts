import { describe, expect, it } from 'vitest';
import { overviewReloads } from './overview.resource';

describe('what reloads the theatre overview', () => {
  it('reloads for the monitors’ readings and a case’s status or room', () => {
    expect(overviewReloads({ type: 'observations', data: { count: 9 } })).toBe(true);
    expect(
      overviewReloads({ type: 'case.transition', id: 'c', version: 2, data: { status: 'in_room' } }),
    ).toBe(true);
    expect(
      overviewReloads({ type: 'case.updated', id: 'c', version: 3, data: { status: 'scheduled' } }),
    ).toBe(true);
  });

  it('does not reload for a pre-anesthesia visit on the day’s board', () => {
    expect(overviewReloads({ type: 'visit.signed', id: 'c', data: { status: 'scheduled' } })).toBe(false);
  });
});
