// A small MLLP client: sends frames on one connection and resolves each with its ACK, in order.
// Used by the monitor simulator, the ingest benchmark and the tests (the real TCP path).
import { connect, type Socket } from 'node:net';
import { frame, MllpFramer } from './mllp-framer';

export class MllpClient {
  private readonly waiting: { resolve: (ack: string) => void; reject: (e: Error) => void }[] = [];
  private readonly framer = new MllpFramer(16 * 1024 * 1024);
  private closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => {
      for (const e of this.framer.push(chunk, Date.now()))
        if (e.kind === 'frame') this.waiting.shift()?.resolve(e.bytes.toString('utf8'));
    });
    const fail = (err: Error) => {
      this.closed = true;
      for (const w of this.waiting.splice(0)) w.reject(err);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed')));
  }

  static open(port: number, host = '127.0.0.1'): Promise<MllpClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host }, () => {
        socket.off('error', reject);
        socket.setNoDelay(true);
        resolve(new MllpClient(socket));
      });
      socket.once('error', reject);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Sends one message (text or raw bytes, framed here) and resolves with the ACK text. */
  send(message: string | Buffer): Promise<string> {
    return this.sendRaw(frame(typeof message === 'string' ? Buffer.from(message, 'utf8') : message));
  }

  /** Writes bytes as they are (for fault tests) and waits for the next ACK. */
  sendRaw(bytes: Buffer): Promise<string> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error('connection closed'));
      this.waiting.push({ resolve, reject });
      this.socket.write(bytes);
    });
  }

  write(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.destroyed) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.end();
    });
  }
}

/** The MSA-1 code and MSA-2 control id of an ACK. */
export function ackCode(ack: string): { code: string; controlId: string; error: string } {
  const lines = ack.split(/\r/);
  const msa = lines.find((l) => l.startsWith('MSA'))?.split('|') ?? [];
  const err = lines.find((l) => l.startsWith('ERR'))?.split('|') ?? [];
  return { code: msa[1] ?? '', controlId: msa[2] ?? '', error: err[8] ?? '' };
}
