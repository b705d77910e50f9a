// The printed anesthesia record (麻醉记录单), A4 with Chinese fonts: header, the vitals grid chart with
// the customary symbols (drawn as vectors, one block per two hours so long cases break across pages),
// drugs with totals, fluids with the balance, events, checklist, method and signature.
import type { CanvasElement, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ObservationRow } from '../../db/interop/observations';
import { CHECKLIST, CHECKLIST_PHASES, FLUID_LABELS } from '../../domain/anesthesia/record-vocabulary';
import {
  ANESTHESIA_METHOD_LABELS,
  type AnesthesiaMethod,
  SEX_LABELS,
  type Sex,
} from '../../domain/registry/vocabulary';
import { siteDateTime } from '../platform/pdf';

const W = 515;
const H = 170;
const BLOCK_MS = 2 * 3_600_000;
const Y_MAX = 240; // mmHg / bpm; SpO2 and temperature share the scale (%, ℃ × 2) as on paper sheets

export type RecordDocumentInput = {
  patient: { name: string; mrn: string; sex: string; age: number };
  caseInfo: {
    diagnosisText: string;
    procedureText: string;
    orRoom: string;
    surgeon: string;
    scheduledStart: Date;
  };
  record: {
    method: string | null;
    details: { airway?: string; lines?: string; position?: string; activeWarming?: boolean };
    tempMode: string;
    status: string;
    revision: number;
    signedAt: Date | null;
    signerName: string;
    amendmentReason: string | null;
  };
  observations: ObservationRow[];
  events: { label: string; at: Date; text: string | null; overrideReason: string | null }[];
  drugs: {
    name: string;
    kind: string;
    dose: number | null;
    rate: number | null;
    unit: string;
    startAt: Date;
    endAt: Date | null;
  }[];
  totals: { name: string; total: number; unit: string }[];
  fluids: { kind: string; direction: string; volumeMl: number; at: Date }[];
  balance: { inMl: number; outMl: number; balanceMl: number };
  checklist: { phase: string; item: string; answer: string }[];
  alerts: { kind: string; start: Date; end: Date; extreme: number }[];
  exposure: { source: string; threshold: number; minutesBelow: number; aut: number; twa: number } | null;
  antibiotics: { name: string; minutesFromIncision: number | null }[];
  timeZone: string;
  printedAt: Date;
};

const ALERT_ZH: Record<string, string> = {
  hypotension: '低血压',
  hypoxaemia: '低氧',
  bradycardia: '心动过缓',
  tachycardia: '心动过速',
  hypothermia: '低体温',
};

function chartBlock(
  obs: ObservationRow[],
  from: number,
  to: number,
  events: RecordDocumentInput['events'],
  tz: string,
): Content {
  const x = (t: number) => ((t - from) / (to - from)) * W;
  const y = (v: number) => H - (Math.max(0, Math.min(Y_MAX, v)) / Y_MAX) * H;
  const canvas: CanvasElement[] = [];
  for (let v = 0; v <= Y_MAX; v += 40)
    canvas.push({ type: 'line', x1: 0, y1: y(v), x2: W, y2: y(v), lineWidth: 0.3, lineColor: '#bbbbbb' });
  for (let t = from; t <= to; t += 15 * 60_000)
    canvas.push({
      type: 'line',
      x1: x(t),
      y1: 0,
      x2: x(t),
      y2: H,
      lineWidth: t % 3_600_000 === 0 ? 0.6 : 0.2,
      lineColor: '#bbbbbb',
    });
  const inBlock = obs.filter(
    (o) => !o.artefact && o.observedAt.getTime() >= from && o.observedAt.getTime() < to,
  );
  const has = (p: string) => inBlock.some((o) => o.param === p);
  const pick = (p: string) => inBlock.filter((o) => o.param === p);
  const sys = has('art_sys') ? 'art_sys' : 'nibp_sys';
  const dia = has('art_dia') ? 'art_dia' : 'nibp_dia';
  // Thin a 1 Hz series to one point per minute for the printed grid.
  const perMinute = (list: ObservationRow[]) => {
    const seen = new Set<number>();
    return list.filter((o) => {
      const m = Math.floor(o.observedAt.getTime() / 60_000);
      if (seen.has(m)) return false;
      seen.add(m);
      return true;
    });
  };
  for (const o of perMinute(pick(sys))) {
    const px = x(o.observedAt.getTime());
    const py = y(o.value);
    canvas.push({
      type: 'polyline',
      points: [
        { x: px - 2.5, y: py - 3 },
        { x: px + 2.5, y: py - 3 },
        { x: px, y: py },
      ],
      closePath: true,
      color: '#cf1322',
    });
  }
  for (const o of perMinute(pick(dia))) {
    const px = x(o.observedAt.getTime());
    const py = y(o.value);
    canvas.push({
      type: 'polyline',
      points: [
        { x: px - 2.5, y: py + 3 },
        { x: px + 2.5, y: py + 3 },
        { x: px, y: py },
      ],
      closePath: true,
      color: '#cf1322',
    });
  }
  for (const o of perMinute(pick('hr')))
    canvas.push({
      type: 'ellipse',
      x: x(o.observedAt.getTime()),
      y: y(o.value),
      r1: 1.6,
      r2: 1.6,
      color: '#1677ff',
    });
  const line = (list: ObservationRow[], scale: (v: number) => number, color: string) => {
    const pts = perMinute(list).map((o) => ({ x: x(o.observedAt.getTime()), y: y(scale(o.value)) }));
    if (pts.length > 1) canvas.push({ type: 'polyline', points: pts, lineWidth: 0.8, lineColor: color });
  };
  line(pick('spo2'), (v) => v * 2, '#389e0d'); // SpO2 100 % at 200
  const firstTemp = pick('temp')[0]?.channel;
  line(
    pick('temp').filter((o) => o.channel === firstTemp),
    (v) => v * 4,
    '#722ed1',
  ); // 40 ℃ at 160
  for (const e of events.filter((e) => e.at.getTime() >= from && e.at.getTime() < to))
    canvas.push({
      type: 'line',
      x1: x(e.at.getTime()),
      y1: 0,
      x2: x(e.at.getTime()),
      y2: H,
      lineWidth: 0.8,
      dash: { length: 2 },
      lineColor: '#595959',
    });
  const hourLabels: Content = {
    columns: Array.from({ length: 9 }, (_, i) => ({
      text: siteDateTime(new Date(from + i * 15 * 60_000), tz).slice(11),
      fontSize: 6,
      width: i === 8 ? '*' : W / 8,
    })),
  };
  const eventLine = events
    .filter((e) => e.at.getTime() >= from && e.at.getTime() < to)
    .map((e) => `${siteDateTime(e.at, tz).slice(11)} ${e.label}`)
    .join('   ');
  return {
    stack: [
      { canvas },
      hourLabels,
      ...(eventLine ? [{ text: `事件：${eventLine}`, fontSize: 7, margin: [0, 2, 0, 0] } as Content] : []),
    ],
    margin: [0, 4, 0, 8],
    unbreakable: true,
  };
}

export function recordDocument(input: RecordDocumentInput): TDocumentDefinitions {
  const { patient: p, caseInfo: c, record: r, timeZone: tz } = input;
  const times = [
    ...input.observations.map((o) => o.observedAt.getTime()),
    ...input.events.map((e) => e.at.getTime()),
  ];
  const start = times.length ? Math.floor(Math.min(...times) / 3_600_000) * 3_600_000 : null;
  const end = times.length ? Math.max(...times) : null;
  const blocks: Content[] = [];
  if (start !== null && end !== null)
    for (let from = start; from <= end; from += BLOCK_MS)
      blocks.push(chartBlock(input.observations, from, from + BLOCK_MS, input.events, tz));
  const checklistLine = (phase: (typeof CHECKLIST_PHASES)[number]) => {
    const answers = input.checklist.filter((a) => a.phase === phase);
    const done = CHECKLIST[phase].items.every((i) => answers.some((a) => a.item === i.code));
    const noes = answers
      .filter((a) => a.answer === 'no')
      .map((a) => CHECKLIST[phase].items.find((i) => i.code === a.item)?.label.zh ?? a.item);
    return [
      CHECKLIST[phase].label.zh,
      done ? '已完成' : '未完成',
      noes.length ? `否：${noes.join('、')}` : '',
    ];
  };
  return {
    info: { title: `麻醉记录单 ${p.name} ${p.mrn}` },
    pageMargins: [40, 44, 40, 44],
    footer: (page, pages) => ({
      columns: [
        { text: `打印时间 ${siteDateTime(input.printedAt, tz)}`, fontSize: 7, color: '#888888' },
        { text: `第 ${page} / ${pages} 页`, alignment: 'right', fontSize: 7, color: '#888888' },
      ],
      margin: [40, 14, 40, 0],
    }),
    content: [
      { text: '麻醉记录单', fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      {
        table: {
          widths: ['10%', '22%', '10%', '22%', '12%', '24%'],
          body: [
            [
              '姓名',
              p.name,
              '性别/年龄',
              `${SEX_LABELS[p.sex as Sex]?.zh ?? p.sex} / ${p.age} 岁`,
              '住院号',
              p.mrn,
            ],
            ['诊断', { text: c.diagnosisText, colSpan: 3 }, '', '', '手术间', c.orRoom],
            ['手术', { text: c.procedureText, colSpan: 3 }, '', '', '手术医师', c.surgeon],
            [
              '麻醉方式',
              {
                text: r.method
                  ? (ANESTHESIA_METHOD_LABELS[r.method as AnesthesiaMethod]?.zh ?? r.method)
                  : '未填',
                colSpan: 3,
              },
              '',
              '',
              '体温监测',
              r.tempMode === 'continuous' ? '连续' : '间断',
            ],
            [
              '气道',
              { text: r.details.airway || '—', colSpan: 3 },
              '',
              '',
              '体位',
              r.details.position || '—',
            ],
            [
              '管路',
              { text: r.details.lines || '—', colSpan: 3 },
              '',
              '',
              '主动保温',
              r.details.activeWarming ? '是' : '否',
            ],
          ],
        },
        fontSize: 8,
        margin: [0, 0, 0, 6],
      },
      { text: '生命体征（▽ 收缩压  △ 舒张压  ● 心率  绿线 SpO2×2  紫线 体温×4）', fontSize: 8, bold: true },
      ...(blocks.length
        ? blocks
        : [{ text: '无生命体征记录', fontSize: 8, margin: [0, 4, 0, 8] } as Content]),
      { text: '用药', fontSize: 9, bold: true, margin: [0, 2, 0, 2] },
      input.drugs.length
        ? {
            table: {
              headerRows: 1,
              widths: ['15%', '35%', '50%'],
              body: [
                ['时间', '药品', '剂量/速度'],
                ...input.drugs.map((d) => [
                  siteDateTime(d.startAt, tz).slice(11),
                  d.name,
                  d.kind === 'bolus'
                    ? `${d.dose} ${d.unit}`
                    : `${d.rate} ${d.unit}${d.endAt ? `，至 ${siteDateTime(d.endAt, tz).slice(11)}` : '，持续'}`,
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
            fontSize: 8,
          }
        : { text: '无', fontSize: 8 },
      ...(input.totals.length
        ? [
            {
              text: `合计：${input.totals.map((t) => `${t.name} ${t.total} ${t.unit}`).join('；')}`,
              fontSize: 8,
              margin: [0, 2, 0, 4],
            } as Content,
          ]
        : []),
      { text: '液体出入量', fontSize: 9, bold: true, margin: [0, 2, 0, 2] },
      {
        text: [
          ...input.fluids.map(
            (f) =>
              `${siteDateTime(f.at, tz).slice(11)} ${FLUID_LABELS[f.kind as keyof typeof FLUID_LABELS]?.zh ?? f.kind} ${f.direction === 'in' ? '+' : '−'}${f.volumeMl} ml；`,
          ),
          `\n入量 ${input.balance.inMl} ml，出量 ${input.balance.outMl} ml，平衡 ${input.balance.balanceMl} ml`,
        ],
        fontSize: 8,
      },
      { text: '事件', fontSize: 9, bold: true, margin: [0, 6, 0, 2] },
      {
        text: input.events.length
          ? input.events
              .map(
                (e) =>
                  `${siteDateTime(e.at, tz).slice(11)} ${e.label}${e.text ? `（${e.text}）` : ''}${e.overrideReason ? ` [越过核查：${e.overrideReason}]` : ''}`,
              )
              .join('；')
          : '无',
        fontSize: 8,
      },
      ...(input.exposure
        ? [
            {
              text: `低血压暴露：MAP < ${input.exposure.threshold} mmHg 累计 ${input.exposure.minutesBelow.toFixed(1)} 分钟，曲线下面积 ${input.exposure.aut.toFixed(1)} mmHg·min，时间加权平均 ${input.exposure.twa.toFixed(2)} mmHg（${input.exposure.source === 'invasive' ? '有创' : '无创袖带'}）`,
              fontSize: 8,
              margin: [0, 6, 0, 0],
            } as Content,
          ]
        : []),
      ...(input.alerts.length
        ? [
            { text: '术中警报', fontSize: 9, bold: true, margin: [0, 6, 0, 2] } as Content,
            {
              text: input.alerts
                .map(
                  (a) =>
                    `${ALERT_ZH[a.kind] ?? a.kind} ${siteDateTime(a.start, tz).slice(11)}–${siteDateTime(a.end, tz).slice(11)}（${a.extreme}）`,
                )
                .join('；'),
              fontSize: 8,
            } as Content,
          ]
        : []),
      { text: '三方核查', fontSize: 9, bold: true, margin: [0, 6, 0, 2] },
      {
        table: { widths: ['35%', '15%', '50%'], body: CHECKLIST_PHASES.map(checklistLine) },
        layout: 'lightHorizontalLines',
        fontSize: 8,
      },
      {
        table: {
          widths: ['15%', '35%', '15%', '35%'],
          body: [
            [
              '麻醉医师签名',
              r.status === 'signed' ? r.signerName : '（未签名）',
              '签名时间',
              siteDateTime(r.signedAt, tz),
            ],
            [
              '版本',
              `第 ${r.revision} 版${r.amendmentReason ? `（修订：${r.amendmentReason}）` : ''}`,
              '',
              '',
            ],
          ],
        },
        fontSize: 8,
        margin: [0, 8, 0, 0],
      },
    ],
  };
}
