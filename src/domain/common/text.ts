// Free text: any printable Unicode (Chinese and English punctuation, quotes, emoji) is accepted as
// typed; safety is in parameterised SQL and output encoding, not in refusing characters. Control
// characters and lone surrogates are refused because they are not text (PostgreSQL cannot store NUL
// or an unpaired surrogate, and a single-line field holds no line break).
import { z } from 'zod';

/** Control characters except tab, LF and CR (NUL, the rest of C0, DEL, C1); unpaired UTF-16 surrogates. Refused in every string a client sends. */
export const NON_TEXT = /[^\P{Cc}\t\n\r]|\p{Cs}/u;
/** Any control character (C0, C1, tab and line breaks included) or unpaired surrogate. */
const NOT_SINGLE_LINE = /\p{Cc}|\p{Cs}/u;

/** A name, code or short text on one line, trimmed and required. */
export const singleLineText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !NOT_SINGLE_LINE.test(s), { message: 'text.control_characters' });

export const optionalSingleLineText = (max: number) => singleLineText(max).nullable().optional();

/** A note or reason that may span lines (tab, LF, CR allowed), trimmed and required. */
export const multiLineText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !NOT_SINGLE_LINE.test(s.replace(/[\t\n\r]/g, '')), { message: 'text.control_characters' });

/**
 * The paths (dotted, below `prefix`) of every string or key in a parsed JSON value, query or path
 * parameter that holds a character no text may hold; at most `limit` of them.
 */
export function nonTextPaths(value: unknown, prefix: string[] = [], limit = 20): string[] {
  type Node = { key: string; parent: Node | null };
  const pathOf = (node: Node | null): string => {
    const keys: string[] = [];
    for (let n = node; n; n = n.parent) keys.push(n.key);
    return [...prefix, ...keys.reverse()].join('.');
  };
  const found: string[] = [];
  // An explicit stack with parent links, not recursion: a client may nest arrays thousands deep.
  const stack: { v: unknown; at: Node | null }[] = [{ v: value, at: null }];
  while (stack.length > 0 && found.length < limit) {
    const { v, at } = stack.pop()!;
    if (typeof v === 'string') {
      if (NON_TEXT.test(v)) found.push(pathOf(at));
    } else if (v && typeof v === 'object') {
      const entries = Array.isArray(v) ? v.map((item, i) => [String(i), item] as const) : Object.entries(v);
      for (const [key, item] of entries.reverse()) {
        if (NON_TEXT.test(key)) found.push(pathOf({ key: escapeNonText(key), parent: at }));
        else stack.push({ v: item, at: { key, parent: at } });
      }
    }
  }
  return found;
}

/** A key as it can be shown: each non-text character written as its \uXXXX escape. */
const escapeNonText = (s: string): string =>
  s.replace(/[^\P{Cc}\t\n\r]|\p{Cs}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
