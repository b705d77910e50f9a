import { describe, expect, it } from 'vitest';
import { recordTimeProblem } from './record-time';

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
