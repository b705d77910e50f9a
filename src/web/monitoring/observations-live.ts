// What an open observations page reloads for each realtime event on its case: only the queries the
// event says changed. After a reconnect, when anything may have changed, all of them.
import type { LiveEvent } from '../../api/realtime';
import { type QueryKeys, useLiveTopic } from '../shared/realtime';
import { ioKeys } from './io.resource';
import { observationSetKeys } from './observation-set.resource';
import { postopKeys } from './postop.resource';

export function observationsReloads(caseId: string, event: LiveEvent): QueryKeys {
  switch (event.type) {
    case 'ews.set':
    case 'ews.alert':
      return [observationSetKeys.sets(caseId)];
    case 'postop.assessment':
      // The summary's discharge readiness and psychological repeat follow the assessments.
      return [postopKeys.assessments(caseId), postopKeys.summary(caseId)];
    // PACU events and the record's entries (extubation), a manual temperature, the visit's plan.
    case 'pacu.event':
    case 'record.changed':
    case 'readings.changed':
    case 'visit.saved':
    case 'visit.signed':
      return [postopKeys.summary(caseId)];
    case 'io':
      return [ioKeys.balance(caseId)];
    // The case's PACU times and destination are in the summary.
    case 'case.created':
    case 'case.updated':
    case 'case.transition':
      return [observationSetKeys.case(caseId), postopKeys.summary(caseId)];
    case 'patient.updated':
      return [observationSetKeys.case(caseId)];
    // An acknowledgement and the ward's escalations are not on this page, nor the monitors' 1 Hz
    // readings (a monitor's first PACU temperature shows with the summary's next reload);
    // complications keep themselves current.
    case 'ews.ack':
    case 'ews.escalation':
    case 'observations':
    case 'complication.suggested':
    case 'history_import.progress':
      return [];
  }
}

/** Every query of the page on the case's topic: what an event names, all of them after a reconnect. */
export function useObservationsLive(caseId: string): void {
  useLiveTopic(
    `case:${caseId}`,
    [
      observationSetKeys.case(caseId),
      observationSetKeys.sets(caseId),
      postopKeys.assessments(caseId),
      postopKeys.summary(caseId),
      ioKeys.balance(caseId),
    ],
    (event) => observationsReloads(caseId, event),
  );
}
