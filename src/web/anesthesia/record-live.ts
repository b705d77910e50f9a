// What an open record page reloads for each realtime event on its case and its room: only what the
// event says changed. Readings come again only for readings events; a drug, a fluid or a checklist
// tick reloads the record's entries alone; what other capabilities announce on the case reloads nothing.
import type { LiveEvent } from '../../api/realtime';

export type PageReload = {
  case: boolean;
  /** `throttled`: at most every few seconds (the alerts and exposure derived from live readings). */
  record: boolean | 'throttled';
  /** `new`: from the newest bucket on; `{ from }`: from that time on; `all`: the whole chart again. */
  readings: 'none' | 'new' | 'all' | { from: number };
};

/** The statuses whose time bounds the case's readings (入室 … 出室): the chart is read again. */
const BOUNDS: readonly string[] = ['in_room', 'out_of_room'];

const NOTHING: PageReload = { case: false, record: false, readings: 'none' };

/** `undefined`: the connection was renewed and anything may have changed. */
export function recordReloads(event: LiveEvent | undefined): PageReload {
  if (!event) return { case: true, record: true, readings: 'all' };
  switch (event.type) {
    case 'observations':
      return { case: false, record: 'throttled', readings: 'new' };
    case 'readings.changed':
      // 入室 or 出室 corrected: which readings are the case's changed, the chart is read whole.
      if (event.data.what === 'stay') return { case: true, record: true, readings: 'all' };
      return { case: false, record: true, readings: { from: Date.parse(event.data.at) } };
    case 'record.changed':
      return { case: false, record: true, readings: 'none' };
    case 'case.transition':
      return { case: true, record: true, readings: BOUNDS.includes(event.data.status) ? 'all' : 'none' };
    case 'case.created':
    case 'case.updated':
      return { case: true, record: true, readings: 'none' };
    case 'patient.updated':
      return { case: true, record: false, readings: 'none' };
    // The pre-anesthesia visit, post-op monitoring and complications are not on the record page.
    case 'visit.saved':
    case 'visit.signed':
    case 'ews.set':
    case 'ews.alert':
    case 'ews.ack':
    case 'ews.escalation':
    case 'postop.assessment':
    case 'pacu.event':
    case 'io':
    case 'complication.suggested':
    case 'history_import.progress':
      return NOTHING;
  }
}
