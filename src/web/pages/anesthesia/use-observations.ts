// The case's vitals, kept in the browser and extended with only what is new: a 4-hour case at 1 Hz
// is ~150,000 readings, so each live event fetches from the last reading seen, not everything.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../app/api';
import { realtime } from '../../app/realtime';
import type { Observation } from '../../app/types';

export function useObservations(caseId: string, room: string | undefined): Observation[] {
  const [list, setList] = useState<Observation[]>([]);
  const latest = useRef<string | null>(null);
  const busy = useRef(false);
  const again = useRef(false);
  const client = useQueryClient();

  const load = useCallback(
    async (full: boolean) => {
      if (busy.current) {
        again.current = true;
        return;
      }
      busy.current = true;
      try {
        const from = !full && latest.current ? `?from=${encodeURIComponent(latest.current)}` : '';
        const { items } = await api.get<{ items: Observation[] }>(
          `/api/v1/cases/${caseId}/observations${from}`,
        );
        setList((old) => {
          if (full || !latest.current) return items;
          const seen = new Set(old.map((o) => o.id));
          return [...old, ...items.filter((o) => !seen.has(o.id))];
        });
        const last = items.at(-1)?.observedAt;
        if (last && (!latest.current || last > latest.current)) latest.current = last;
      } finally {
        busy.current = false;
        if (again.current) {
          again.current = false;
          void load(false);
        }
      }
    },
    [caseId],
  );

  useEffect(() => {
    latest.current = null;
    void load(true);
    // New readings from the room's monitors: only what is new. A change to the record itself
    // (a manual entry, an artefact mark, 入室): everything again.
    const offRoom = room ? realtime.subscribe(`or_room:${room}`, () => void load(false)) : () => {};
    const offCase = realtime.subscribe(`case:${caseId}`, () => void load(true));
    return () => {
      offRoom();
      offCase();
    };
  }, [caseId, room, load]);

  // Keep the react-query cache in step for other views of the same case.
  useEffect(() => {
    client.setQueryData(['observations', caseId], { items: list });
  }, [client, caseId, list]);
  return list;
}
