// A 是/否 (or 0–3 points) answer that the keyboard fills: one Tab stop for the whole choice, then
// Y/1 = 是 and N/2 = 否 (0–3 for points), ←/→ to move, Backspace or Delete to clear. The mouse works
// as on any button group; clicking the chosen answer again leaves it chosen.
import { Button } from 'antd';
import { type KeyboardEvent, useState } from 'react';

export type ChoiceOption<V> = { value: V; label: string; keys: readonly string[] };

export function ChoiceInput<V extends boolean | number>({
  options,
  value,
  onChange,
  label,
  testId,
}: {
  options: readonly ChoiceOption<V>[];
  value: V | null;
  onChange: (v: V | null) => void;
  label: string;
  testId: string;
}) {
  const [focused, setFocused] = useState(false);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    const hit = options.find((o) => o.keys.includes(key));
    const at = options.findIndex((o) => o.value === value);
    let next: V | null | undefined;
    if (hit) next = hit.value;
    else if (key === 'backspace' || key === 'delete') next = null;
    else if (key === 'arrowright' || key === 'arrowdown')
      next = options[Math.min(at + 1, options.length - 1)]!.value;
    else if (key === 'arrowleft' || key === 'arrowup') next = options[Math.max(at - 1, 0)]!.value;
    if (next === undefined) return;
    e.preventDefault();
    onChange(next);
  };
  return (
    <div
      role="radiogroup"
      tabIndex={0}
      aria-label={label}
      data-testid={testId}
      data-visit-choice
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      style={{
        display: 'inline-flex',
        borderRadius: 6,
        outline: focused ? '2px solid #1677ff' : 'none',
        outlineOffset: 1,
      }}
    >
      {options.map((o, k) => {
        const chosen = value === o.value;
        return (
          <Button
            key={String(o.value)}
            size="small"
            tabIndex={-1}
            role="radio"
            aria-checked={chosen}
            type={chosen ? 'primary' : 'default'}
            onClick={() => onChange(o.value)}
            style={{
              borderRadius: k === 0 ? '6px 0 0 6px' : k === options.length - 1 ? '0 6px 6px 0' : 0,
              marginLeft: k === 0 ? 0 : -1,
              minWidth: 32,
            }}
          >
            {o.label}
          </Button>
        );
      })}
    </div>
  );
}
