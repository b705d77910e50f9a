// A case's post-op assessments (any post-op instrument, scored by the server) and its PACU summary with
// the PACU events (extubation, unplanned reintubation) the nurse records.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PacuEventInput,
  PacuEventSaved,
  PostopAssessmentInput,
  PostopAssessmentList,
  PostopAssessmentSaved,
  PostopSummary,
} from '../../api/monitoring';
import { api } from '../shared/api';

const caseUrl = (caseId: string) => `/api/v1/cases/${caseId}`;
const assessmentsUrl = (caseId: string) => `${caseUrl(caseId)}/postop-assessments`;

export const postopKeys = {
  assessments: (caseId: string) => ['postop-assessments', caseId],
  summary: (caseId: string) => ['postop-summary', caseId],
};

export type PostopAssessment = PostopAssessmentList['items'][number];
/** The parts of a stored result the page shows (the result is the instrument's own JSON). */
export type AssessmentResultView = {
  bandLabel?: { zh: string; en: string };
  recommendations?: { code: string; text: { zh: string; en: string } }[];
};

export const usePostopAssessments = (caseId: string) =>
  useQuery({
    queryKey: postopKeys.assessments(caseId),
    queryFn: () => api.get<PostopAssessmentList>(assessmentsUrl(caseId)),
  });

/** An assessment saved; a complication it suggests reaches the case's watchers as its own event. */
export function useSavePostopAssessment(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PostopAssessmentInput) =>
      api.post<PostopAssessmentSaved>(assessmentsUrl(caseId), body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: postopKeys.assessments(caseId) }),
        client.invalidateQueries({ queryKey: postopKeys.summary(caseId) }),
      ]),
  });
}

export const usePostopSummary = (caseId: string) =>
  useQuery({
    queryKey: postopKeys.summary(caseId),
    queryFn: () => api.get<PostopSummary>(`${caseUrl(caseId)}/postop-summary`),
  });

export function useRecordPacuEvent(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PacuEventInput) => api.post<PacuEventSaved>(`${caseUrl(caseId)}/pacu-events`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: postopKeys.summary(caseId) }),
  });
}
