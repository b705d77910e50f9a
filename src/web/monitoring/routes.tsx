// The monitoring pages: the ward board, a case's post-op observations and the early-warning report.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';

const WardBoardPage = lazy(() => import('./WardBoardPage'));
const ObservationsPage = lazy(() => import('./ObservationsPage'));
const EwsReportPage = lazy(() => import('./EwsReportPage'));

export const monitoringRoutes: RouteObject[] = [
  { path: 'wards', element: guarded('observation.read', <WardBoardPage />) },
  { path: 'cases/:id/observations', element: guarded('observation.read', <ObservationsPage />) },
  { path: 'reports/ews', element: guarded('report.read', <EwsReportPage />) },
];
