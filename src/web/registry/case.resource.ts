// Surgical cases: the OR board of a day, one case with its events, scheduling and status changes.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Board, BoardFilter, Case, TransitionInput } from '../../api/registry';
import type { CaseInput } from '../../domain/registry/schemas';
import { api } from '../shared/api';
import { caseKey, caseUrl } from '../shared/case.resource';
import { useLiveTopic } from '../shared/realtime';
import { boardSearch } from './board-query';

export const caseKeys = {
  detail: caseKey,
  board: (date: string) => ['board', date] as const,
  filteredBoard: (date: string, filter: BoardFilter) => ['board', date, filter] as const,
};

/** The day's cases (YYYY-MM-DD) the filters keep, kept live; the last answer shows while the next loads. */
export function useBoard(date: string, filter: BoardFilter = {}) {
  const board = useQuery({
    queryKey: caseKeys.filteredBoard(date, filter),
    queryFn: () => api.get<Board>(`/api/v1/cases?${boardSearch(date, filter)}`),
    placeholderData: keepPreviousData,
  });
  // Any change of the day refetches every filtered view of it (the key is a prefix of theirs).
  useLiveTopic(`board:${date}`, [[...caseKeys.board(date)]]);
  return board;
}

/** The printed day's schedule (PDF) and its Excel export, with the board's filters. */
export const scheduleUrls = {
  pdf: (date: string, filter: BoardFilter) => `/api/v1/cases/schedule/pdf?${boardSearch(date, filter)}`,
  xlsx: (date: string, filter: BoardFilter) => `/api/v1/cases/schedule/xlsx?${boardSearch(date, filter)}`,
};

/** One case's 手术通知单 (PDF, A5 unless A4 is asked for). */
export const noticeUrl = (caseId: string, size: 'A5' | 'A4' = 'A5') =>
  `${caseUrl(caseId)}/notice/pdf${size === 'A5' ? '' : `?size=${size}`}`;

/** Schedules a case (no id) or changes one over the version read. */
export function useSaveCase(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: CaseInput; version: number | null }) =>
      id ? api.put<Case>(caseUrl(id), { ...body, version }) : api.post<Case>('/api/v1/cases', body),
    onSuccess: (saved) => client.invalidateQueries({ queryKey: caseKeys.detail(saved.id) }),
  });
}

/** Moves a case to its next status; the case is reloaded either way (a refusal may mean it moved on). */
export function useTransitionCase(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionInput) => api.post(`${caseUrl(id)}/transitions`, body),
    onSettled: () => client.invalidateQueries({ queryKey: caseKeys.detail(id) }),
  });
}
