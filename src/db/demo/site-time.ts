// Site-local time for the demo: local midnight, a time of day on a local day, the local date.
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

// Building a formatter costs far more than using one: one per time zone, kept.
const formatters = new Map<string, { parts: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();
function formattersOf(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = {
      parts: new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
      date: new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
    };
    formatters.set(timeZone, f);
  }
  return f;
}

/** The UTC offset (ms) of a time zone at an instant. */
function zoneOffset(at: Date, timeZone: string): number {
  const parts = formattersOf(timeZone).parts.formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of local midnight starting the day that contains `at`. */
export function localDayStart(at: Date, timeZone: string): Date {
  const offset = zoneOffset(at, timeZone);
  const local = at.getTime() + offset;
  return new Date(local - (((local % DAY) + DAY) % DAY) - offset);
}

/** Local midnight `days` days after the day starting at `day` (any time zone, DST included). */
export const addDays = (day: Date, days: number, timeZone: string): Date =>
  localDayStart(new Date(day.getTime() + days * DAY + 12 * HOUR), timeZone);

/** The instant `minutes` after local midnight `day` (the demo's days have no DST change in working hours). */
export const atMinute = (day: Date, minutes: number): Date => new Date(day.getTime() + minutes * MINUTE);

/** Minutes since local midnight `day`. */
export const minuteOf = (day: Date, at: Date): number => (at.getTime() - day.getTime()) / MINUTE;

/** The calendar date (YYYY-MM-DD) of an instant in the time zone. */
export const localDate = (at: Date, timeZone: string): string => formattersOf(timeZone).date.format(at);
