// Patients and their stays: the search, the chart, registration and corrections, admissions.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Patient, PatientChart, PatientPage } from '../../api/registry';
import type { AdmissionInput, PatientInput } from '../../domain/registry/schemas';
import { api, query } from '../shared/api';
import { useLiveTopic } from '../shared/realtime';

const PAGE_SIZE = 20;

export const patientKeys = {
  chart: (id: string) => ['patient', id] as const,
  search: (q: string) => ['patients', q] as const,
};
const patientUrl = (id: string) => `/api/v1/patients/${id}`;

export const usePatientChart = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: patientKeys.chart(id),
    queryFn: () => api.get<PatientChart>(patientUrl(id)),
    enabled: options.enabled,
  });

/** Reloads the chart whenever the patient, a stay or a case of theirs changes. */
export const useLivePatient = (id: string) => useLiveTopic(`patient:${id}`, [[...patientKeys.chart(id)]]);

/** The patient search (MRN, name, initials, phone digits), one page of 20 at a time. */
export const usePatientSearch = (q: string) =>
  useInfiniteQuery({
    queryKey: patientKeys.search(q),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      api.get<PatientPage>(`/api/v1/patients${query({ q, cursor: pageParam, limit: PAGE_SIZE })}`),
    getNextPageParam: (last) => last.nextCursor,
  });

/** Registers a patient (no id) or corrects one over the version read. */
export function useSavePatient(id: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: PatientInput; version: number | null }) =>
      id
        ? api.put<Patient>(patientUrl(id), { ...body, version })
        : api.post<Patient>('/api/v1/patients', body),
    onSuccess: (saved) => client.invalidateQueries({ queryKey: patientKeys.chart(saved.id) }),
  });
}

export function useAddAdmission(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AdmissionInput) => api.post('/api/v1/admissions', body),
    onSuccess: () => client.invalidateQueries({ queryKey: patientKeys.chart(patientId) }),
  });
}
