// A case's bedside observation sets: the case they belong to, the recent sets, a set entered (scored by
// the server with the same NEWS2 the page shows live), corrected or voided with a reason, the bedside
// monitor's latest vitals to prefill it, and the doctor's scale-2 order.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BedsideVitals,
  ObservationSetCorrected,
  ObservationSetEdit,
  ObservationSetInput,
  ObservationSetList,
  ObservationSetSaved,
  ObservationSetVoid,
  Scale2Order,
  Scale2OrderInput,
} from '../../api/monitoring';
import { api } from '../shared/api';
import { caseKey, caseUrl } from '../shared/case.resource';

const setsUrl = (caseId: string) => `${caseUrl(caseId)}/observation-sets`;

export const observationSetKeys = {
  case: caseKey,
  sets: (caseId: string) => ['sets', caseId],
};

export const useObservationSets = (caseId: string) =>
  useQuery({
    queryKey: observationSetKeys.sets(caseId),
    queryFn: () => api.get<ObservationSetList>(setsUrl(caseId)),
  });

export function useSaveObservationSet(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ObservationSetInput) => api.post<ObservationSetSaved>(setsUrl(caseId), body),
    onSuccess: () => client.invalidateQueries({ queryKey: observationSetKeys.sets(caseId) }),
  });
}

type Correction =
  | { action: 'edit'; setId: string; body: ObservationSetEdit }
  | { action: 'void'; setId: string; body: ObservationSetVoid };

/** A set corrected or voided; the list reloads either way (a stale version shows the latest). */
export function useCorrectObservationSet(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (c: Correction) =>
      c.action === 'edit'
        ? api.put<ObservationSetCorrected>(`${setsUrl(caseId)}/${c.setId}`, c.body)
        : api.post<ObservationSetCorrected>(`${setsUrl(caseId)}/${c.setId}/void`, c.body),
    onSettled: () => client.invalidateQueries({ queryKey: observationSetKeys.sets(caseId) }),
  });
}

export const fetchBedsideVitals = (caseId: string) =>
  api.get<BedsideVitals>(`${caseUrl(caseId)}/bedside-vitals`);

export const useScale2Order = (caseId: string) =>
  useMutation({
    mutationFn: (body: Scale2OrderInput) => api.post<Scale2Order>(`${caseUrl(caseId)}/scale2-order`, body),
  });
