// The visit being filled in: what is on screen, saved by itself a moment after each change (one request
// at a time, the latest data always winning the next turn), with the version the server last gave and
// the conflict when someone else saved in between.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Visit } from '../../api/assessment';
import { type VisitData, visitData } from '../../domain/assessment/visit';
import { ApiError } from '../shared/api';
import type { Conflict } from '../shared/ConflictDialog';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import type { SaveState } from './SaveIndicator';
import { useSaveVisitDraft } from './visit.resource';
import { flatten, setIn, type Tree } from './visit-paths';

const AUTOSAVE_MS = 700;

export function useVisitDraft(caseId: string, current: Visit | null, initial: VisitData) {
  const { t } = useI18n();
  const saveDraft = useSaveVisitDraft(caseId).mutateAsync;
  const [data, setData] = useState<VisitData>((current?.data as VisitData) ?? initial);
  const [version, setVersion] = useState<number | null>(current?.version ?? null);
  const [status, setStatus] = useState<Visit['status'] | null>(current?.status ?? null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const versionRef = useRef(version);
  versionRef.current = version;
  const dataRef = useRef(data);
  dataRef.current = data;

  /** Shows a revision the server returned (the cached bundle already has it). */
  const adopt = useCallback((row: Visit) => {
    versionRef.current = row.version;
    setData(row.data as VisitData);
    setVersion(row.version);
    setStatus(row.status);
  }, []);

  /** Saves what is on screen now. */
  const flush = useCallback(async (): Promise<void> => {
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    const parsed = visitData.safeParse(dataRef.current);
    if (!parsed.success) return;
    dirty.current = false;
    setSave({ kind: 'saving' });
    const run = (async () => {
      try {
        const row = await saveDraft({ data: parsed.data, version: versionRef.current });
        // Signing may follow at once, before the next render: the ref must hold the new version now.
        versionRef.current = row.version;
        setVersion(row.version);
        setStatus(row.status);
        setSave({ kind: 'saved', at: row.updatedAt });
      } catch (e) {
        if (e instanceof ApiError && e.status === 409 && e.body.latest) {
          const theirs = e.body.latest as Visit;
          setConflict({
            mine: flatten(dataRef.current as Tree),
            theirs: { ...flatten(theirs.data), version: theirs.version },
          });
          setSave({ kind: 'idle' });
        } else {
          dirty.current = true;
          setSave({ kind: 'error', message: errorMessage(e, t) });
        }
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [saveDraft, t]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each change restarts the autosave delay
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [data, flush]);
  // Nothing typed is lost when the page is left: the pending draft is saved on the way out.
  useEffect(() => () => void flush(), [flush]);

  /** Applies changes (path → value; null clears) in one step. */
  const change = useCallback((changes: [path: string, value: unknown][]) => {
    dirty.current = true;
    setData((d) => {
      // The visit time defaults to the moment the anesthesiologist starts recording.
      const start = (d.visitAt ? d : { ...d, visitAt: new Date().toISOString() }) as Tree;
      return changes.reduce((tree, [path, value]) => setIn(tree, path, value), start) as VisitData;
    });
  }, []);

  /** After a conflict: keep what is on screen and save it over the version just seen. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    setVersion(conflict.theirs.version);
    versionRef.current = conflict.theirs.version;
    setConflict(null);
    dirty.current = true;
    void flush();
  }, [conflict, flush]);

  /** After a conflict: drop what is on screen (the caller loads theirs). */
  const dropMine = useCallback(() => {
    setConflict(null);
    dirty.current = false;
  }, []);

  return {
    data,
    dataRef,
    versionRef,
    status,
    save,
    conflict,
    adopt,
    flush,
    change,
    keepMine,
    dropMine,
  };
}
