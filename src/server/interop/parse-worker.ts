// A worker thread that reads device messages (HL7 v2 → typed readings), so that parsing — a third of
// the ingest's work on the main thread — runs beside the event loop that answers the devices.
import { parentPort } from 'node:worker_threads';
import { extractObservations } from '../../domain/interop/extract';

export type ParseRequest = { id: number; text: string; siteZone: string; receivedAt: number };

parentPort?.on('message', (batch: ParseRequest[]) => {
  parentPort!.postMessage(
    batch.map((r) => ({
      id: r.id,
      e: extractObservations(r.text, { siteZone: r.siteZone, receivedAt: new Date(r.receivedAt) }),
    })),
  );
});

parentPort?.postMessage('ready');
