// The bed structure admin's page (病区与床位设置), behind the system administrator's permission.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { guarded } from '../app/Guard';

const StructurePage = lazy(() => import('./StructurePage'));

export const bedStructureRoutes: RouteObject[] = [
  { path: 'admin/beds', element: guarded('beds.structure', <StructurePage />) },
];
