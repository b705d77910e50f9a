// The pre-anesthesia visit of a case: its revisions, the draft saved as one types, signing, amending.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Visit, VisitBundle, VisitSave } from '../../api/assessment';
import type { InstrumentOutcome } from '../../domain/assessment/visit';
import { api } from '../shared/api';
import { caseKey } from '../shared/case.resource';

export const visitKeys = { bundle: (caseId: string) => ['visit', caseId] as const };
const visitUrl = (caseId: string) => `/api/v1/cases/${caseId}/visit`;
/** The signed revision as a PDF, opened in a new tab. */
export const visitPdfUrl = (caseId: string) => `${visitUrl(caseId)}/pdf`;

const fetchBundle = (caseId: string) => api.get<VisitBundle>(visitUrl(caseId));

export const useVisit = (caseId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: visitKeys.bundle(caseId),
    queryFn: () => fetchBundle(caseId),
    enabled: options.enabled,
  });

/** Reads the bundle from the server now (after a conflict), into the cache. */
export function useReloadVisit(caseId: string): () => Promise<VisitBundle> {
  const client = useQueryClient();
  return useCallback(
    () => client.fetchQuery({ queryKey: visitKeys.bundle(caseId), queryFn: () => fetchBundle(caseId) }),
    [client, caseId],
  );
}

/** The scores as the server computed them on save, with the same domain code as the browser. */
export const outcomesOf = (visit: Visit): InstrumentOutcome[] => visit.results as InstrumentOutcome[];

/** Puts a saved revision into the cached bundle, so the risk card and the history see it at once. */
const remember = (client: QueryClient, caseId: string, row: Visit) =>
  client.setQueryData<VisitBundle>(visitKeys.bundle(caseId), (old) =>
    old ? { ...old, current: row, revisions: [...old.revisions.filter((r) => r.id !== row.id), row] } : old,
  );

/** Saves the draft over the version read (none before the first save). */
export function useSaveVisitDraft(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitSave) => api.put<Visit>(visitUrl(caseId), body),
    onSuccess: (row) => remember(client, caseId, row),
  });
}

/** Signs the current revision; the case is reloaded, since a signed visit shows on it. */
export function useSignVisit(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number | null) => api.post<Visit>(`${visitUrl(caseId)}/sign`, { version }),
    onSuccess: (row) => {
      remember(client, caseId, row);
      void client.invalidateQueries({ queryKey: caseKey(caseId) });
    },
  });
}

/** Opens a new revision of a signed visit, for the reason given. */
export function useAmendVisit(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.post<Visit>(`${visitUrl(caseId)}/amend`, { reason }),
    onSuccess: (row) => remember(client, caseId, row),
  });
}
