// Surgical cases: the OR board of a day, one case with its events, scheduling and status changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Board, Case, TransitionInput } from '../../api/registry';
import type { CaseInput } from '../../domain/registry/schemas';
import { api } from '../shared/api';
import { caseKey, caseUrl } from '../shared/case.resource';
import { useLiveTopic } from '../shared/realtime';

export const caseKeys = {
  detail: caseKey,
  board: (date: string) => ['board', date] as const,
};

/** The day's cases (YYYY-MM-DD), kept live. */
export function useBoard(date: string) {
  const board = useQuery({
    queryKey: caseKeys.board(date),
    queryFn: () => api.get<Board>(`/api/v1/cases?date=${date}`),
  });
  useLiveTopic(`board:${date}`, [[...caseKeys.board(date)]]);
  return board;
}

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
