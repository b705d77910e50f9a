// Enter in a multi-field form never saves it (only its save button does): in a text box it moves to the
// next field; in a choice box (select, tags) it keeps its own meaning — pick the option, add the tag.
import type { KeyboardEvent } from 'react';

const FIELDS = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled])';

/** The form's onKeyDown. */
export function enterMovesOn(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  const target = e.target;
  if (!(target instanceof HTMLInputElement)) return;
  e.preventDefault();
  if (target.getAttribute('role') === 'combobox') return;
  const fields = [...e.currentTarget.querySelectorAll<HTMLElement>(FIELDS)].filter(
    (f) => f.tabIndex >= 0 && f.getClientRects().length > 0,
  );
  fields[fields.indexOf(target) + 1]?.focus();
}
