// Summarises a core-temperature series over the AQI-IHT-10 window for the case facts.
// Readings: qc-indicator-readings.md D08 (continuous, sample-and-hold), D09 (intermittent, adjacent pair),
// D10 (window in_room → pacu_out / out_of_room, both inclusive; strict < 36.0 ℃).
import type { Instant, TemperatureSummary } from './facts';
import { MINUTE_MS } from './facts';

export type TemperatureReading = { at: Instant; celsius: number };

/** AQI-IHT-10: core temperature < 36 ℃ (china-standards.md §1.2 #10). */
export const HYPOTHERMIA_C = 36;
/** AQI-IHT-10: sustained ≥ 30 min / two readings ≥ 30 min apart (china-standards.md §1.2 #10). */
export const HYPOTHERMIA_MINUTES = 30;

export type TemperatureWindow = { from: Instant | null; to: Instant | null };

/** D10: from room entry to PACU exit when the patient went through PACU, else to room exit; open when absent. */
export function temperatureWindow(times: {
  inRoomAt: Instant | null;
  outOfRoomAt: Instant | null;
  pacuInAt: Instant | null;
  pacuOutAt: Instant | null;
}): TemperatureWindow {
  const to = times.pacuInAt !== null ? times.pacuOutAt : times.outOfRoomAt;
  return { from: times.inRoomAt, to };
}

export function summarizeTemperature(
  mode: 'continuous' | 'intermittent' | 'none',
  series: readonly TemperatureReading[],
  window: TemperatureWindow,
): TemperatureSummary {
  if (mode === 'none') return { mode: 'none' };
  const inWindow = series
    .filter((r) => (window.from === null || r.at >= window.from) && (window.to === null || r.at <= window.to))
    .sort((a, b) => a.at - b.at);
  const low = (r: TemperatureReading) => r.celsius < HYPOTHERMIA_C;
  let longest = 0;
  if (mode === 'continuous') {
    // D08: a run starts at its first low reading and ends at the first later reading ≥ 36.0, or at the last
    // reading when still low; nothing is extrapolated beyond the record.
    let runStart: Instant | null = null;
    for (const r of inWindow) {
      if (low(r)) {
        if (runStart === null) runStart = r.at;
        longest = Math.max(longest, (r.at - runStart) / MINUTE_MS);
      } else if (runStart !== null) {
        longest = Math.max(longest, (r.at - runStart) / MINUTE_MS);
        runStart = null;
      }
    }
    return { mode, readings: inWindow.length, longestLowRunMinutes: longest };
  }
  // D09: two adjacent readings, both low.
  for (let i = 1; i < inWindow.length; i++) {
    const a = inWindow[i - 1]!;
    const b = inWindow[i]!;
    if (low(a) && low(b)) longest = Math.max(longest, (b.at - a.at) / MINUTE_MS);
  }
  return { mode, readings: inWindow.length, longestLowPairGapMinutes: longest };
}

/** Hypothermia from a summary: unknown without a mode or without readings (D10). */
export function hypothermia(t: TemperatureSummary | null): 'yes' | 'no' | 'unknown' {
  if (t === null) return 'unknown';
  if (t.mode === 'none' || t.readings === 0) return 'unknown';
  const minutes = t.mode === 'continuous' ? t.longestLowRunMinutes : t.longestLowPairGapMinutes;
  return minutes >= HYPOTHERMIA_MINUTES ? 'yes' : 'no';
}
