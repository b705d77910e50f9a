// Quality control's data: the indicators of a period and their 12-month trend, the cases behind one term,
// the department KPIs, an imported episode, and the year's staffing (read and saved).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EpisodeResponse,
  IndicatorCasesResponse,
  IndicatorsResponse,
  KpisResponse,
  StaffingInput,
  StaffingResponse,
  TrendResponse,
} from '../../api/quality';
import type { Term } from '../../domain/quality/compute';
import { api, query } from '../shared/api';
import { reportMonth } from './period';
import { apiParams, type QualityFilter } from './quality-search';

/** A period's figures are recomputed from stored outcome rows; they change with imports, not by the second. */
const FIGURES_STALE_MS = 60_000;

export const qualityKeys = {
  all: ['quality'] as const,
  indicators: (f: QualityFilter) => ['quality', 'indicators', apiParams(f)] as const,
  trend: (f: QualityFilter) => ['quality', 'trend', f.edition, reportMonth(f.period), f.wards] as const,
  cases: (f: QualityFilter, code: string, term: Term) =>
    ['quality', 'cases', code, term, apiParams(f)] as const,
  kpis: (f: QualityFilter) => ['quality', 'kpis', f.period.from, f.period.to, f.wards] as const,
  episode: (id: string) => ['quality', 'episode', id] as const,
  staffing: (year: number) => ['quality', 'staffing', year] as const,
};

export const useIndicators = (f: QualityFilter) =>
  useQuery({
    queryKey: qualityKeys.indicators(f),
    queryFn: () => api.get<IndicatorsResponse>(`/api/v1/quality/indicators${query(apiParams(f))}`),
    staleTime: FIGURES_STALE_MS,
    placeholderData: keepPreviousData,
  });

export const useTrend = (f: QualityFilter) =>
  useQuery({
    queryKey: qualityKeys.trend(f),
    queryFn: () =>
      api.get<TrendResponse>(
        `/api/v1/quality/indicators/trend${query({ edition: f.edition, month: reportMonth(f.period), wards: apiParams(f).wards })}`,
      ),
    staleTime: FIGURES_STALE_MS,
  });

export const useIndicatorCases = (f: QualityFilter, code: string, term: Term) =>
  useQuery({
    queryKey: qualityKeys.cases(f, code, term),
    queryFn: () =>
      api.get<IndicatorCasesResponse>(
        `/api/v1/quality/indicators/${encodeURIComponent(code)}/cases${query({ ...apiParams(f), term })}`,
      ),
    staleTime: FIGURES_STALE_MS,
  });

export const useKpis = (f: QualityFilter) =>
  useQuery({
    queryKey: qualityKeys.kpis(f),
    queryFn: () =>
      api.get<KpisResponse>(
        `/api/v1/quality/kpis${query({ from: f.period.from, to: f.period.to, wards: apiParams(f).wards })}`,
      ),
    staleTime: FIGURES_STALE_MS,
    placeholderData: keepPreviousData,
  });

export const useEpisode = (id: string) =>
  useQuery({
    queryKey: qualityKeys.episode(id),
    queryFn: () => api.get<EpisodeResponse>(`/api/v1/quality/episodes/${encodeURIComponent(id)}`),
  });

export const useStaffing = (year: number) =>
  useQuery({
    queryKey: qualityKeys.staffing(year),
    queryFn: () => api.get<StaffingResponse>(`/api/v1/quality/staffing/${year}`),
  });

/** Saves a year's head-counts; the staffing indicators of every period change with them. */
export function useSaveStaffing(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffingInput) => api.put<StaffingResponse>(`/api/v1/quality/staffing/${year}`, body),
    onSuccess: (saved) => {
      client.setQueryData(qualityKeys.staffing(year), saved);
      void client.invalidateQueries({ queryKey: ['quality', 'indicators'] });
      void client.invalidateQueries({ queryKey: ['quality', 'trend'] });
    },
  });
}
