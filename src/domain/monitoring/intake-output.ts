// Post-operative fluid intake and output per 24 h with the cumulative balance. Day 1 starts at the
// end of anesthesia (or the first entry when there is none), so days line up with post-op day counts.
export const IO_DIRECTIONS = ['in', 'out'] as const;
export type IoDirection = (typeof IO_DIRECTIONS)[number];
export const IO_IN = ['oral', 'iv', 'blood', 'enteral'] as const;
export const IO_OUT = ['urine', 'drainage', 'gastric', 'vomit', 'stool', 'blood_loss'] as const;
export type IoKind = (typeof IO_IN)[number] | (typeof IO_OUT)[number];
export const IO_LABELS: Record<IoKind, { zh: string; en: string }> = {
  oral: { zh: '口服', en: 'Oral' },
  iv: { zh: '静脉输液', en: 'IV fluids' },
  blood: { zh: '输血', en: 'Blood products' },
  enteral: { zh: '肠内营养', en: 'Enteral feed' },
  urine: { zh: '尿量', en: 'Urine' },
  drainage: { zh: '引流', en: 'Drainage' },
  gastric: { zh: '胃肠减压', en: 'Gastric' },
  vomit: { zh: '呕吐', en: 'Vomit' },
  stool: { zh: '大便', en: 'Stool' },
  blood_loss: { zh: '出血', en: 'Blood loss' },
};

export type IoEntry = { direction: IoDirection; volumeMl: number; at: number };
export type IoDay = {
  day: number;
  start: number;
  inMl: number;
  outMl: number;
  balanceMl: number;
  cumulativeMl: number;
};

const DAY = 86_400_000;

export function ioByDay(entries: IoEntry[], dayZero: number | null): IoDay[] {
  if (entries.length === 0) return [];
  const origin = dayZero ?? Math.min(...entries.map((e) => e.at));
  const days = new Map<number, IoDay>();
  for (const e of entries) {
    const day = Math.floor((e.at - origin) / DAY) + 1;
    const d = days.get(day) ?? {
      day,
      start: origin + (day - 1) * DAY,
      inMl: 0,
      outMl: 0,
      balanceMl: 0,
      cumulativeMl: 0,
    };
    if (e.direction === 'in') d.inMl += e.volumeMl;
    else d.outMl += e.volumeMl;
    d.balanceMl = d.inMl - d.outMl;
    days.set(day, d);
  }
  let cumulative = 0;
  return [...days.values()]
    .sort((a, b) => a.day - b.day)
    .map((d) => {
      cumulative += d.balanceMl;
      return { ...d, cumulativeMl: cumulative };
    });
}

/**
 * Urine output as hourly volumes for KDIGO: each measured volume is spread evenly over the whole hours
 * since the previous measurement (the first since `from`, the end of anesthesia). Hours with no
 * measurement covering them are absent, never counted as zero.
 */
export function urineHours(
  measured: { volumeMl: number; at: number }[],
  from: number,
): { hourStart: string; ml: number }[] {
  const H = 3_600_000;
  const sorted = [...measured].sort((a, b) => a.at - b.at);
  const out = new Map<number, number>();
  let prev = Math.floor(from / H) * H;
  for (const m of sorted) {
    const end = Math.floor(m.at / H) * H;
    const hours = Math.max(1, (end - prev) / H);
    for (let k = 0; k < hours; k++) {
      const start = end - (k + 1) * H;
      out.set(start, (out.get(start) ?? 0) + m.volumeMl / hours);
    }
    prev = end;
  }
  return [...out.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([t, ml]) => ({ hourStart: new Date(t).toISOString(), ml }));
}
