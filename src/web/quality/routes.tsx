// The quality-control pages (质控): the dashboard, the cases behind one term of an indicator, an imported episode.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';

const QualityPage = lazy(() => import('./QualityPage'));
const IndicatorCasesPage = lazy(() => import('./IndicatorCasesPage'));
const EpisodePage = lazy(() => import('./EpisodePage'));

export const qualityRoutes: RouteObject[] = [
  { path: 'quality', element: guarded('quality.read', <QualityPage />) },
  { path: 'quality/indicators/:code/cases', element: guarded('quality.read', <IndicatorCasesPage />) },
  { path: 'quality/episodes/:id', element: guarded('quality.read', <EpisodePage />) },
];
