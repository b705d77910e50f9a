// The MLLP listener devices and the HIS connect to. Each connection is read frame by frame; a frame's
// bytes are decoded with MSH-18 (else, for a device, its configured charset, else the listener default;
// for an ADT message from the HIS, UTF-8 when the bytes are valid UTF-8, else GB18030 — adt-wire.ts),
// handed to the ingestor, and its ACK is written only once the ingestor has committed it. ACKs go back
// in the order the messages came. Faults close only the faulty connection.

import { createServer, type Server, type Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import iconv from 'iconv-lite';
import { buildAck } from '../../domain/interop/ack';
import { adtCharsetOf, isAdtBytes } from '../../domain/interop/adt-wire';
import { charsetOf, msh18FromBytes } from '../../domain/interop/hl7-text';
import { DEVICE_REASONS } from '../../domain/interop/messages';
import type { Config } from '../config';
import type { Ingestor } from './ingest';
import { frame, MllpFramer } from './mllp-framer';

export type MllpOptions = {
  port: number;
  host: string;
  defaultCharset: string;
  maxFrameBytes: number;
  /** A frame must be complete within this time (a sender trickling one byte a second is cut off). */
  frameTimeoutMs: number;
  /** A connection silent for this long is closed. */
  idleTimeoutMs: number;
};

export type MllpListener = { port: number; close(): Promise<void>; connections(): number };

export const mllpOptions = (config: Config): MllpOptions => ({
  port: config.MLLP_PORT,
  host: config.MLLP_HOST,
  defaultCharset: config.MLLP_DEFAULT_CHARSET,
  maxFrameBytes: config.MLLP_MAX_FRAME_BYTES,
  frameTimeoutMs: config.MLLP_FRAME_TIMEOUT_MS,
  idleTimeoutMs: config.MLLP_IDLE_TIMEOUT_MS,
});

const normaliseAddress = (a: string | undefined) => (a ?? '').replace(/^::ffff:/, '');

/** Decodes a frame with MSH-18, else the fallback; an unsupported MSH-18 is reported, not guessed. */
export function decodeFrame(
  bytes: Buffer,
  fallbackCharset: string,
): { text: string; charset: string; error?: string } {
  const declared = charsetOf(msh18FromBytes(bytes));
  if (declared === 'unsupported')
    return {
      text: bytes.toString('latin1'),
      charset: 'utf8',
      error: DEVICE_REASONS.unsupportedCharset(msh18FromBytes(bytes)),
    };
  const charset = declared ?? fallbackCharset;
  return { text: iconv.decode(bytes, charset), charset };
}

/** An ADT message from the HIS: MSH-18, else valid UTF-8, else GB18030 (adt-wire.ts adtCharsetOf). */
function decodeAdt(bytes: Buffer): { text: string; charset: string; error?: string } {
  const c = adtCharsetOf(bytes);
  if (!c.ok)
    return {
      text: bytes.toString('latin1'),
      charset: 'utf8',
      error: DEVICE_REASONS.unsupportedCharset(c.declared),
    };
  return { text: iconv.decode(bytes, c.charset), charset: c.charset };
}

/**
 * Decodes a frame in the character set its MSH-18 declares, else (a device) its registered device's,
 * else the default; an ADT message by its own rule (decodeAdt).
 */
export function decodeIncoming(
  bytes: Buffer,
  devices: Pick<Ingestor['devices'], 'charsetFor'>,
  remoteAddress: string,
  defaultCharset: string,
): { text: string; charset: string; error?: string } {
  if (isAdtBytes(bytes)) return decodeAdt(bytes);
  const appGuess = /^MSH.[^\r\n]*/.exec(bytes.subarray(0, 512).toString('latin1'));
  const eui = appGuess ? (appGuess[0].split(appGuess[0][3]!)[2]?.split('^')[1] ?? '') : '';
  return decodeFrame(bytes, devices.charsetFor(eui, remoteAddress) ?? defaultCharset);
}

export async function startMllpListener(
  ingestor: Ingestor,
  options: MllpOptions,
  log: FastifyBaseLogger,
): Promise<MllpListener> {
  const sockets = new Set<Socket>();

  const handle = (socket: Socket) => {
    sockets.add(socket);
    const remoteAddress = normaliseAddress(socket.remoteAddress);
    const framer = new MllpFramer(options.maxFrameBytes);
    // Each connection's ACKs leave in the order its messages arrived.
    let chain: Promise<void> = Promise.resolve();
    socket.setNoDelay(true);
    socket.setTimeout(options.idleTimeoutMs, () => socket.destroy());
    const slowCheck = setInterval(
      () => {
        if (framer.frameStartedAt !== null && Date.now() - framer.frameStartedAt > options.frameTimeoutMs) {
          log.warn({ remoteAddress }, 'MLLP frame not completed in time; closing the connection');
          socket.destroy();
        }
      },
      Math.min(1000, options.frameTimeoutMs),
    );
    socket.on('close', () => {
      clearInterval(slowCheck);
      sockets.delete(socket);
    });
    socket.on('error', () => socket.destroy());

    socket.on('data', (chunk: Buffer) => {
      for (const event of framer.push(chunk, Date.now())) {
        if (event.kind === 'too_large') {
          const nak = buildAck({
            code: 'AR',
            controlId: null,
            sender: { application: '', facility: '' },
            triggerEvent: 'R01',
            now: new Date(),
            ackControlId: `P${Date.now().toString(36)}`,
            error: {
              code: 100,
              reason: DEVICE_REASONS.tooLarge(options.maxFrameBytes),
            },
          });
          chain = chain.then(() => {
            socket.end(frame(Buffer.from(nak)));
          });
          log.warn({ remoteAddress, size: event.size }, 'MLLP frame too large; closing the connection');
          return;
        }
        const receivedAt = new Date();
        const bytes = event.bytes;
        const pending = (async () => {
          const decoded = decodeIncoming(bytes, ingestor.devices, remoteAddress, options.defaultCharset);
          const { ack } = await ingestor.submit({
            text: decoded.text,
            bytes,
            remoteAddress,
            receivedAt,
            ...(decoded.error ? { decodeError: decoded.error } : {}),
          });
          // The ACK goes back in the character set the message came in.
          return iconv.encode(ack, decoded.charset);
        })();
        chain = chain.then(async () => {
          const ack = await pending;
          if (!socket.destroyed) socket.write(frame(ack));
        });
      }
    });
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  log.info({ port, host: options.host }, 'MLLP listener started');
  return {
    port,
    connections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
