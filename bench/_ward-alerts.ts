import WebSocket from 'ws';
import type { Database } from '../src/db/client';
import { CHANNEL, type RealtimeEvent } from '../src/server/realtime/hub';
import { benchLogin } from './_process';
import type { Ward } from './_ward-seed';

// The three alerting responses, in turn: NEWS2 11 (emergency), 5 (urgent), 3 with a red score.
const ALERTING = [
  {
    respirationRate: 26,
    spo2: 91,
    onOxygen: true,
    systolicBp: 105,
    pulse: 115,
    consciousness: 'A',
    temperature: 37.2,
  },
  {
    respirationRate: 22,
    spo2: 94,
    onOxygen: false,
    systolicBp: 105,
    pulse: 95,
    consciousness: 'A',
    temperature: 37.0,
  },
  {
    respirationRate: 16,
    spo2: 97,
    onOxygen: false,
    systolicBp: 120,
    pulse: 80,
    consciousness: 'V',
    temperature: 36.8,
  },
];

type Post = {
  caseId: string;
  wardId: string;
  measured: boolean;
  sent: number;
  responded?: number;
  alertId?: string;
  error?: string;
};

type Board = { k: number; wardId: string; cookie: string; ws: WebSocket; fetching: boolean; again: boolean };

export type AlertLoad = {
  clients: number;
  rate: number;
  seconds: number;
  warmupSeconds: number;
  password: string;
};

/**
 * Ward boards connected to the real server (each subscribed to its ward), alerting observation sets
 * posted open-loop at `rate` per second: the delay from each set's commit to its alert at every board.
 */
export async function alertDelays(base: string, wards: Ward[], database: Database | null, o: AlertLoad) {
  const {
    clients: CLIENTS,
    rate: RATE,
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    password: PASSWORD,
  } = o;
  const boardWards = wards.slice(0, Math.min(CLIENTS, wards.length));
  const needed = RATE * (SECONDS + WARMUP_SECONDS);
  if (needed > boardWards.reduce((n, w) => n + w.cases.length, 0))
    throw new Error(`not enough inpatients on the boards' wards for ${needed} sets`);
  const cookies = new Map<string, string>();
  for (let i = 0; i < boardWards.length; i += 8)
    await Promise.all(
      boardWards
        .slice(i, i + 8)
        .map(async (w) => cookies.set(w.id, await benchLogin(base, w.username, PASSWORD))),
    );

  const commits = new Map<string, number>(); // case id → NOTIFY seen by an independent listener
  const receipts = new Map<string, number>(); // `${client}:${caseId}` → first ews.alert at that client
  const seen = new Map<string, number>(); // `${client}:${alertId}` → first board response showing it
  let duplicates = 0;
  const stopListening = database
    ? await database.listen(CHANNEL, (payload) => {
        const at = performance.now();
        const e = JSON.parse(payload) as RealtimeEvent;
        if (e.type === 'ews.alert' && e.topic.startsWith('ward:') && e.id && !commits.has(e.id))
          commits.set(e.id, at);
      })
    : null;

  // Board refetches still queued when the run ends are abandoned (and counted as not shown).
  const closing = new AbortController();
  let boardErrors = 0;
  const refetch = async (b: Board) => {
    if (b.fetching) {
      b.again = true;
      return;
    }
    b.fetching = true;
    try {
      do {
        b.again = false;
        const res = await fetch(`${base}/api/v1/wards/${b.wardId}/board`, {
          headers: { cookie: b.cookie },
          signal: closing.signal,
        });
        const body = (await res.json()) as { beds?: { alerts: { id: string }[] }[] };
        const at = performance.now();
        if (!res.ok) boardErrors++;
        for (const bed of body.beds ?? [])
          for (const a of bed.alerts) if (!seen.has(`${b.k}:${a.id}`)) seen.set(`${b.k}:${a.id}`, at);
      } while (b.again && !closing.signal.aborted);
    } catch (e) {
      if (!closing.signal.aborted) {
        boardErrors++;
        console.error(`  board refetch failed: ${String(e)}`);
      }
    } finally {
      b.fetching = false;
    }
  };

  const boards: Board[] = await Promise.all(
    Array.from({ length: CLIENTS }, (_, k) => {
      const ward = boardWards[k % boardWards.length]!;
      const cookie = cookies.get(ward.id)!;
      const ws = new WebSocket(`${base.replace('http', 'ws')}/api/v1/ws`, { headers: { cookie } });
      const b: Board = { k, wardId: ward.id, cookie, ws, fetching: false, again: false };
      return new Promise<Board>((resolve, reject) => {
        ws.on('error', reject);
        ws.once('open', () => ws.send(JSON.stringify({ type: 'subscribe', topics: [`ward:${ward.id}`] })));
        ws.on('message', (data: WebSocket.RawData) => {
          const at = performance.now();
          const msg = JSON.parse(data.toString()) as {
            type: string;
            event?: RealtimeEvent;
            topics?: string[];
          };
          if (msg.type === 'subscribed') {
            if (msg.topics?.length !== 1) reject(new Error('ward topic refused'));
            resolve(b);
            return;
          }
          if (msg.type !== 'event' || !msg.event) return;
          if (msg.event.type === 'ews.alert' && msg.event.id) {
            const key = `${k}:${msg.event.id}`;
            if (receipts.has(key)) duplicates++;
            else receipts.set(key, at);
          }
          // As the web board does: any event on the ward refetches the board.
          void refetch(b);
        });
      });
    }),
  );
  const clientsOf = new Map<string, number[]>();
  for (const b of boards) clientsOf.set(b.wardId, [...(clientsOf.get(b.wardId) ?? []), b.k]);

  const posts: Post[] = [];
  const post = async (j: number, measured: boolean) => {
    const ward = boardWards[j % boardWards.length]!;
    const caseId = ward.cases[Math.floor(j / boardWards.length)]!;
    const p: Post = { caseId, wardId: ward.id, measured, sent: performance.now() };
    posts.push(p);
    try {
      const res = await fetch(`${base}/api/v1/cases/${caseId}/observation-sets`, {
        method: 'POST',
        headers: { cookie: cookies.get(ward.id)!, 'content-type': 'application/json' },
        body: JSON.stringify({ takenAt: new Date().toISOString(), values: ALERTING[j % ALERTING.length] }),
      });
      p.responded = performance.now();
      const body = (await res.json()) as { alert?: { id: string } | null };
      if (!res.ok || !body.alert) p.error = `HTTP ${res.status}${res.ok ? ' without alert' : ''}`;
      else p.alertId = body.alert.id;
    } catch (e) {
      p.error = String(e);
    }
  };
  // Open loop: a set every 1/rate s whatever the server's state, so a slow server shows as delay.
  let j = 0;
  const drive = async (seconds: number, measured: boolean) => {
    const inflight: Promise<void>[] = [];
    const t0 = performance.now();
    for (let i = 0; i < RATE * seconds; i++) {
      const wait = t0 + (i * 1000) / RATE - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      inflight.push(post(j++, measured));
    }
    await Promise.all(inflight);
  };
  await drive(WARMUP_SECONDS, false);
  await drive(SECONDS, true);
  const measured = posts.filter((p) => p.measured);
  const expected = measured.reduce((n, p) => n + (clientsOf.get(p.wardId)?.length ?? 0), 0);
  const arrived = () =>
    measured.reduce(
      (n, p) => n + (clientsOf.get(p.wardId) ?? []).filter((k) => receipts.has(`${k}:${p.caseId}`)).length,
      0,
    );
  for (let t = 0; t < 100 && (arrived() < expected || boards.some((b) => b.fetching)); t++)
    await new Promise((r) => setTimeout(r, 100));

  const commitToAlert: number[] = [];
  const sentToAlert: number[] = [];
  const commitToBoard: number[] = [];
  const commitToResponse: number[] = [];
  const roundTrip: number[] = [];
  for (const p of measured) {
    const commit = commits.get(p.caseId);
    if (p.responded !== undefined) roundTrip.push(p.responded - p.sent);
    if (commit !== undefined && p.responded !== undefined) commitToResponse.push(p.responded - commit);
    for (const k of clientsOf.get(p.wardId) ?? []) {
      const r = receipts.get(`${k}:${p.caseId}`);
      if (r !== undefined) {
        sentToAlert.push(r - p.sent);
        if (commit !== undefined) commitToAlert.push(r - commit);
      }
      const s = p.alertId ? seen.get(`${k}:${p.alertId}`) : undefined;
      if (s !== undefined && commit !== undefined) commitToBoard.push(s - commit);
    }
  }
  const stillFetching = boards.filter((b) => b.fetching).length;
  closing.abort();
  for (const b of boards) b.ws.close();
  await stopListening?.();
  return {
    posts: measured.length,
    boardWards: boardWards.length,
    boardErrors,
    stillFetching,
    errors: measured.filter((p) => p.error).map((p) => p.error!),
    expected,
    duplicates,
    commitToAlert,
    sentToAlert,
    commitToBoard,
    commitToResponse,
    roundTrip,
  };
}
