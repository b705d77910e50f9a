import { describe, expect, it } from 'vitest';
import { at } from './facts.fixture';
import { hypothermia, summarizeTemperature, temperatureWindow } from './temperature';

const series = (pairs: [string, number][]) => pairs.map(([t, celsius]) => ({ at: at(t), celsius }));
const open = { from: null, to: null };

describe('continuous mode (D08: sample-and-hold, ≥ 30 min)', () => {
  it('a low run of exactly 30 min is hypothermia, 29 min is not', () => {
    const s30 = summarizeTemperature(
      'continuous',
      series([
        ['09:00', 35.9],
        ['09:10', 35.8],
        ['09:30', 36.1],
      ]),
      open,
    );
    expect(s30).toEqual({ mode: 'continuous', readings: 3, longestLowRunMinutes: 30 });
    expect(hypothermia(s30)).toBe('yes');
    const s29 = summarizeTemperature(
      'continuous',
      series([
        ['09:00', 35.9],
        ['09:29', 36.0],
      ]),
      open,
    );
    expect(hypothermia(s29)).toBe('no');
  });

  it('36.0 is not low; a run still low at the last reading ends there (no extrapolation)', () => {
    const s = summarizeTemperature(
      'continuous',
      series([
        ['09:00', 36.0],
        ['09:05', 35.9],
        ['09:34', 35.7],
      ]),
      open,
    );
    expect(s).toMatchObject({ longestLowRunMinutes: 29 });
    expect(hypothermia(s)).toBe('no');
  });

  it('a single low reading lasts only until the next reading', () => {
    const s = summarizeTemperature(
      'continuous',
      series([
        ['09:00', 35.0],
        ['09:40', 36.5],
      ]),
      open,
    );
    expect(hypothermia(s)).toBe('yes');
    const alone = summarizeTemperature('continuous', series([['09:00', 35.0]]), open);
    expect(hypothermia(alone)).toBe('no');
  });
});

describe('intermittent mode (D09: two adjacent low readings ≥ 30 min apart)', () => {
  it('the history-import example EP1: 09:20 35.9 and 09:50 35.8 are hypothermia', () => {
    const s = summarizeTemperature(
      'intermittent',
      series([
        ['08:20', 36.4],
        ['09:20', 35.9],
        ['09:50', 35.8],
        ['10:50', 36.1],
      ]),
      open,
    );
    expect(s).toEqual({ mode: 'intermittent', readings: 4, longestLowPairGapMinutes: 30 });
    expect(hypothermia(s)).toBe('yes');
  });

  it('29 min apart is not; nor a run of lows whose adjacent gaps are all under 30 min', () => {
    expect(
      hypothermia(
        summarizeTemperature(
          'intermittent',
          series([
            ['09:00', 35.9],
            ['09:29', 35.9],
          ]),
          open,
        ),
      ),
    ).toBe('no');
    const run = series([
      ['09:00', 35.9],
      ['09:20', 35.8],
      ['09:40', 35.7],
      ['10:00', 35.6],
    ]);
    expect(hypothermia(summarizeTemperature('intermittent', run, open))).toBe('no');
  });

  it('a low reading, a normal one, then a low one 30 min later is not a pair', () => {
    const s = series([
      ['09:00', 35.9],
      ['09:15', 36.2],
      ['09:30', 35.9],
    ]);
    expect(hypothermia(summarizeTemperature('intermittent', s, open))).toBe('no');
  });
});

describe('window (D10)', () => {
  const times = {
    inRoomAt: at('08:05'),
    outOfRoomAt: at('11:26'),
    pacuInAt: at('11:30'),
    pacuOutAt: at('13:00'),
  };

  it('runs from room entry to PACU exit when the patient went through PACU, else to room exit', () => {
    expect(temperatureWindow(times)).toEqual({ from: at('08:05'), to: at('13:00') });
    expect(temperatureWindow({ ...times, pacuInAt: null, pacuOutAt: null })).toEqual({
      from: at('08:05'),
      to: at('11:26'),
    });
    expect(temperatureWindow({ ...times, pacuOutAt: null }).to).toBeNull();
  });

  it('ignores ward readings before entry and after PACU exit; PACU readings count', () => {
    const w = temperatureWindow(times);
    const ward = series([
      ['07:00', 35.0],
      ['07:40', 35.0],
      ['08:10', 36.5],
    ]);
    expect(hypothermia(summarizeTemperature('intermittent', ward, w))).toBe('no');
    const pacu = series([
      ['12:00', 35.8],
      ['12:30', 35.7],
    ]);
    expect(hypothermia(summarizeTemperature('intermittent', pacu, w))).toBe('yes');
    const after = series([
      ['13:00', 35.8],
      ['13:30', 35.7],
    ]);
    expect(summarizeTemperature('intermittent', after, w)).toMatchObject({ readings: 1 });
  });

  it('a mode without readings is monitored but hypothermia unknown; no summary is unknown', () => {
    expect(hypothermia(summarizeTemperature('continuous', [], open))).toBe('unknown');
    expect(hypothermia(summarizeTemperature('none', [], open))).toBe('unknown');
    expect(hypothermia(null)).toBe('unknown');
  });
});
