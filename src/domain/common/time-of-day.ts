// A time of day typed quickly, as the record is written after the fact: "1005", "10:05", "10.05",
// "9:5", "905" or "10" — then placed on the day it most plausibly means: within the case's span when
// one of the last days puts it there, else the latest such time that is not in the future (typed at
// 00:10, "2350" is yesterday's). Local time: the browser's, as every time on screen is shown.
import type { LocalText } from './field-messages';

export type TimeOfDay = { hours: number; minutes: number };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A tablet's clock may run a little ahead of the server's (record-time.ts allows the same). */
const CLOCK_TOLERANCE_MS = MINUTE;
/** How many days back a typed time may land: a case documented the morning after. */
const DAYS_BACK = 2;

/** Hours and minutes from what was typed; null when it is not a time of day. */
export function parseTimeOfDay(text: string): TimeOfDay | null {
  const s = text.trim().replace(/[：:.．,，\s]+/g, ':');
  const m = /^(\d{1,2}):(\d{1,2})$/.exec(s) ?? /^(\d{1,2})(\d{2})$/.exec(s) ?? /^(\d{1,2})$/.exec(s);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}

/** The same time of day `daysBack` days before `now`'s local date. */
function onDay(t: TimeOfDay, now: number, daysBack: number): number {
  const d = new Date(now);
  d.setDate(d.getDate() - daysBack);
  d.setHours(t.hours, t.minutes, 0, 0);
  return d.getTime();
}

export type TimeSpan = { from: number | null; to: number | null };

/**
 * The instant a typed time of day means: today's, yesterday's or the day before's — the latest of them
 * within `span` (the case in its room: 入室 to 出室, or to now) if any is, else the latest not in the future.
 */
export function placeTimeOfDay(t: TimeOfDay, now: number, span?: TimeSpan): number {
  const candidates = Array.from({ length: DAYS_BACK + 1 }, (_, i) => onDay(t, now, i)).filter(
    (at) => at <= now + CLOCK_TOLERANCE_MS,
  );
  const from = span?.from ?? null;
  const to = span?.to ?? now + CLOCK_TOLERANCE_MS;
  const within = from === null ? [] : candidates.filter((at) => at >= from && at <= to);
  return within[0] ?? candidates[0] ?? onDay(t, now, 1);
}

/** Typed text to an instant, or null when it is not a time of day. */
export function typedTime(text: string, now: number, span?: TimeSpan): number | null {
  const t = parseTimeOfDay(text);
  return t ? placeTimeOfDay(t, now, span) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "HH:mm" in local time. */
export const formatTimeOfDay = (at: number): string => {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** How many local days before `now`'s date `at` falls (0 today, 1 yesterday). */
export function daysBefore(at: number, now: number): number {
  const day = (ms: number) => {
    const d = new Date(ms);
    d.setHours(12, 0, 0, 0);
    return d.getTime();
  };
  return Math.round((day(now) - day(at)) / DAY);
}

/** The words of a time-of-day input, wherever it is used. */
export const TIME_OF_DAY_MESSAGES = {
  now: { 'zh-CN': '现在', 'en-US': 'Now' },
  hint: { 'zh-CN': '如 1005 或 10:05，留空为现在', 'en-US': 'e.g. 1005 or 10:05; empty for now' },
  invalid: { 'zh-CN': '时间格式：如 1005 或 10:05', 'en-US': 'Time: e.g. 1005 or 10:05' },
  yesterday: { 'zh-CN': '昨天', 'en-US': 'yesterday' },
  daysAgo: { 'zh-CN': '{n} 天前', 'en-US': '{n} days ago' },
} as const satisfies Record<string, LocalText>;
