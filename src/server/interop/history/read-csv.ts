// Reads one history import file (history-import.md §1): UTF-8 without a BOM, RFC 4180 quoting, `\n` or `\r\n`
// line ends, the exact header of its kind; streamed through csv-parse, so a file of any size is read record by
// record. Each record goes to `onRecord` with its row = the file's line where the record starts (header = 1).
// The domain's HistoryValidator checks the records; this reader reports what stops a file from being read.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { checkHeader, HEADERS } from '../../../domain/interop/history/headers';
import { MSG } from '../../../domain/interop/history/messages';
import type { HistoryFile, HistoryResult, ImportProblem } from '../../../domain/interop/history/types';
import { HistoryValidator } from '../../../domain/interop/history/validator';

export type OnRecord = (fields: string[], row: number) => void;

/** What reading found; `complete` = the file was read to its end (no encoding, syntax or header problem). */
export type ReadOutcome = { problems: ImportProblem[]; complete: boolean };

/** Stops the pipeline: the problem is already recorded. */
class Stop extends Error {}

const CHUNK = 1 << 20;
const BOM_BYTES = Buffer.from([0xef, 0xbb, 0xbf]);

/** A Buffer in chunks of 1 MiB, or the stream's own chunks. */
async function* chunksOf(source: Buffer | NodeJS.ReadableStream): AsyncGenerator<Buffer | string> {
  if (!Buffer.isBuffer(source)) {
    for await (const chunk of source) yield chunk;
    return;
  }
  for (let i = 0; i < source.length; i += CHUNK) {
    yield source.subarray(i, i + CHUNK);
    // A file held in memory is parsed chunk by chunk without I/O between them: give the server's other
    // requests their turn (a 100 MB file would otherwise hold the process for seconds).
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * The source's chunks, passed on unchanged once checked: strict UTF-8 (decoded as a stream with a fatal
 * TextDecoder, so a GBK file stops at its first Chinese character), without a BOM (reported, then skipped).
 */
async function* checkedUtf8(
  source: Buffer | NodeJS.ReadableStream,
  report: (message: ImportProblem['message']) => void,
): AsyncGenerator<Buffer | string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Decodes the next bytes (none = the end); false on a byte sequence that is not UTF-8. */
  const decodes = (bytes?: Buffer): boolean => {
    try {
      if (bytes === undefined) decoder.decode();
      else decoder.decode(bytes, { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  const notUtf8 = () => {
    report(MSG.notUtf8());
    return new Stop();
  };
  /** The bytes before the first three are known (null once they are). */
  let head: Buffer | null = Buffer.alloc(0);
  for await (const chunk of chunksOf(source)) {
    if (typeof chunk === 'string') {
      const bom = head !== null && chunk.startsWith('\uFEFF');
      if (bom) report(MSG.bom());
      yield bom ? chunk.slice(1) : chunk;
      head = null;
      continue;
    }
    if (!decodes(chunk)) throw notUtf8();
    if (head === null) {
      yield chunk;
      continue;
    }
    // The first three bytes decide the BOM, however the stream is cut.
    head = Buffer.concat([head, chunk]);
    if (head.length < BOM_BYTES.length) continue;
    const bom = head.subarray(0, BOM_BYTES.length).equals(BOM_BYTES);
    if (bom) report(MSG.bom());
    yield bom ? head.subarray(BOM_BYTES.length) : head;
    head = null;
  }
  if (!decodes()) throw notUtf8();
  if (head !== null && head.length > 0) yield head;
}

/** Line breaks inside a record's fields (a quoted field may span lines). */
function innerLines(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) {
    for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/** Reads one file, reporting what stops it being read and the records with the wrong number of fields. */
export async function readHistoryCsvFile(
  file: HistoryFile,
  source: Buffer | NodeJS.ReadableStream,
  onRecord: OnRecord,
): Promise<ReadOutcome> {
  const problems: ImportProblem[] = [];
  const report = (row: number | null, column: string | null, message: ImportProblem['message']) =>
    problems.push({ file, row, column, message });
  const width = HEADERS[file].length;
  let complete = true;
  let line = 1;
  let header = true;
  const text = Readable.from(checkedUtf8(source, (message) => report(null, null, message)));
  const parser = parse({
    relax_column_count: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n'],
  });
  const sink = new Writable({
    objectMode: true,
    write(fields: string[], _encoding, done) {
      const row = line;
      line += 1 + innerLines(fields);
      // A blank line carries no record (csv-parse gives it as one empty field).
      if (fields.length === 1 && fields[0] === '' && !header) return done();
      if (header) {
        header = false;
        const problem = checkHeader(file, fields);
        if (problem !== null) {
          problems.push(problem);
          return done(new Stop());
        }
        return done();
      }
      if (fields.length !== width) {
        report(row, null, MSG.fieldCount(width, fields.length));
        return done();
      }
      try {
        onRecord(fields, row);
      } catch (e) {
        return done(e instanceof Error ? e : new Error(String(e)));
      }
      done();
    },
  });
  try {
    await pipeline(text, parser, sink);
    if (header) report(null, null, MSG.empty());
  } catch (e) {
    complete = false;
    if (e instanceof CsvError)
      report(typeof e.lines === 'number' ? e.lines : null, null, MSG.csvSyntax(e.code));
    else if (!(e instanceof Stop)) throw e;
  }
  return { problems, complete: complete && !header };
}

/** Reads one file (see readHistoryCsvFile); the problems only. */
export async function readHistoryCsv(
  file: HistoryFile,
  source: Buffer | NodeJS.ReadableStream,
  onRecord: OnRecord,
): Promise<ImportProblem[]> {
  return (await readHistoryCsvFile(file, source, onRecord)).problems;
}

export type HistoryFiles = { cases: Buffer; staffing?: Buffer; deliveries?: Buffer; wards?: Buffer };

/** Reads and validates a whole import: every file through one HistoryValidator. */
export async function validateHistoryFiles(files: HistoryFiles): Promise<HistoryResult> {
  const v = new HistoryValidator();
  const add: Record<HistoryFile, OnRecord> = {
    cases: (f, r) => v.addCase(f, r),
    staffing: (f, r) => v.addStaffing(f, r),
    deliveries: (f, r) => v.addDelivery(f, r),
    wards: (f, r) => v.addWard(f, r),
  };
  for (const file of ['cases', 'staffing', 'deliveries', 'wards'] as const) {
    const source = files[file];
    if (source === undefined) continue;
    const { problems, complete } = await readHistoryCsvFile(file, source, add[file]);
    for (const p of problems) v.addProblem(p, { incomplete: !complete });
  }
  return v.finish();
}
