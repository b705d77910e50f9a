// A date picker filled from the keyboard: its calendar opens for the mouse, not for typing, so the
// digits typed fill the mask ("20261119") with the calendar closed — a calendar opening under a
// resting mouse pointer would show its hovered day in place of what is being typed. What was typed
// is taken when the field is left, by Tab or by a click elsewhere alike.

import dayjs from 'dayjs';
import type { FocusEvent } from 'react';
import { useState } from 'react';

/** `format` is the mask's ("YYYY-MM-DD" or "YYYY-MM-DD HH:mm"); `take` gets each complete, real date typed. */
export function usePickerKeyboard(
  format: string,
  current: string | null,
  take: (typed: dayjs.Dayjs) => void,
) {
  const [open, setOpen] = useState(false);
  return {
    open,
    onOpenChange: (next: boolean) => {
      if (!next) setOpen(false);
    },
    onMouseDown: () => setOpen(true),
    onBlur: (e: FocusEvent<HTMLElement>) => {
      const text = e.target instanceof HTMLInputElement ? e.target.value : '';
      const typed = dayjs(text.replace(' ', 'T'));
      // A real date only: "2026-02-30" would roll over to March, so it must print back as typed.
      if (!typed.isValid() || typed.format(format) !== text) return;
      if (current && dayjs(current).format(format) === text) return;
      take(typed);
    },
  };
}
