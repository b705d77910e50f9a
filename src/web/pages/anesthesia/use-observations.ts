// The case's vitals for the chart in the compact downsampled form: the whole case once, then, as the
// room's monitors send, only from the newest bucket on. Every reading is in it however long the
// case (an 8-hour case at 1 Hz is ~260,000 readings, ~4,000 buckets).
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_BUCKETS } from '../../../domain/anesthesia/downsample';
import { api } from '../../app/api';
import { realtime } from '../../app/realtime';
import { mergeSeries, newestBucket, type VitalSeries } from './vitals-chart';

export function useVitalSeries(caseId: string, room: string | undefined): VitalSeries | null {
  const [data, setData] = useState<VitalSeries | null>(null);
  const current = useRef<VitalSeries | null>(null);
  const busy = useRef(false);
  // A request made while one is under way: run once more afterwards, everything if any asked for it.
  const again = useRef<'none' | 'new' | 'full'>('none');

  const load = useCallback(
    async (full: boolean) => {
      if (busy.current) {
        again.current = full || again.current === 'full' ? 'full' : 'new';
        return;
      }
      busy.current = true;
      try {
        const base = full ? null : current.current;
        const from = base ? newestBucket(base) : null;
        const url =
          base && from !== null
            ? `/api/v1/cases/${caseId}/observations/series?from=${encodeURIComponent(new Date(from).toISOString())}&bucketSeconds=${base.bucketSeconds}`
            : `/api/v1/cases/${caseId}/observations/series`;
        const got = await api.get<VitalSeries>(url);
        const next = base && from !== null ? mergeSeries(base, got) : got;
        current.current = next;
        setData(next);
        // A live case that has outgrown its bucket width is loaded again with a wider one.
        if (Math.max(0, ...next.series.map((s) => s.t.length)) > 2 * MAX_BUCKETS) again.current = 'full';
      } finally {
        busy.current = false;
        const next = again.current;
        again.current = 'none';
        if (next !== 'none') void load(next === 'full');
      }
    },
    [caseId],
  );

  useEffect(() => {
    current.current = null;
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

  return data;
}
