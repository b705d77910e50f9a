// The case's vitals for the chart in the compact downsampled form: the whole case once, then only what
// an event says changed — from the newest bucket on as the room's monitors send, from a reading's time
// on when one is entered or marked, the whole case again when its time in the room changes. Every
// reading is in it however long the case (an 8-hour case at 1 Hz is ~260,000 readings, 480 buckets).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VitalSeries } from '../../api/anesthesia-vitals';
import { MAX_BUCKETS } from '../../domain/anesthesia/downsample';
import { fetchVitalSeries } from './record.resource';
import type { PageReload } from './record-live';
import { mergeSeries, newestBucket } from './vitals-chart';

export type ReadingsReload = Exclude<PageReload['readings'], 'none'>;

/** Two reloads asked for while one is under way, as one: the whole case, or from the earlier time. */
function combine(a: ReadingsReload | null, b: ReadingsReload): ReadingsReload {
  if (a === null) return b;
  if (a === 'all' || b === 'all') return 'all';
  if (a === 'new') return b;
  if (b === 'new') return a;
  return { from: Math.min(a.from, b.from) };
}

export function useVitalSeries(caseId: string): {
  data: VitalSeries | null;
  reload: (what: ReadingsReload) => void;
} {
  const [data, setData] = useState<VitalSeries | null>(null);
  const current = useRef<VitalSeries | null>(null);
  const busy = useRef(false);
  // What was asked for while a load was under way: loaded once more afterwards.
  const again = useRef<ReadingsReload | null>(null);

  const load = useCallback(
    async (what: ReadingsReload) => {
      if (busy.current) {
        again.current = combine(again.current, what);
        return;
      }
      busy.current = true;
      try {
        const base = what === 'all' ? null : current.current;
        const newest = base ? newestBucket(base) : null;
        const from =
          newest === null ? null : what === 'new' || what === 'all' ? newest : Math.min(what.from, newest);
        const got = await fetchVitalSeries(
          caseId,
          base && from !== null ? { from, bucketSeconds: base.bucketSeconds } : undefined,
        );
        const next = base && from !== null ? mergeSeries(base, got) : got;
        current.current = next;
        setData(next);
        // A live case that has outgrown its bucket width is loaded again with a wider one.
        if (Math.max(0, ...next.series.map((s) => s.t.length)) > 2 * MAX_BUCKETS) again.current = 'all';
      } finally {
        busy.current = false;
        const next = again.current;
        again.current = null;
        if (next !== null) void load(next);
      }
    },
    [caseId],
  );

  useEffect(() => {
    current.current = null;
    void load('all');
  }, [load]);

  return { data, reload: load };
}
