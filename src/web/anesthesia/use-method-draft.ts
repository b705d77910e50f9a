// The method panel's draft, kept across reloads of the record: while it is untouched it follows the
// record (someone else saved, or this page did); once edited it stays until saved.
import { useEffect, useRef, useState } from 'react';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import { useI18n } from '../shared/i18n';
import { initialDraft, type MethodDraft, sameDraft } from './record-method';

export function useMethodDraft(rec: AnesthesiaRecord): [MethodDraft, (d: MethodDraft) => void] {
  const { locale } = useI18n();
  const [draft, setDraft] = useState(() => initialDraft(rec, locale));
  const base = useRef(initialDraft(rec, locale));
  const version = rec.record.version;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the record is the trigger
  useEffect(() => {
    const next = initialDraft(rec, locale);
    if (sameDraft(draft, base.current)) setDraft(next);
    base.current = next;
  }, [version]);
  return [draft, setDraft];
}
