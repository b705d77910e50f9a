// Readings and minute spans as the repository's queries send them: float8send bytes (big-endian),
// unpacked into columnar arrays without a row object per reading.
import type { ReadingSeries, ReadingSpan } from '../../domain/anesthesia/downsample';

// One reading packed as PostgreSQL's float8send writes it (big-endian): time in epoch ms, value, id.
const PACKED = 24;

export function unpack(
  bytes: Uint8Array,
  artefactIds: ReadonlySet<number>,
): Pick<ReadingSeries, 't' | 'value' | 'id' | 'artefact'> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = bytes.byteLength / PACKED;
  const out = {
    t: new Array<number>(count),
    value: new Array<number>(count),
    id: new Array<number>(count),
    artefact: new Array<boolean>(count),
  };
  for (let i = 0, at = 0; i < count; i++, at += PACKED) {
    out.t[i] = view.getFloat64(at);
    out.value[i] = view.getFloat64(at + 8);
    out.id[i] = view.getFloat64(at + 16);
    out.artefact[i] = artefactIds.size > 0 && artefactIds.has(out.id[i]!);
  }
  return out;
}

/** Fields per packed minute span (float8 each). */
export const SPAN_FIELDS = 12;

export function unpackSpans(bytes: Uint8Array): ReadingSpan[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: ReadingSpan[] = [];
  for (let at = 0; at < bytes.byteLength; at += SPAN_FIELDS * 8) {
    const f = (i: number) => view.getFloat64(at + i * 8);
    out.push({
      at: f(0),
      n: f(1),
      firstT: f(2),
      min: f(3),
      minT: f(4),
      minId: f(5),
      max: f(6),
      maxT: f(7),
      maxId: f(8),
      last: f(9),
      lastT: f(10),
      lastId: f(11),
    });
  }
  return out;
}
