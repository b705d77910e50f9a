// The surgical case every capability's page shows (the registry serves it): one URL, one query key,
// so one cache entry per case whichever page reads or reloads it.
import { useQuery } from '@tanstack/react-query';
import type { CaseDetail } from '../../api/registry';
import { api } from './api';
import { useLiveTopic } from './realtime';

export const caseKey = (id: string) => ['case', id] as const;
export const caseUrl = (id: string) => `/api/v1/cases/${id}`;

export const useCase = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: caseKey(id),
    queryFn: () => api.get<CaseDetail>(caseUrl(id)),
    enabled: options.enabled,
  });

/** Reloads the case whenever it changes (a transition, an edit, a signed visit). */
export const useLiveCase = (id: string) => useLiveTopic(`case:${id}`, [[...caseKey(id)]]);
