import { describe, expect, it } from 'vitest';
import { boardReloads } from './ward-board.resource';

describe('what reloads a ward board', () => {
  it('reloads for a set entered, an alert raised, acknowledged or escalated', () => {
    expect(boardReloads({ type: 'ews.set', id: 'c' })).toBe(true);
    expect(boardReloads({ type: 'ews.alert', id: 'c' })).toBe(true);
    expect(boardReloads({ type: 'ews.ack', id: 'c' })).toBe(true);
    expect(boardReloads({ type: 'ews.escalation' })).toBe(true);
  });

  it('does not reload for a suggested complication, which the board does not show', () => {
    expect(boardReloads({ type: 'complication.suggested', id: 'c' })).toBe(false);
  });
});
