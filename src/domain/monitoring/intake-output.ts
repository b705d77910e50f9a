// Post-operative fluid intake and output per 24 h with the cumulative balance. Day 1 starts at the
// end of anesthesia (or the first entry when there is none), so days line up with post-op day counts.
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

export type IoEntry = { direction: 'in' | 'out'; volumeMl: number; at: number };
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
