// The platform's pages: signing in and the password change (outside the app's frame), the accounts,
// the security policy and the audit log.
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';
import { Loading } from '../shared/Loading';

const LoginPage = lazy(() => import('./LoginPage'));
const ChangePasswordPage = lazy(() => import('./ChangePasswordPage'));
const UsersPage = lazy(() => import('./UsersPage'));
const SecurityPolicyPage = lazy(() => import('./SecurityPolicyPage'));
const AuditPage = lazy(() => import('./AuditPage'));

/** Pages shown without the menu and header: before the session exists or can be used. */
export const platformPublicRoutes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <Suspense fallback={<Loading />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/password',
    element: (
      <Suspense fallback={<Loading />}>
        <ChangePasswordPage />
      </Suspense>
    ),
  },
];

export const platformRoutes: RouteObject[] = [
  { path: 'admin/users', element: guarded('user.read', <UsersPage />) },
  { path: 'admin/security', element: guarded('security.policy', <SecurityPolicyPage />) },
  { path: 'audit', element: guarded('audit.read', <AuditPage />) },
];
