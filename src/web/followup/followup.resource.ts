// Follow-up's data: the open follow-up tasks (the day-28 call) and a call's result recorded.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput, TaskDone, TaskList } from '../../api/followup';
import { api } from '../shared/api';

export const followupKeys = { tasks: ['followup-tasks'] };

export const useFollowupTasks = () =>
  useQuery({ queryKey: followupKeys.tasks, queryFn: () => api.get<TaskList>('/api/v1/followup/tasks') });

export function useCompleteTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: string; body: CallInput }) =>
      api.post<TaskDone>(`/api/v1/followup/tasks/${taskId}/complete`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: followupKeys.tasks }),
  });
}
