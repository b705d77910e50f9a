// The early-warning response report: per ward and alert type over a time range.
import { useQuery } from '@tanstack/react-query';
import type { ResponseReport } from '../../api/monitoring';
import { api, query } from '../shared/api';

export const ewsReportKeys = { range: (from: string, to: string) => ['ews-report', from, to] };

/** `from` and `to`: ISO instants. */
export const useEwsReport = (from: string, to: string) =>
  useQuery({
    queryKey: ewsReportKeys.range(from, to),
    queryFn: () => api.get<ResponseReport>(`/api/v1/reports/ews-response${query({ from, to })}`),
  });
