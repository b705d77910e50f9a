// The bed statistics page (床位统计), behind beds.statistics.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';

const StatisticsPage = lazy(() => import('./StatisticsPage'));

export const bedStatisticsRoutes: RouteObject[] = [
  { path: 'beds/statistics', element: guarded('beds.statistics', <StatisticsPage />) },
];
