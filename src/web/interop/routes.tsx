// Interoperability's page: the bedside devices and the interface inbox.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';

const DevicesPage = lazy(() => import('./DevicesPage'));

export const interopRoutes: RouteObject[] = [
  { path: 'admin/devices', element: guarded('device.admin', <DevicesPage />) },
];
