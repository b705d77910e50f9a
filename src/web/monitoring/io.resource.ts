// A case's post-op intake and output: per 24 h with the cumulative balance, and an entry added.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IoBalance, IoInput, IoSaved } from '../../api/monitoring';
import { api } from '../shared/api';

const ioUrl = (caseId: string) => `/api/v1/cases/${caseId}/io`;

export const ioKeys = { balance: (caseId: string) => ['io', caseId] };

export const useIoBalance = (caseId: string) =>
  useQuery({ queryKey: ioKeys.balance(caseId), queryFn: () => api.get<IoBalance>(ioUrl(caseId)) });

export function useAddIo(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: IoInput) => api.post<IoSaved>(ioUrl(caseId), body),
    onSuccess: () => client.invalidateQueries({ queryKey: ioKeys.balance(caseId) }),
  });
}
