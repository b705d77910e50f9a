// The time an entry happened, typed quickly: "1005" or "10:05" is today's 10:05 — yesterday's when
// today's is still to come, or the day that puts it within the case's span (time-of-day.ts). Left empty,
// it is the moment the entry is recorded. A day other than today's is said beside it.
import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import {
  daysBefore,
  formatTimeOfDay,
  TIME_OF_DAY_MESSAGES,
  type TimeSpan,
  typedTime,
} from '../../domain/common/time-of-day';
import { useI18n } from './i18n';

/** A time typed: an instant (ms), `null` for now, `'invalid'` while what is typed is not a time. */
export type TimeValue = number | null | 'invalid';

/** The instant a time value stands for when the entry is recorded (`null`: now). */
export const timeOrNow = (v: TimeValue, now: number = Date.now()): number =>
  typeof v === 'number' ? v : now;

export function TimeOfDayInput({
  value,
  onChange,
  span,
  id,
  testId,
  size = 'small',
  width = 120,
  autoFocus,
}: {
  value: TimeValue;
  onChange: (value: TimeValue) => void;
  /** The case's time in the room, to place a typed time on the day it falls within. */
  span?: TimeSpan;
  id?: string;
  testId?: string;
  size?: 'small' | 'middle' | 'large';
  width?: number;
  autoFocus?: boolean;
}) {
  const { locale } = useI18n();
  const words = (k: keyof typeof TIME_OF_DAY_MESSAGES) => TIME_OF_DAY_MESSAGES[k][locale];
  const [text, setText] = useState(() => (typeof value === 'number' ? formatTimeOfDay(value) : ''));
  // What this input last said: a different value comes from outside (a dialog opened on an entry).
  const said = useRef<TimeValue>(value);
  useEffect(() => {
    if (value === said.current) return;
    said.current = value;
    if (value !== 'invalid') setText(typeof value === 'number' ? formatTimeOfDay(value) : '');
  }, [value]);

  const change = (s: string) => {
    setText(s);
    const next: TimeValue = s.trim() === '' ? null : (typedTime(s, Date.now(), span) ?? 'invalid');
    said.current = next;
    onChange(next);
  };
  const days = typeof value === 'number' ? daysBefore(value, Date.now()) : 0;
  const day = days === 1 ? words('yesterday') : days > 1 ? words('daysAgo').replace('{n}', String(days)) : '';
  return (
    <Input
      id={id}
      size={size}
      style={{ width }}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      autoFocus={autoFocus}
      maxLength={5}
      placeholder={words('now')}
      title={value === 'invalid' ? words('invalid') : words('hint')}
      status={value === 'invalid' ? 'error' : undefined}
      onChange={(e) => change(e.target.value)}
      // Always a suffix: adding one later would mount a new input under the typing hand.
      suffix={
        <span style={{ fontSize: 11, color: value === 'invalid' ? '#ff4d4f' : '#8c8c8c' }}>
          {value === 'invalid' ? '?' : day}
        </span>
      }
      data-testid={testId}
    />
  );
}
