// The visit form from the keyboard. Tab and Shift+Tab go from answer to answer: every input, every
// 是/否 choice (ChoiceInput) and the buttons marked as stops ("其余均否", "添加…"), skipping the little
// clear buttons of choices and dates. Enter never saves or submits anything: in a text or number box,
// a date or a 是/否 choice it moves on as Tab does; in a choice box (select) it keeps its own meaning,
// picking the option; on a button it presses it. (The shared enterMovesOn knows inputs only.)
import type { KeyboardEvent } from 'react';

const STOPS =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), [data-visit-choice], [data-visit-stop]:not([disabled])';

/** The stop the focus is on (a button inside a choice counts as its choice), or null. */
const stopOf = (el: HTMLElement): HTMLElement | null => el.closest<HTMLElement>(STOPS);

function move(form: HTMLFormElement, from: HTMLElement, step: 1 | -1): boolean {
  const stops = [...form.querySelectorAll<HTMLElement>(STOPS)].filter(
    (f) => (f.tabIndex >= 0 || f.hasAttribute('data-visit-stop')) && f.getClientRects().length > 0,
  );
  const next = stops[stops.indexOf(from) + step];
  if (!next) return false;
  next.focus();
  return true;
}

/** The visit form's onKeyDown. */
export function visitKeys(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.nativeEvent.isComposing || e.ctrlKey || e.altKey || e.metaKey) return;
  const from = stopOf(e.target as HTMLElement);
  if (!from) return;
  if (e.key === 'Tab') {
    if (move(e.currentTarget, from, e.shiftKey ? -1 : 1)) e.preventDefault();
    return;
  }
  if (e.key !== 'Enter' || e.shiftKey) return;
  if (from instanceof HTMLButtonElement) return;
  e.preventDefault();
  if (from.getAttribute('role') === 'combobox') return;
  move(e.currentTarget, from, 1);
}
