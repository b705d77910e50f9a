import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { Permission } from '../../domain/auth/permissions';
import { Loading } from '../components/Loading';
import { ForbiddenPage } from '../pages/errors/ForbiddenPage';
import { NotFoundPage } from '../pages/errors/NotFoundPage';
import { AppLayout } from './layout';
import { useSession } from './session';

const LoginPage = lazy(() => import('../pages/auth/LoginPage'));
const ChangePasswordPage = lazy(() => import('../pages/auth/ChangePasswordPage'));
const BoardPage = lazy(() => import('../pages/registry/BoardPage'));
const PatientsPage = lazy(() => import('../pages/registry/PatientsPage'));
const PatientChartPage = lazy(() => import('../pages/registry/PatientChartPage'));
const PatientEditPage = lazy(() => import('../pages/registry/PatientEditPage'));
const CaseDetailPage = lazy(() => import('../pages/registry/CaseDetailPage'));
const CaseEditPage = lazy(() => import('../pages/registry/CaseEditPage'));
const UsersPage = lazy(() => import('../pages/admin/UsersPage'));
const SecurityPolicyPage = lazy(() => import('../pages/admin/SecurityPolicyPage'));
const AuditPage = lazy(() => import('../pages/audit/AuditPage'));
const DevicesPage = lazy(() => import('../pages/admin/DevicesPage'));
const VisitPage = lazy(() => import('../pages/assessment/VisitPage'));
const WorklistsPage = lazy(() => import('../pages/assessment/WorklistsPage'));
const RecordPage = lazy(() => import('../pages/anesthesia/RecordPage'));
const OverviewPage = lazy(() => import('../pages/anesthesia/OverviewPage'));
const WardBoardPage = lazy(() => import('../pages/monitoring/WardBoardPage'));
const ObservationsPage = lazy(() => import('../pages/monitoring/ObservationsPage'));
const FollowupPage = lazy(() => import('../pages/monitoring/FollowupPage'));
const EwsReportPage = lazy(() => import('../pages/monitoring/EwsReportPage'));

/** A page that needs a permission: the server refuses too, this shows the friendly page instead. */
function Guard({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { me, loading, can } = useSession();
  if (loading) return <Loading />;
  if (!me) return <Navigate to="/login" replace />;
  if (me.mustChangePassword) return <Navigate to="/password" replace />;
  if (!can(permission)) return <ForbiddenPage />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

const guarded = (permission: Permission, page: ReactNode) => <Guard permission={permission}>{page}</Guard>;

/** The start page: the OR board for clinicians; an administrator's first page for the three administrators. */
function Home() {
  const { me, loading, can } = useSession();
  if (loading) return <Loading />;
  if (me && !can('case.read')) {
    const first = can('user.read') ? '/admin/users' : can('audit.read') ? '/audit' : null;
    if (first) return <Navigate to={first} replace />;
  }
  return guarded('case.read', <BoardPage />);
}

export const router = createBrowserRouter([
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
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'patients', element: guarded('patient.read', <PatientsPage />) },
      { path: 'patients/new', element: guarded('patient.write', <PatientEditPage />) },
      { path: 'patients/:id', element: guarded('patient.read', <PatientChartPage />) },
      { path: 'patients/:id/edit', element: guarded('patient.write', <PatientEditPage />) },
      { path: 'cases/new', element: guarded('case.write', <CaseEditPage />) },
      { path: 'cases/:id', element: guarded('case.read', <CaseDetailPage />) },
      { path: 'cases/:id/edit', element: guarded('case.write', <CaseEditPage />) },
      { path: 'cases/:id/visit', element: guarded('assessment.read', <VisitPage />) },
      { path: 'cases/:id/record', element: guarded('observation.read', <RecordPage />) },
      { path: 'wards', element: guarded('observation.read', <WardBoardPage />) },
      { path: 'cases/:id/observations', element: guarded('observation.read', <ObservationsPage />) },
      { path: 'reports/ews', element: guarded('report.read', <EwsReportPage />) },
      { path: 'followup', element: guarded('followup.work', <FollowupPage />) },
      { path: 'overview', element: guarded('observation.read', <OverviewPage />) },
      { path: 'worklists', element: guarded('assessment.read', <WorklistsPage />) },
      { path: 'admin/users', element: guarded('user.read', <UsersPage />) },
      { path: 'admin/security', element: guarded('security.policy', <SecurityPolicyPage />) },
      { path: 'admin/devices', element: guarded('device.admin', <DevicesPage />) },
      { path: 'audit', element: guarded('audit.read', <AuditPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
