// Every event the server publishes, by capability: the web client narrows on `type` and reloads only
// what the event says changed. Topics name a subject the access check can decide on.
import type { AnesthesiaEvent } from './anesthesia';
import type { AssessmentEvent } from './assessment';
import type { BedsEvent } from './beds';
import type { ComplicationsEvent } from './complications';
import type { InteropHistoryEvent } from './interop-history';
import type { MonitoringEvent } from './monitoring';
import type { SESSIONS_TOPIC, SessionsEvent } from './platform';
import type { RegistryEvent } from './registry';

/** What a page receives on a topic it watches. */
export type LiveEvent =
  | RegistryEvent
  | AssessmentEvent
  | AnesthesiaEvent
  | MonitoringEvent
  | ComplicationsEvent
  | InteropHistoryEvent;

export type Topic =
  | `board:${string}`
  | `case:${string}`
  | `patient:${string}`
  | `ward:${string}`
  | `or_room:${string}`
  | `pacu_bed:${string}`
  | `ward_bed:${string}`
  | `import:${string}`
  /** The department bed board (全科床位一览): each event carries the ward it changed. */
  | 'beds';

/**
 * An event as published: on its topic, with the ward its patient data belongs to (null: no ward), so
 * it reaches only subscribers whose scope covers that ward. Session events go to each server, not to pages.
 */
export type Published = ((LiveEvent | BedsEvent) & { topic: Topic; wardId?: string | null }) | SessionsEvent;

/** The bed board's event (topic `beds`), apart from LiveEvent: only the bed pages watch that topic. */
export type { BedsEvent, SESSIONS_TOPIC };
