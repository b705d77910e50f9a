// The record page's live wiring: its case's topic and its room's, each event reloading only what it
// says changed (record-live.ts) — the chart's readings, the record's entries, the case.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { type LiveEvent, realtime } from '../shared/realtime';
import { recordKeys } from './record.resource';
import { type PageReload, recordReloads } from './record-live';
import type { ReadingsReload } from './use-observations';

/** The record's alerts and exposure follow live readings: reloaded at most this often while monitors send. */
const DERIVED_EVERY_MS = 5000;

export function useRecordLive(
  caseId: string,
  room: string | undefined,
  reloadReadings: (what: ReadingsReload) => void,
): (reload: PageReload) => Promise<unknown> {
  const client = useQueryClient();
  const apply = useRef<(reload: PageReload) => Promise<unknown>>(async () => {});
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  /** Resolves once what was reloaded at once is back (the throttled record and the readings are not awaited). */
  apply.current = (reload: PageReload) => {
    const waits: Promise<unknown>[] = [];
    if (reload.case) waits.push(client.invalidateQueries({ queryKey: recordKeys.case(caseId) }));
    const record = () => {
      last.current = Date.now();
      timer.current = null;
      return client.invalidateQueries({ queryKey: recordKeys.record(caseId) });
    };
    if (reload.record === true) {
      if (timer.current) clearTimeout(timer.current);
      waits.push(record());
    } else if (reload.record === 'throttled' && !timer.current)
      timer.current = setTimeout(
        () => void record(),
        Math.max(0, last.current + DERIVED_EVERY_MS - Date.now()),
      );
    if (reload.readings !== 'none') reloadReadings(reload.readings);
    return Promise.all(waits);
  };

  // Another room is other monitors: the chart again.
  const shownRoom = useRef(room);
  useEffect(() => {
    if (shownRoom.current !== undefined && room !== shownRoom.current) reloadReadings('all');
    shownRoom.current = room;
  }, [room, reloadReadings]);

  useEffect(() => {
    const on = (event?: LiveEvent) => void apply.current(recordReloads(event));
    const offCase = realtime.subscribe(`case:${caseId}`, on);
    const offRoom = room ? realtime.subscribe(`or_room:${room}`, on) : () => {};
    return () => {
      offCase();
      offRoom();
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [caseId, room]);

  return useCallback((reload: PageReload) => apply.current(reload), []);
}
