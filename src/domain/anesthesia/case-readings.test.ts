import { describe, expect, it } from 'vitest';
import { type ReadingBasis, roomReadingOfCase, sameBasis } from './case-readings';

const M = 60_000;
const basis: ReadingBasis = { room: 'OR-08', inRoomAt: 0, outOfRoomAt: null, devices: ['m1'] };

describe('a case’s room readings', () => {
  it('are its room monitors’ from 入室 to 出室', () => {
    expect(roomReadingOfCase('a', basis, 'm1', -1)).toBe(false);
    expect(roomReadingOfCase('a', basis, 'm1', 0)).toBe(true);
    expect(roomReadingOfCase('a', basis, 'm2', 10 * M)).toBe(false);
    expect(roomReadingOfCase('a', { ...basis, outOfRoomAt: 60 * M }, 'm1', 61 * M)).toBe(false);
    expect(roomReadingOfCase('a', { ...basis, inRoomAt: null }, 'm1', 10 * M)).toBe(false);
  });

  it('are the later entrant’s alone while its stay overlaps, and the case’s again after it left', () => {
    const overlapped = { ...basis, later: [{ caseId: 'b', inRoomAt: 60 * M, outOfRoomAt: 120 * M }] };
    expect(roomReadingOfCase('a', overlapped, 'm1', 59 * M)).toBe(true);
    expect(roomReadingOfCase('a', overlapped, 'm1', 60 * M)).toBe(false);
    expect(roomReadingOfCase('a', overlapped, 'm1', 120 * M)).toBe(false);
    expect(roomReadingOfCase('a', overlapped, 'm1', 121 * M)).toBe(true);
  });

  it('differ in basis when a later stay begins or ends; a basis stored without stays has none', () => {
    const later = [{ caseId: 'b', inRoomAt: 60 * M, outOfRoomAt: null }];
    expect(sameBasis(basis, { ...basis, later: [] })).toBe(true);
    expect(sameBasis(basis, { ...basis, later })).toBe(false);
    expect(
      sameBasis({ ...basis, later }, { ...basis, later: [{ ...later[0]!, outOfRoomAt: 120 * M }] }),
    ).toBe(false);
    expect(sameBasis({ ...basis, later }, { ...basis, later: [...later] })).toBe(true);
  });
});
