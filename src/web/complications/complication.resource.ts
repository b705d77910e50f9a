// A case's complications: the registry's list (suggested by the detection rules, confirmed with a
// Clavien–Dindo grade, or dismissed), kept live as rules suggest more; a suggestion decided; and the
// creatinine result whose rise the rules read for AKI (recorded through monitoring's lab route).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Complication, ComplicationList, decisionInput } from '../../api/complications';
import type { LabInput, LabSaved } from '../../api/monitoring';
import { api } from '../shared/api';
import { useLiveTopic } from '../shared/realtime';

/** A decision as sent (the server defaults what is left out). */
export type DecisionRequest = z.input<typeof decisionInput>;

export const complicationKeys = { list: (caseId: string) => ['complications', caseId] };

/** Reloaded when a rule suggests one (a lab, an observation set or an assessment may). */
export function useComplications(caseId: string) {
  const key = complicationKeys.list(caseId);
  const list = useQuery({
    queryKey: key,
    queryFn: () => api.get<ComplicationList>(`/api/v1/cases/${caseId}/complications`),
  });
  useLiveTopic(`case:${caseId}`, [key], (event) => (event.type === 'complication.suggested' ? [key] : []));
  return list;
}

export function useDecideComplication(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DecisionRequest }) =>
      api.post<Complication>(`/api/v1/complications/${id}/decision`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: complicationKeys.list(caseId) }),
  });
}

export function useAddLab(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LabInput) => api.post<LabSaved>(`/api/v1/cases/${caseId}/labs`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: complicationKeys.list(caseId) }),
  });
}
