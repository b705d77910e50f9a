// The anesthesia pages: a case's live record and the theatre overview (术中监控大屏).
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';

const RecordPage = lazy(() => import('./RecordPage'));
const OverviewPage = lazy(() => import('./OverviewPage'));

export const anesthesiaRoutes: RouteObject[] = [
  { path: 'cases/:id/record', element: guarded('observation.read', <RecordPage />) },
  { path: 'overview', element: guarded('observation.read', <OverviewPage />) },
];
