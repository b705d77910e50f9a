// The assessment's pages: a case's pre-anesthesia visit and the worklists.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';

const VisitPage = lazy(() => import('./VisitPage'));
const WorklistsPage = lazy(() => import('./WorklistsPage'));

export const assessmentRoutes: RouteObject[] = [
  { path: 'cases/:id/visit', element: guarded('assessment.read', <VisitPage />) },
  { path: 'worklists', element: guarded('assessment.read', <WorklistsPage />) },
];
