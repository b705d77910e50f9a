import dayjs from 'dayjs';

export const fmtDateTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
export const fmtTime = (iso: string | null | undefined): string => (iso ? dayjs(iso).format('HH:mm') : '—');
export const ageOn = (birthDate: string, on: Date = new Date()): number =>
  dayjs(on).diff(dayjs(birthDate), 'year');
export const todayLocal = (): string => dayjs().format('YYYY-MM-DD');
