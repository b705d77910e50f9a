/** The calendar date (YYYY-MM-DD) of an instant in the site's time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** A time as the site's clock shows it (HH:mm, with the date when it is not today's). */
export function siteTime(at: number, timeZone: string, now: Date): string {
  const day = (d: Date) => localDate(d, timeZone);
  const time = new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return day(new Date(at)) === day(now) ? time : `${day(new Date(at))} ${time}`;
}
