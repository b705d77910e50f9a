// Bulk inserts as `insert … select * from unnest($1::t1[], …)`: one statement per batch, the same SQL
// on PGlite and PostgreSQL (dates travel as ISO strings and are cast by the column type). The largest loads
// use COPY on PostgreSQL (below).
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Database, Db } from './client';
import * as schema from './schema';

export const BATCH = 5000;

export type Column = { name: string; type: string; value: (row: never) => unknown };

export const col = <T>(name: string, type: string, value: (row: T) => unknown): Column => ({
  name,
  type,
  value: value as (row: never) => unknown,
});

/** The unnest statement for one batch; `tail` is appended (e.g. `on conflict … do nothing`). */
export function unnestInsert<T>(table: string, columns: Column[], batch: T[], tail: SQL = sql``): SQL {
  const arrays = columns.map((c) =>
    batch.map((row) => {
      const v = (c.value as (r: T) => unknown)(row);
      return v instanceof Date ? v.toISOString() : v;
    }),
  );
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '));
  const params = sql.join(
    columns.map((c, i) => sql`${sql.param(arrays[i])}::${sql.raw(c.type)}[]`),
    sql`, `,
  );
  return sql`insert into ${sql.raw(`"${table}"`)} (${names}) select * from unnest(${params}) ${tail}`;
}

export async function bulkInsert<T>(
  db: Db,
  table: string,
  columns: Column[],
  data: T[],
  progress: (n: number) => void = () => {},
): Promise<void> {
  for (let start = 0; start < data.length; start += BATCH) {
    const batch = data.slice(start, start + BATCH);
    await db.execute(unnestInsert(table, columns, batch));
    progress(batch.length);
  }
}

// ── COPY (PostgreSQL) ──
// `COPY … FROM STDIN` carries the rows as text without a parameter per value: loading a history import's 60,000
// episodes took the server about 0.6 and the client about 0.35 of the CPU time the unnest statements took. It runs
// on one connection, so the load takes a connection of its own (`bulkTransaction`); PGlite has no such path and
// loads with unnest.

/**
 * Loads rows with COPY inside the caller's transaction; returns how many were copied. The rows are read once, a
 * chunk at a time as they are sent: a generator's work overlaps the server's.
 */
export type Copier = <T>(
  table: string,
  columns: Column[],
  rows: Iterable<T>,
  progress?: (n: number) => void,
) => Promise<number>;

/** The rows in arrays of `size` (the last one shorter), read as they are asked for. */
export function* inBatches<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Rows per COPY data message; the event loop has its turn between messages. */
const COPY_CHUNK = 1000;
const COPY_SPECIAL = /[\\\n\r\t]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A value in COPY's text format: `\N` for null, backslash escapes, dates as ISO instants, objects as JSON. */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
  return COPY_SPECIAL.test(s) ? s.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]!) : s;
}

/** The COPY text of some rows (one line each, tab between values). */
export function copyLines<T>(columns: Column[], rows: readonly T[]): string {
  const values = columns.map((c) => c.value as (r: T) => unknown);
  let text = '';
  for (const row of rows) {
    let line = copyValue(values[0]!(row));
    for (let k = 1; k < values.length; k++) line += `\t${copyValue(values[k]!(row))}`;
    text += `${line}\n`;
  }
  return text;
}

/** The frontend messages of the COPY sub-protocol (PostgreSQL protocol 3: CopyData 'd', CopyDone 'c'). */
function copyData(chunk: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head[0] = 0x64;
  head.writeUInt32BE(chunk.length + 4, 1);
  return Buffer.concat([head, chunk]);
}
const COPY_DONE = Buffer.from([0x63, 0, 0, 0, 4]);
/** CopyFail 'f': the server ends the COPY with an error (the transaction then rolls back). */
function copyFail(message: string): Buffer {
  const text = Buffer.from(`${message.replace(/\0/g, ' ')}\0`);
  const head = Buffer.alloc(5);
  head[0] = 0x66;
  head.writeUInt32BE(text.length + 4, 1);
  return Buffer.concat([head, text]);
}

/** The socket took what was written (or closed: then the COPY has failed). */
function drained(stream: pg.Connection['stream']): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/**
 * One `COPY … FROM STDIN` as a node-postgres submittable (the interface pg-cursor uses): the client hands it the
 * connection once the server is ready for the data, and its replies until ReadyForQuery. A server error ends the
 * COPY (what is sent after it is dropped); a lost connection fails it.
 */
class CopyFromStdin<T> {
  private rowCount = 0;
  private failed: Error | null = null;
  private settled = false;
  private resolveDone!: (n: number) => void;
  private rejectDone!: (e: Error) => void;
  readonly done = new Promise<number>((resolve, reject) => {
    this.resolveDone = resolve;
    this.rejectDone = reject;
  });

  constructor(
    private readonly text: string,
    private readonly columns: Column[],
    private readonly rows: Iterable<T>,
    private readonly progress: (n: number) => void,
  ) {}

  submit(connection: pg.Connection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: pg.Connection): void {
    void this.send(connection.stream).catch((e: unknown) => {
      // The rows could not be made: the server must still leave COPY mode before the connection is used again.
      const error = e instanceof Error ? e : new Error(String(e));
      this.fail(error);
      connection.stream.write(copyFail(error.message));
    });
  }

  private async send(stream: pg.Connection['stream']): Promise<void> {
    for (const chunk of inBatches(this.rows, COPY_CHUNK)) {
      if (this.failed !== null) break;
      const flowing = stream.write(copyData(Buffer.from(copyLines(this.columns, chunk))));
      this.progress(chunk.length);
      await (flowing ? new Promise<void>((resolve) => setImmediate(resolve)) : drained(stream));
    }
    stream.write(COPY_DONE);
  }

  handleCommandComplete(msg: { text?: string }): void {
    this.rowCount = Number((msg.text ?? '').split(' ').pop()) || 0;
  }

  handleError(e: Error): void {
    // A server error is followed by ReadyForQuery; a lost connection is not: fail now either way.
    this.fail(e);
  }

  handleReadyForQuery(): void {
    if (this.settled) return;
    this.settled = true;
    this.resolveDone(this.rowCount);
  }

  private fail(e: Error): void {
    this.failed ??= e;
    if (this.settled) return;
    this.settled = true;
    this.rejectDone(e);
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
  callback(): void {}
}

/** COPY on one client (inside the transaction the caller runs on it). */
export function copierOf(client: pg.PoolClient): Copier {
  return async (table, columns, rows, progress = () => {}) => {
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    const copy = new CopyFromStdin(`copy "${table}" (${names}) from stdin`, columns, rows, progress);
    client.query(copy);
    return copy.done;
  };
}

/**
 * Runs `work` in one transaction; on PostgreSQL on a connection of its own, with a Copier for that connection (on
 * PGlite the Copier is null).
 */
export async function bulkTransaction<R>(
  database: Database,
  work: (tx: Db, copy: Copier | null) => Promise<R>,
): Promise<R> {
  if (database.driver.kind !== 'postgresql') return database.db.transaction((tx) => work(tx, null));
  const client = await database.driver.pool.connect();
  // A checked-out client's lost connection is an 'error' event: the query in flight fails with it.
  const ignore = () => {};
  client.on('error', ignore);
  try {
    const db = drizzleNodePg({ client, schema }) as unknown as Db;
    return await db.transaction((tx) => work(tx, copierOf(client)));
  } finally {
    client.off('error', ignore);
    client.release();
  }
}
