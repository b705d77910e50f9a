// The audit log, filtered by patient, user and time, 50 entries at a time.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditPage } from '../../api/platform';
import { api, query } from '../shared/api';

const PAGE_SIZE = 50;

export type AuditFilters = { patientId?: string; username?: string; from?: string; to?: string };

export const auditKeys = { log: (filters: AuditFilters) => ['audit', filters] as const };

export const useAuditLog = (filters: AuditFilters) =>
  useInfiniteQuery({
    queryKey: auditKeys.log(filters),
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(`/api/v1/audit${query({ ...filters, cursor: pageParam, limit: PAGE_SIZE })}`),
    getNextPageParam: (last) => last.nextCursor,
  });
