// The app's routes, composed from each capability's: the sign-in pages alone, the rest in the frame.
import { createBrowserRouter } from 'react-router';
import { anesthesiaRoutes } from '../anesthesia/routes';
import { assessmentRoutes } from '../assessment/routes';
import { bedBoardRoutes } from '../beds/BoardRoutes';
import { bedStatisticsRoutes } from '../beds/StatisticsRoutes';
import { bedStructureRoutes } from '../beds/StructureRoutes';
import { followupRoutes } from '../followup/routes';
import { historyImportRoutes } from '../interop/history/routes';
import { interopRoutes } from '../interop/routes';
import { monitoringRoutes } from '../monitoring/routes';
import { platformPublicRoutes, platformRoutes } from '../platform/routes';
import { qualityRoutes } from '../quality/routes';
import { registryRoutes } from '../registry/routes';
import { HomePage } from './HomePage';
import { AppLayout } from './layout';
import { NotFoundPage } from './NotFoundPage';
import { registerSlots } from './slots';

registerSlots();

export const router = createBrowserRouter([
  ...platformPublicRoutes,
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      ...registryRoutes,
      ...assessmentRoutes,
      ...anesthesiaRoutes,
      ...monitoringRoutes,
      ...followupRoutes,
      ...platformRoutes,
      ...interopRoutes,
      ...qualityRoutes,
      ...historyImportRoutes,
      ...bedBoardRoutes,
      ...bedStatisticsRoutes,
      ...bedStructureRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
