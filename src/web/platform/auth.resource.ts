// Sign-in and the session: logging in and out, the password change, the user's language.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { LoginInput, Me, PasswordChangeInput } from '../../api/platform';
import { api } from '../shared/api';
import type { Locale } from '../shared/i18n';

/** The signed-in user's query, which shared/session.tsx reads. */
export const meKey = ['me'] as const;

/** Signs in; the session's query then holds the user without asking again. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginInput) => api.post<Me>('/api/v1/auth/login', body),
    onSuccess: (me) => client.setQueryData(meKey, me),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordChangeInput) => api.post('/api/v1/auth/password', body),
    onSuccess: () => client.invalidateQueries({ queryKey: meKey }),
  });
}

/** Stores the user's language on the server (the session's query is reloaded by the caller). */
export const useSetLocale = () =>
  useMutation({ mutationFn: (locale: Locale) => api.put('/api/v1/auth/locale', { locale }) });

/** Ends the session (even when the server cannot be reached) and forgets every cached answer. */
export function useLogout(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(async () => {
    await api.post('/api/v1/auth/logout').catch(() => undefined);
    client.clear();
  }, [client]);
}
