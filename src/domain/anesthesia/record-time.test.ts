import { describe, expect, it } from 'vitest';
import { eventTimeProblem, recordTimeProblem, statusOrderProblem } from './record-time';

const H = 3_600_000;
const now = Date.parse('2026-11-22T04:00:00Z');
const c = {
  inRoomAt: Date.parse('2026-11-22T01:00:00Z'),
  scheduledStart: Date.parse('2026-11-22T00:30:00Z'),
};

describe('the time of a record entry', () => {
  it('accepts any time from a day before the case to now, a minute of clock drift included', () => {
    expect(recordTimeProblem(now, c, now)).toBeNull();
    expect(recordTimeProblem(now + 60_000, c, now)).toBeNull();
    expect(recordTimeProblem(c.scheduledStart - 24 * H, c, now)).toBeNull();
  });

  it('refuses the future and a time more than a day before the case', () => {
    expect(recordTimeProblem(now + 60_001, c, now)).toBe('in_future');
    expect(recordTimeProblem(c.scheduledStart - 24 * H - 1, c, now)).toBe('before_case');
    expect(recordTimeProblem(Date.parse('1900-01-01T00:00:00Z'), c, now)).toBe('before_case');
    expect(recordTimeProblem(Date.parse('9999-12-31T23:59:59Z'), c, now)).toBe('in_future');
  });

  it('counts from the earlier of room entry and the scheduled start', () => {
    const early = { inRoomAt: c.scheduledStart - 2 * H, scheduledStart: c.scheduledStart };
    expect(recordTimeProblem(early.inRoomAt - 24 * H, early, now)).toBeNull();
  });
});

describe('an event’s time against the case', () => {
  const M = 60_000;
  const IN = Date.parse('2026-11-22T01:00:00Z');
  const times = { in_room: IN, anesthesia_start: IN + 10 * M, surgery_start: IN + 30 * M };

  it('keeps a status time between the previous step’s and the next one’s, equal allowed', () => {
    expect(statusOrderProblem('surgery_start', IN + 10 * M, times)).toBeNull();
    expect(statusOrderProblem('surgery_start', IN + 9 * M, times)).toEqual({
      problem: 'before_status',
      status: 'anesthesia_start',
      at: IN + 10 * M,
    });
    expect(statusOrderProblem('anesthesia_start', IN + 31 * M, times)).toEqual({
      problem: 'after_status',
      status: 'surgery_start',
      at: IN + 30 * M,
    });
    // The nearest step is named: 入室 moved after both later steps names the earlier of them.
    expect(statusOrderProblem('in_room', IN + 40 * M, times)).toMatchObject({ status: 'anesthesia_start' });
    // A cancellation follows every step; ward and ICU are one destination after PACU.
    expect(statusOrderProblem('in_room', IN + 5 * M, { cancelled: IN + 2 * M })).toMatchObject({
      problem: 'after_status',
      status: 'cancelled',
    });
    expect(statusOrderProblem('pacu_out', IN, { icu: IN - M })).toMatchObject({ status: 'icu' });
  });

  it('refuses an intra-op event before 入室, and 入室 after an event recorded in the room', () => {
    expect(eventTimeProblem('intubation', IN - M, times)).toEqual({ problem: 'before_room_entry', at: IN });
    expect(eventTimeProblem('ae_cardiac_arrest', IN, times)).toBeNull();
    expect(eventTimeProblem('intubation', IN - M, {})).toBeNull();
    expect(eventTimeProblem('incision', IN + 5 * M, times)).toMatchObject({ status: 'anesthesia_start' });
    const events = [
      { code: 'intubation', at: IN + 12 * M },
      { code: 'anesthesia_start', at: IN + 10 * M },
    ];
    expect(eventTimeProblem('in_room', IN + 9 * M, { in_room: IN }, events)).toBeNull();
    expect(eventTimeProblem('in_room', IN + 13 * M, { in_room: IN }, events)).toEqual({
      problem: 'after_event',
      code: 'intubation',
      at: IN + 12 * M,
    });
  });
});
