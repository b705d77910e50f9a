// The security policy in force (password length, lockout, session timeouts) and its changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PolicyInForce, PolicyUpdate } from '../../api/platform';
import { api } from '../shared/api';

export const policyKey = ['security-policy'] as const;
const POLICY_URL = '/api/v1/security/policy';

export const usePolicy = () =>
  useQuery({ queryKey: policyKey, queryFn: () => api.get<PolicyInForce>(POLICY_URL) });

/** Saves over the version read; a refusal reloads the policy (someone may have changed it meanwhile). */
export function useSavePolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PolicyUpdate) => api.put<PolicyInForce>(POLICY_URL, body),
    onSuccess: (saved) => client.setQueryData(policyKey, saved),
    onError: () => client.invalidateQueries({ queryKey: policyKey }),
  });
}
