import { describe, expect, it } from 'vitest';
import { ownsRoomReading, type RoomStay, roomCaseAt } from './room-stays';

const M = 60_000;
const stay = (caseId: string, inMin: number, outMin: number | null): RoomStay => ({
  caseId,
  inRoomAt: inMin * M,
  outOfRoomAt: outMin === null ? null : outMin * M,
});

describe('a theatre monitor’s reading belongs to one case', () => {
  it('is the case in the room from 入室 to 出室, inclusive; nobody’s outside any stay', () => {
    const stays = [stay('a', 0, 60), stay('b', 90, null)];
    expect(roomCaseAt(stays, -1)).toBeNull();
    expect(roomCaseAt(stays, 0)).toBe('a');
    expect(roomCaseAt(stays, 60 * M)).toBe('a');
    expect(roomCaseAt(stays, 75 * M)).toBeNull();
    expect(roomCaseAt(stays, 90 * M)).toBe('b');
    expect(roomCaseAt(stays, 600 * M)).toBe('b');
  });

  it('goes to the later entrant while an override let two cases overlap, and back when it leaves', () => {
    // a never recorded 出室; b was let in at 60 and left at 120; c came in at 100.
    const stays = [stay('a', 0, null), stay('b', 60, 120), stay('c', 100, null)];
    expect(roomCaseAt(stays, 30 * M)).toBe('a');
    expect(roomCaseAt(stays, 60 * M)).toBe('b');
    expect(roomCaseAt(stays, 99 * M)).toBe('b');
    expect(roomCaseAt(stays, 100 * M)).toBe('c');
    expect(roomCaseAt(stays, 130 * M)).toBe('c');
  });

  it('an earlier case gets its readings again once the later one has left', () => {
    const stays = [stay('a', 0, 200), stay('b', 60, 120)];
    expect(roomCaseAt(stays, 90 * M)).toBe('b');
    expect(roomCaseAt(stays, 150 * M)).toBe('a');
  });

  it('never gives one reading to two cases, even entering at the same instant', () => {
    const stays = [stay('a', 0, null), stay('b', 0, 50), stay('c', 20, 80), stay('d', 40, 45)];
    for (let t = -5; t <= 100; t += 1) {
      const owners = stays.filter((s) => ownsRoomReading(s, stays, t * M));
      expect(owners.length, `t=${t}`).toBeLessThanOrEqual(1);
      if (stays.some((s) => t * M >= s.inRoomAt && t * M <= (s.outOfRoomAt ?? Number.POSITIVE_INFINITY)))
        expect(owners.length, `t=${t}`).toBe(1);
    }
    expect(roomCaseAt(stays, 10 * M)).toBe('b');
  });
});
