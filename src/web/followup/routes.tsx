// The follow-up pages: the open follow-up calls.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';

const FollowupPage = lazy(() => import('./FollowupPage'));

export const followupRoutes: RouteObject[] = [
  { path: 'followup', element: guarded('followup.work', <FollowupPage />) },
];
