// The bed pool's board pages: the department bed board (全科床位一览) and the waiting list on its own.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';

const BoardPage = lazy(() => import('./BoardPage'));
const WaitingPage = lazy(() => import('./WaitingPage'));

export const bedBoardRoutes: RouteObject[] = [
  { path: 'beds', element: guarded('beds.read', <BoardPage />) },
  { path: 'beds/waiting', element: guarded('beds.read', <WaitingPage />) },
];
