import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import type { Permission, Role } from '../../domain/auth/permissions';
import { ApiError, api } from './api';

export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scope: { kind: 'department' } | { kind: 'wards'; ids: string[] };
  locale: 'zh-CN' | 'en-US';
  mustChangePassword: boolean;
  permissions: Permission[];
};

type Session = {
  me: Me | null;
  loading: boolean;
  can: (p: Permission) => boolean;
  refresh: () => Promise<void>;
};
const SessionContext = createContext<Session>({
  me: null,
  loading: true,
  can: () => false,
  refresh: async () => undefined,
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await api.get<Me>('/api/v1/auth/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
  const value: Session = {
    me: me.data ?? null,
    loading: me.isLoading,
    can: (p) => !!me.data?.permissions.includes(p),
    refresh: async () => {
      await client.invalidateQueries({ queryKey: ['me'] });
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export const useSession = (): Session => useContext(SessionContext);
