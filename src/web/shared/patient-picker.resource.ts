// Finding a patient from another capability's page (the audit log's patient filter, say): the first
// few matches of the registry's patient search.
import { useQuery } from '@tanstack/react-query';
import type { PatientPage } from '../../api/registry';
import { api, query } from './api';

const PICKER_SIZE = 10;

export const patientPickerKey = (q: string) => ['patients', 'audit', q] as const;

export const usePatientPicker = (q: string, options: { enabled: boolean }) =>
  useQuery({
    queryKey: patientPickerKey(q),
    queryFn: () => api.get<PatientPage>(`/api/v1/patients${query({ q, limit: PICKER_SIZE })}`),
    enabled: options.enabled,
  });
