import { pinyin } from 'pinyin-pro';

/** Pinyin initials and full pinyin of a Chinese name, lower-case, surnames read as surnames (单 → shan). */
export function namePinyin(name: string): { initials: string; full: string } {
  const opts = { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' } as const;
  const initials = pinyin(name, { ...opts, pattern: 'first' }).join('');
  const full = pinyin(name, opts).join('');
  return {
    initials: initials.toLowerCase().replace(/\s+/g, ''),
    full: full.toLowerCase().replace(/\s+/g, ''),
  };
}

/**
 * Pinyin initials of a term (a diagnosis or procedure name), lower-case, read as words rather than as
 * a surname (重症肌无力 → zzjwl); Latin letters and digits are kept whole (CT引导下… → ctydx…).
 */
export function termInitials(term: string): string {
  return pinyin(term, { toneType: 'none', type: 'array', pattern: 'first', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type PatientQuery =
  | { kind: 'recent' }
  | { kind: 'digits'; value: string }
  | { kind: 'latin'; value: string }
  | { kind: 'name'; value: string };

/** Classifies a search box entry: digits (MRN or phone tail), latin letters (pinyin or MRN), or a name. */
export function classifyPatientQuery(raw: string | undefined): PatientQuery {
  const q = (raw ?? '').trim();
  if (!q) return { kind: 'recent' };
  if (/^\d+$/.test(q)) return { kind: 'digits', value: q };
  if (/^[A-Za-z][A-Za-z0-9-]*$/.test(q)) return { kind: 'latin', value: q };
  return { kind: 'name', value: q };
}
