// The coded dictionaries and the staff the case form picks from, and the dictionary's import.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DictionaryImportInput,
  DictionaryImportResult,
  DictionaryPage,
  DictionarySummary,
  StaffList,
  StaffRole,
  StarterInstallResult,
} from '../../api/registry';
import type { DictionaryKind } from '../../domain/registry/code-dictionary';
import { api, query } from '../shared/api';

/** Staff change with the department, not the hour. */
const STAFF_STALE_MS = 300_000;

export const dictionaryKeys = {
  all: ['dictionary'] as const,
  lookup: (kind: DictionaryKind, q: string, limit: number, offset: number) =>
    ['dictionary', kind, q, limit, offset] as const,
  summary: ['dictionary', 'summary'] as const,
  staff: (role: StaffRole) => ['staff', role] as const,
};

/** A page of the entries matching what was typed (a code prefix, pinyin initials or part of a name). */
export const useDictionaryLookup = (kind: DictionaryKind, q: string, limit = 20, offset = 0) =>
  useQuery({
    queryKey: dictionaryKeys.lookup(kind, q, limit, offset),
    queryFn: () => api.get<DictionaryPage>(`/api/v1/dictionary${query({ kind, q, limit, offset })}`),
    placeholderData: keepPreviousData,
  });

export const useDictionarySummary = () =>
  useQuery({
    queryKey: dictionaryKeys.summary,
    queryFn: () => api.get<DictionarySummary>('/api/v1/dictionary/summary'),
  });

/** Active accounts of a role (surgeons with their authorised grade). */
export const useStaff = (role: StaffRole) =>
  useQuery({
    queryKey: dictionaryKeys.staff(role),
    queryFn: () => api.get<StaffList>(`/api/v1/staff${query({ role })}`),
    staleTime: STAFF_STALE_MS,
  });

function useDictionaryChange<V, R>(send: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: dictionaryKeys.all }),
  });
}

export const useImportDictionary = () =>
  useDictionaryChange((body: DictionaryImportInput) =>
    api.post<DictionaryImportResult>('/api/v1/dictionary/import', body),
  );

export const useInstallStarter = () =>
  useDictionaryChange(() => api.post<StarterInstallResult>('/api/v1/dictionary/starter'));
