// What fills each extension slot: the shell is the one place that knows which capability's component
// shows inside another capability's page. Each loads with the first page that shows its slot.
import { lazy } from 'react';
import { registerSlot } from '../shared/slots';

const RiskCard = lazy(() => import('../assessment/RiskCard').then((m) => ({ default: m.RiskCard })));
const ComplicationsPanel = lazy(() =>
  import('../complications/ComplicationsPanel').then((m) => ({ default: m.ComplicationsPanel })),
);

export function registerSlots(): void {
  registerSlot('case-detail.summary', RiskCard);
  registerSlot('patient-chart.case-summary', RiskCard);
  registerSlot('case-observations.side', ComplicationsPanel);
}
