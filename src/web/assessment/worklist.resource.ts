// The assessment worklists (待访视, 高危患者) and the recommendations followed as tasks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RecommendationTask, TaskActionInput, TaskList, Worklist } from '../../api/assessment';
import { api, query } from '../shared/api';

export type WorklistKind = 'pending-visits' | 'high-risk';

export const worklistKeys = {
  cases: (kind: WorklistKind) => ['worklist', kind] as const,
  tasks: ['recommendations'] as const,
  taskList: (all: boolean) => ['recommendations', all] as const,
};

export const useWorklist = (kind: WorklistKind) =>
  useQuery({
    queryKey: worklistKeys.cases(kind),
    queryFn: () => api.get<Worklist>(`/api/v1/worklists/${kind}`),
  });

/** The open recommendations, or all of them. */
export const useRecommendations = (all: boolean) =>
  useQuery({
    queryKey: worklistKeys.taskList(all),
    queryFn: () => api.get<TaskList>(`/api/v1/recommendations${query({ status: all ? 'all' : 'open' })}`),
  });

/** Accepts, declines or completes a task; the lists reload either way (a refusal may mean it moved on). */
export function useTaskAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ task, ...body }: { task: RecommendationTask } & Omit<TaskActionInput, 'version'>) =>
      api.post(`/api/v1/recommendations/${task.id}/actions`, { ...body, version: task.version }),
    onSettled: () => client.invalidateQueries({ queryKey: worklistKeys.tasks }),
  });
}
