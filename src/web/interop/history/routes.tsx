// The historical case import's page (历史病例导入), part of interoperability.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../../app/Guard';

const HistoryImportPage = lazy(() => import('./HistoryImportPage'));

export const historyImportRoutes: RouteObject[] = [
  { path: 'imports/history', element: guarded('history.import', <HistoryImportPage />) },
];
