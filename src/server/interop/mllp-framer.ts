// MLLP framing (HL7 v2 Appendix C): 0x0B message 0x1C 0x0D. Several frames may arrive in one TCP
// chunk and one frame across many; bytes outside a frame are discarded; an oversized frame is refused.
export const VT = 0x0b;
export const FS = 0x1c;
export const CR = 0x0d;

export type FrameEvent = { kind: 'frame'; bytes: Buffer } | { kind: 'too_large'; size: number };

export class MllpFramer {
  private parts: Buffer[] = [];
  private size = 0;
  private inFrame = false;
  /** When the current frame started (for the slow-sender timeout). */
  frameStartedAt: number | null = null;

  constructor(private readonly maxBytes: number) {}

  /** Feeds a chunk; returns the complete frames (and refusals) it finished, in order. */
  push(chunk: Buffer, now: number): FrameEvent[] {
    const events: FrameEvent[] = [];
    let i = 0;
    while (i < chunk.length) {
      if (!this.inFrame) {
        const start = chunk.indexOf(VT, i);
        if (start < 0) break;
        this.inFrame = true;
        this.frameStartedAt = now;
        i = start + 1;
        continue;
      }
      const end = chunk.indexOf(FS, i);
      const piece = chunk.subarray(i, end < 0 ? chunk.length : end);
      this.size += piece.length;
      if (this.size > this.maxBytes) {
        events.push({ kind: 'too_large', size: this.size });
        this.reset();
        return events; // the rest of the stream cannot be trusted; the caller closes the connection
      }
      this.parts.push(Buffer.from(piece));
      if (end < 0) break;
      events.push({ kind: 'frame', bytes: Buffer.concat(this.parts, this.size) });
      this.reset();
      i = end + 1;
      if (chunk[i] === CR) i++;
    }
    return events;
  }

  private reset(): void {
    this.parts = [];
    this.size = 0;
    this.inFrame = false;
    this.frameStartedAt = null;
  }
}

export const frame = (text: Buffer): Buffer =>
  Buffer.concat([Buffer.from([VT]), text, Buffer.from([FS, CR])]);
