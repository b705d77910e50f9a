// Accounts under 三员分立: the system administrator creates and edits them and resets passwords, the
// security administrator gives each its role and wards.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PasswordResetInput,
  RoleAssignInput,
  UserCreateInput,
  UserList,
  UserUpdateInput,
} from '../../api/platform';
import type { SurgicalGradeInput, SurgicalGradeList } from '../../api/registry';
import { api } from '../shared/api';

export const userKeys = { list: ['users'] as const, grades: ['users', 'surgical-grades'] as const };
const userUrl = (id: string) => `/api/v1/users/${id}`;

export const useUsers = () =>
  useQuery({ queryKey: userKeys.list, queryFn: () => api.get<UserList>('/api/v1/users') });

/** A change to one account; the list reloads after it. */
function useUserChange<V>(send: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.list }),
  });
}

export const useCreateUser = () => useUserChange((body: UserCreateInput) => api.post('/api/v1/users', body));
export const useUpdateUser = () =>
  useUserChange(({ id, ...body }: UserUpdateInput & { id: string }) => api.put(userUrl(id), body));
export const useAssignRole = () =>
  useUserChange(({ id, ...body }: RoleAssignInput & { id: string }) => api.put(`${userUrl(id)}/role`, body));
export const useResetPassword = () =>
  useUserChange(({ id, ...body }: PasswordResetInput & { id: string }) =>
    api.post(`${userUrl(id)}/reset-password`, body),
  );

/** The surgeons' authorised surgical grades (beside the accounts list). */
export const useSurgicalGrades = () =>
  useQuery({
    queryKey: userKeys.grades,
    queryFn: () => api.get<SurgicalGradeList>('/api/v1/users/surgical-grades'),
  });

export const useSetSurgicalGrade = () =>
  useUserChange(({ id, ...body }: SurgicalGradeInput & { id: string }) =>
    api.put(`${userUrl(id)}/surgical-grade`, body),
  );
