// A page that needs a permission: the server refuses too, this shows the friendly page instead.
import { type ReactNode, Suspense } from 'react';
import { Navigate } from 'react-router';
import type { Permission } from '../../domain/auth/permissions';
import { Loading } from '../shared/Loading';
import { useSession } from '../shared/session';
import { ForbiddenPage } from './ForbiddenPage';

export function Guard({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { me, loading, can } = useSession();
  if (loading) return <Loading />;
  if (!me) return <Navigate to="/login" replace />;
  if (me.mustChangePassword) return <Navigate to="/password" replace />;
  if (!can(permission)) return <ForbiddenPage />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** The route element of a page behind a permission (its lazy chunk loads once the check passes). */
export const guarded = (permission: Permission, page: ReactNode) => (
  <Guard permission={permission}>{page}</Guard>
);
