// Drives simulated monitors over real MLLP: each device on its own connection sends a message every
// 1/hz seconds and waits for the ACK, as bedside monitors do; a lost connection is reopened.
import { ackCode, MllpClient } from '../mllp-client';
import { deviceMessage, type SimDevice } from './messages';
import { vitalsAt } from './physiology';

export type SimOptions = {
  port: number;
  host?: string;
  devices: SimDevice[];
  hz: number;
  /** Called for every acknowledged message (the kill test compares these with what is stored). */
  onAck?: (device: SimDevice, at: Date, code: string) => void;
};

export type Simulation = { stop(): Promise<void>; sent(): number; acked(): number };

export function startSimulation(o: SimOptions): Simulation {
  let running = true;
  let sent = 0;
  let acked = 0;
  const started = Date.now();
  const loops = o.devices.map(async (d) => {
    let client: MllpClient | null = null;
    let seq = 0;
    const period = 1000 / o.hz;
    // Stagger devices over one period so they do not all send in the same millisecond.
    let next = started + (period * d.index) / Math.max(1, o.devices.length);
    while (running) {
      const wait = next - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (!running) break;
      const at = new Date(Math.floor(next / 1000) * 1000);
      next += period;
      try {
        client ??= await MllpClient.open(o.port, o.host);
        const seconds = Math.floor((at.getTime() - started) / 1000) + d.index * 97;
        seq += 1;
        sent += 1;
        const ack = await client.send(deviceMessage(d, vitalsAt(seconds, d.index + 1), at, seq));
        const { code } = ackCode(ack);
        if (code === 'AA') acked += 1;
        o.onAck?.(d, at, code);
      } catch {
        client = null; // the server went away or closed us: reconnect on the next tick
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    await client?.close();
  });
  return {
    sent: () => sent,
    acked: () => acked,
    async stop() {
      running = false;
      await Promise.allSettled(loops);
    },
  };
}
