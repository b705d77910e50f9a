import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { Permission } from '../../domain/auth/permissions';
import { Loading } from '../shared/Loading';
import { useSession } from '../shared/session';
import { ForbiddenPage } from './ForbiddenPage';
import { AppLayout } from './layout';
import { NotFoundPage } from './NotFoundPage';

const LoginPage = lazy(() => import('../platform/LoginPage'));
const ChangePasswordPage = lazy(() => import('../platform/ChangePasswordPage'));
const BoardPage = lazy(() => import('../registry/BoardPage'));
const PatientsPage = lazy(() => import('../registry/PatientsPage'));
const PatientChartPage = lazy(() => import('../registry/PatientChartPage'));
const PatientEditPage = lazy(() => import('../registry/PatientEditPage'));
const CaseDetailPage = lazy(() => import('../registry/CaseDetailPage'));
const CaseEditPage = lazy(() => import('../registry/CaseEditPage'));
const UsersPage = lazy(() => import('../platform/UsersPage'));
const SecurityPolicyPage = lazy(() => import('../platform/SecurityPolicyPage'));
const AuditPage = lazy(() => import('../platform/AuditPage'));
const DevicesPage = lazy(() => import('../interop/DevicesPage'));
const VisitPage = lazy(() => import('../assessment/VisitPage'));
const WorklistsPage = lazy(() => import('../assessment/WorklistsPage'));
const RecordPage = lazy(() => import('../anesthesia/RecordPage'));
const OverviewPage = lazy(() => import('../anesthesia/OverviewPage'));
const WardBoardPage = lazy(() => import('../monitoring/WardBoardPage'));
const ObservationsPage = lazy(() => import('../monitoring/ObservationsPage'));
const FollowupPage = lazy(() => import('../followup/FollowupPage'));
const EwsReportPage = lazy(() => import('../monitoring/EwsReportPage'));

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
