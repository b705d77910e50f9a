// The registry's pages: patients and their charts, cases; the OR board is the clinicians' start page.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';

/** The OR board, which the app shell shows as the start page (`/`). */
export const BoardPage = lazy(() => import('./BoardPage'));
const PatientsPage = lazy(() => import('./PatientsPage'));
const PatientChartPage = lazy(() => import('./PatientChartPage'));
const PatientEditPage = lazy(() => import('./PatientEditPage'));
const CaseDetailPage = lazy(() => import('./CaseDetailPage'));
const CaseEditPage = lazy(() => import('./CaseEditPage'));
const DictionaryPage = lazy(() => import('./DictionaryPage'));

export const registryRoutes: RouteObject[] = [
  { path: 'patients', element: guarded('patient.read', <PatientsPage />) },
  { path: 'patients/new', element: guarded('patient.write', <PatientEditPage />) },
  { path: 'patients/:id', element: guarded('patient.read', <PatientChartPage />) },
  { path: 'patients/:id/edit', element: guarded('patient.write', <PatientEditPage />) },
  { path: 'cases/new', element: guarded('case.write', <CaseEditPage />) },
  { path: 'cases/:id', element: guarded('case.read', <CaseDetailPage />) },
  { path: 'cases/:id/edit', element: guarded('case.write', <CaseEditPage />) },
  { path: 'admin/dictionary', element: guarded('dictionary.manage', <DictionaryPage />) },
];
