// Device messages to the database with group commit: messages that arrive together are stored in
// one transaction — with what is derived from them (the chart's minutes, each case's intra-op alert
// episodes and hypotension exposure) — and each is acknowledged only after that transaction has
// committed (DESIGN.md: parse → map → one transaction → commit → ACK → NOTIFY). A message from an unknown
// device, or one that cannot be read, is kept in the inbox with its raw text, never dropped. ADT messages
// from the HIS arrive on the same listener and go, one at a time, to the ADT handler (beds/adt.service.ts).
import type { FastifyBaseLogger } from 'fastify';
import type { Topic } from '../../api/realtime';
import { readingOwners } from '../../db/anesthesia/intraop.repo';
import type { Database, Db } from '../../db/client';
import { activeDevices, type DeviceRow } from '../../db/interop/device.repo';
import { type InboxEntry, insertInbox } from '../../db/interop/inbox.repo';
import {
  type DeviceAlarm,
  type DeviceReading,
  type DeviceWaveform,
  insertAlarms,
  insertDeviceReadings,
  insertWaveforms,
} from '../../db/interop/observations';
import { buildAck } from '../../domain/interop/ack';
import { ackForAdt, buildAdtAck } from '../../domain/interop/adt-ack';
import { ADT_REASONS } from '../../domain/interop/adt-messages';
import { isAdtText, readAdtFrame } from '../../domain/interop/adt-wire';
import type { Extracted } from '../../domain/interop/extract';
import { DEVICE_REASONS } from '../../domain/interop/messages';
import { foldStored } from '../anesthesia/derivation';
import type { RealtimeHub } from '../realtime/hub';
import { MessageParser } from './parser';

export type IncomingMessage = {
  text: string;
  /** The frame's bytes as received (absent for messages made in-process); the inbox keeps them exactly. */
  bytes?: Buffer;
  remoteAddress: string;
  receivedAt: Date;
  /** Set when the bytes could not be decoded (an unsupported MSH-18): the message is refused and kept. */
  decodeError?: string;
};
export type IngestOptions = {
  siteZone: string;
  storeWaveforms: boolean;
  /** Largest number of messages in one transaction. */
  maxBatch?: number;
};

export type IngestOutcome = {
  ack: string;
  outcome: 'stored' | 'quarantined' | 'rejected' | 'failed';
  deviceId: string | null;
};
type Pending = { msg: IncomingMessage; e: Extracted; resolve: (result: IngestOutcome) => void };

/** Applies an ADT message from the HIS and resolves with its ACK once committed (beds/adt.service.ts). */
export type AdtHandler = { apply(msg: IncomingMessage): Promise<IngestOutcome> };

const DEVICE_REFRESH_MS = 5000;

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** PostgreSQL text cannot hold NUL: keep it visible as the HL7 hex escape instead of losing the message. */
const keepable = (text: string) => text.replaceAll(String.fromCharCode(0), '\\X00\\');

/** An ADT message kept in the interface inbox: its raw text and bytes, why, and who sent it. */
export function adtInboxEntry(
  msg: IncomingMessage,
  status: 'quarantined' | 'rejected',
  reason: string,
  header: { controlId: string | null; trigger: string; sender: { application: string; facility: string } },
): InboxEntry {
  const sender = [header.sender.application, header.sender.facility].filter(Boolean).join(' / ');
  return {
    receivedAt: msg.receivedAt,
    remoteAddress: msg.remoteAddress,
    status,
    reason,
    controlId: header.controlId,
    messageType: header.trigger ? `ADT^${header.trigger}` : 'ADT',
    deviceHint: sender ? `HIS ${sender}` : msg.remoteAddress,
    raw: keepable(msg.text),
    rawBytes: msg.bytes ?? null,
  };
}

/** The registered devices, looked up by EUI-64 / identifier and by address; refreshed every few seconds. */
export class DeviceDirectory {
  private byIdentifier = new Map<string, DeviceRow>();
  private byAddress = new Map<string, DeviceRow>();
  private loadedAt = 0;
  private loading: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  invalidate(): void {
    this.loadedAt = 0;
  }

  async ensureFresh(now: number): Promise<void> {
    if (now - this.loadedAt < DEVICE_REFRESH_MS) return;
    this.loading ??= (async () => {
      const list = await activeDevices(this.db);
      this.byIdentifier = new Map(list.map((d) => [d.identifier.toUpperCase(), d]));
      this.byAddress = new Map(list.filter((d) => d.address).map((d) => [d.address!, d]));
      this.loadedAt = Date.now();
    })().finally(() => {
      this.loading = null;
    });
    await this.loading;
  }

  /**
   * A device that names its EUI-64 is known by it alone; otherwise by the MSH-3 text, then by the
   * sender's address (Mindray PDS leaves MSH-3 empty).
   */
  find(e: Extract<Extracted, { ok: true }>, remoteAddress: string): DeviceRow | null {
    if (e.device.eui64) return this.byIdentifier.get(e.device.eui64) ?? null;
    for (const k of [e.device.application, e.device.application.split('^')[1]]) {
      const d = k ? this.byIdentifier.get(k.toUpperCase()) : undefined;
      if (d) return d;
    }
    return this.byAddress.get(remoteAddress) ?? null;
  }

  charsetFor(eui64OrApp: string, remoteAddress: string): string | null {
    return (
      (this.byIdentifier.get(eui64OrApp.toUpperCase()) ?? this.byAddress.get(remoteAddress))?.charset ?? null
    );
  }
}

export type IngestStats = { messages: number; observations: number; batches: number; duplicates: number };

export class Ingestor {
  private queue: Pending[] = [];
  private inFlight = 0;
  private ackSeq = 0;
  readonly stats: IngestStats = { messages: 0, observations: 0, batches: 0, duplicates: 0 };
  readonly devices: DeviceDirectory;
  private readonly parser: MessageParser;
  private adt: AdtHandler | null = null;

  constructor(
    private readonly database: Database,
    private readonly hub: RealtimeHub,
    private readonly log: FastifyBaseLogger,
    private readonly options: IngestOptions,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.devices = new DeviceDirectory(database.db);
    this.parser = new MessageParser(options.siteZone);
  }

  /** ADT messages go to this handler; the server attaches it once its services exist. */
  attachAdt(handler: AdtHandler): void {
    this.adt = handler;
  }

  /** Resolves with the ACK to send, once the message's data is committed (or with AE when it could not be). */
  async submit(msg: IncomingMessage): Promise<IngestOutcome> {
    if (isAdtText(msg.text)) return this.adt ? this.adt.apply(msg) : this.keepAdt(msg);
    // Parse on arrival (in the parser's thread), so reading the next messages overlaps the previous batch's commit.
    const e: Extracted = msg.decodeError
      ? { ok: false, ack: 'AR', errorCode: 102, reason: msg.decodeError, controlId: null }
      : await this.parser.parse(msg.text, msg.receivedAt);
    return new Promise((resolve) => {
      this.queue.push({ msg, e, resolve });
      this.pump();
    });
  }

  /**
   * Starts batches while fewer than the allowed number are in flight: two on PostgreSQL (one
   * filling while the other commits), one on PGlite (a single connection). Each connection's ACKs
   * still leave in order, because the listener writes them in arrival order.
   */
  private pump(): void {
    const limit = this.database.kind === 'postgresql' ? 2 : 1;
    while (this.inFlight < limit && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch ?? 1000);
      this.inFlight++;
      void this.store(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private ack(
    e: Extracted | null,
    code: 'AA' | 'AE' | 'AR',
    text: string,
    error?: { code: number; reason: string },
  ) {
    const header = /^MSH(.)/.exec(text);
    const fields = header ? text.split(/[\r\n]/)[0]!.split(header[1]!) : [];
    return buildAck({
      code,
      controlId: e?.ok ? e.controlId : (e?.controlId ?? fields[9] ?? null),
      sender: { application: fields[2] ?? '', facility: fields[3] ?? '' },
      triggerEvent: e?.ok ? e.type.split('^')[1]! : (fields[8]?.split('^')[1] ?? 'R01'),
      now: this.clock(),
      ackControlId: `P${Date.now().toString(36)}${(this.ackSeq++).toString(36)}`,
      ...(error ? { error } : {}),
    });
  }

  private async store(batch: Pending[]): Promise<void> {
    const now = Date.now();
    await this.devices.ensureFresh(now);
    const readings: DeviceReading[] = [];
    const waveforms: DeviceWaveform[] = [];
    const alarms: DeviceAlarm[] = [];
    const inbox: InboxEntry[] = [];
    const acks: IngestOutcome[] = [];
    const parsed = batch.map(({ msg, e }) => ({ msg, e }));
    const deviceOf = parsed.map(({ msg, e }) => (e.ok ? this.devices.find(e, msg.remoteAddress) : null));
    // Observations belong to a case by place and time (the room's case from 入室 to 出室), decided
    // when they are read; only a manual binding is stamped here. Charts listen on the room's topic.
    const touched = new Map<Topic, number>();
    const touch = (topic: Topic, n: number) => touched.set(topic, (touched.get(topic) ?? 0) + n);

    parsed.forEach(({ msg, e }, i) => {
      if (!e.ok) {
        inbox.push({
          receivedAt: msg.receivedAt,
          remoteAddress: msg.remoteAddress,
          status: 'rejected',
          reason: e.reason,
          controlId: e.controlId,
          messageType: null,
          deviceHint: null,
          raw: keepable(msg.text),
          rawBytes: msg.bytes ?? null,
        });
        acks.push({
          ack: this.ack(e, e.ack, msg.text, { code: e.errorCode, reason: e.reason }),
          outcome: 'rejected',
          deviceId: null,
        });
        return;
      }
      const device = deviceOf[i];
      if (!device) {
        inbox.push({
          receivedAt: msg.receivedAt,
          remoteAddress: msg.remoteAddress,
          status: 'quarantined',
          reason: DEVICE_REASONS.unknownDevice(),
          controlId: e.controlId,
          messageType: e.type,
          deviceHint: e.device.eui64 ?? (e.device.application || msg.remoteAddress),
          raw: keepable(msg.text),
          rawBytes: msg.bytes ?? null,
        });
        acks.push({ ack: this.ack(e, 'AA', msg.text), outcome: 'quarantined', deviceId: null });
        return;
      }
      const caseId = device.overrideCaseId;
      for (const n of e.numerics)
        readings.push({ ...n, deviceId: device.id, caseId, receivedAt: msg.receivedAt });
      if (this.options.storeWaveforms)
        for (const w of e.waveforms) waveforms.push({ ...w, deviceId: device.id, caseId });
      for (const a of e.alarms) alarms.push({ ...a, deviceId: device.id, caseId });
      if (e.numerics.length) {
        touch(`${device.placeKind}:${device.placeCode}`, e.numerics.length);
        if (caseId) touch(`case:${caseId}`, e.numerics.length);
      }
      acks.push({ ack: this.ack(e, 'AA', msg.text), outcome: 'stored', deviceId: device.id });
    });

    // The rooms (and bound cases) whose cases the readings may belong to, and the time they span.
    const rooms = new Set<string>();
    const bound = new Set<string>();
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    for (const r of readings) {
      if (r.caseId) bound.add(r.caseId);
      from = Math.min(from, r.observedAt.getTime());
      to = Math.max(to, r.observedAt.getTime());
    }
    for (const d of deviceOf) if (d && d.placeKind === 'or_room' && !d.overrideCaseId) rooms.add(d.placeCode);

    try {
      let inserted = 0;
      await this.database.db.transaction(async (tx) => {
        // One key order for every batch, so two batches in flight never wait on each other in a cycle.
        readings.sort(
          (a, b) =>
            order(a.deviceId, b.deviceId) ||
            order(a.param, b.param) ||
            order(a.channel, b.channel) ||
            a.observedAt.getTime() - b.observedAt.getTime(),
        );
        // Derived in this transaction (DESIGN.md): each case's alert episodes and exposure follow its readings.
        const owners =
          readings.length > 0
            ? await readingOwners(tx, {
                rooms: [...rooms],
                bound: [...bound],
                from: new Date(from),
                to: new Date(to),
              })
            : [];
        const stored = await insertDeviceReadings(
          tx,
          readings,
          owners.flatMap((o) => o.basis.devices),
        );
        inserted = stored.inserted;
        await foldStored(tx, owners, stored.owned, this.clock());
        await insertInbox(tx, inbox);
        await insertWaveforms(tx, waveforms);
        await insertAlarms(tx, alarms);
        await this.hub.publishMany(
          tx,
          [...touched].map(([topic, count]) => ({ topic, type: 'observations' as const, data: { count } })),
        );
      });
      this.stats.messages += batch.length;
      this.stats.observations += inserted;
      this.stats.duplicates += readings.length - inserted;
      this.stats.batches++;
      for (const [i, p] of batch.entries()) p.resolve(acks[i]!);
    } catch (err) {
      // One bad message must not cost its neighbours: retry them one by one before answering AE.
      if (batch.length > 1) {
        for (const p of batch) await this.store([p]);
        return;
      }
      this.log.error({ err }, 'storing a device message failed');
      this.failAll(batch, parsed);
    }
  }

  /**
   * No ADT handler (the interface host on its own, listen.ts): an unreadable message is refused as the
   * handler would refuse it; a readable one is kept for replay (quarantined) and answered AE, so the HIS
   * sends it again.
   */
  private async keepAdt(msg: IncomingMessage): Promise<IngestOutcome> {
    const r = readAdtFrame(msg.text, msg.decodeError, { siteZone: this.options.siteZone });
    const ids = {
      now: this.clock(),
      ackControlId: `P${Date.now().toString(36)}${(this.ackSeq++).toString(36)}`,
    };
    const h = r.ok ? r.event : r;
    const nak = (reason: string) =>
      buildAdtAck({
        code: 'AE',
        controlId: h.controlId,
        sender: h.sender,
        trigger: h.trigger,
        ...ids,
        error: { code: 207, reason, segment: null, field: null },
      });
    const reason = r.ok ? ADT_REASONS.interfaceOff() : r.reason;
    try {
      await insertInbox(this.database.db, [adtInboxEntry(msg, r.ok ? 'quarantined' : 'rejected', reason, h)]);
    } catch (err) {
      this.log.error({ err }, 'keeping an ADT message failed');
      return { ack: nak(ADT_REASONS.notStored()), outcome: 'failed', deviceId: null };
    }
    if (!r.ok) return { ack: ackForAdt(r, ids), outcome: 'rejected', deviceId: null };
    return { ack: nak(reason), outcome: 'quarantined', deviceId: null };
  }

  /** Nothing was committed: every message gets AE, so the device sends it again. */
  private failAll(batch: Pending[], parsed: { msg: IncomingMessage; e: Extracted }[]): void {
    for (const [i, p] of batch.entries())
      p.resolve({
        ack: this.ack(parsed[i]!.e, 'AE', p.msg.text, {
          code: 207,
          reason: DEVICE_REASONS.notStored(),
        }),
        outcome: 'failed',
        deviceId: null,
      });
  }
}
