// Devices, the interface inbox and what monitors send: numerics, waveforms, alarms.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  pgTable,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DeviceCharset, DeviceVendor, InboxStatus, PlaceKind } from '../../domain/interop/devices';
import { bytea, tracked, ts } from './columns';
import { surgicalCases } from './registry';

/** A bedside device and its place; a room's devices feed the case that is in the room. */
export const devices = pgTable(
  'devices',
  {
    id: uuid('id').primaryKey(),
    vendor: text('vendor').$type<DeviceVendor>().notNull(),
    model: text('model').notNull(),
    /** EUI-64 from MSH-3 for IHE devices, else the serial or MSH-3 text the device sends. */
    identifier: text('identifier').notNull().unique(),
    /** The device's IP address, for senders that leave MSH-3 empty (Mindray PDS). */
    address: text('address'),
    /** Character set when MSH-18 is absent: utf8 | gb18030 | latin1. */
    charset: text('charset').$type<DeviceCharset>().notNull().default('utf8'),
    placeKind: text('place_kind').$type<PlaceKind>().notNull(),
    placeCode: text('place_code').notNull(),
    /** Manual binding to a case, taking precedence over the room's current case. */
    overrideCaseId: uuid('override_case_id').references(() => surgicalCases.id),
    active: boolean('active').notNull().default(true),
    ...tracked(),
  },
  (t) => [
    index('devices_address_idx').on(t.address),
    index('devices_place_idx').on(t.placeKind, t.placeCode),
  ],
);

/** Every message that could not be stored as observations: unknown device or malformed. Kept, never dropped. */
export const interopInbox = pgTable(
  'interop_inbox',
  {
    id: uuid('id').primaryKey(),
    receivedAt: ts('received_at').notNull(),
    remoteAddress: text('remote_address').notNull(),
    status: text('status').$type<InboxStatus>().notNull(),
    reason: text('reason').notNull(),
    controlId: text('control_id'),
    messageType: text('message_type'),
    deviceHint: text('device_hint'),
    /** A readable copy of the message (NUL shown as \\X00\\, undecodable bytes as U+FFFD). */
    raw: text('raw').notNull(),
    /** The frame's bytes exactly as received, whatever they hold; the readable copy is derived from them. */
    rawBytes: bytea('raw_bytes'),
    assignedDeviceId: uuid('assigned_device_id').references(() => devices.id),
    assignedBy: uuid('assigned_by'),
    assignedAt: ts('assigned_at'),
  },
  (t) => [index('interop_inbox_status_idx').on(t.status, t.receivedAt)],
);

/**
 * Vital-sign numerics, from devices and manual entry. High-volume and append-mostly, so the key is a
 * bigint identity rather than a UUID; a repeated device reading is the same (device, parameter,
 * channel, time) and is ignored (hl7-devices.md: MSH-10 is not unique for Mindray PDS).
 */
export const observations = pgTable(
  'observations',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id'),
    deviceId: uuid('device_id'),
    param: text('param').notNull(),
    loinc: text('loinc').notNull(),
    channel: text('channel').notNull().default(''),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    observedAt: ts('observed_at').notNull(),
    observedAtRaw: text('observed_at_raw'),
    receivedAt: ts('received_at').notNull(),
    source: text('source').notNull(), // device | manual
    enteredBy: uuid('entered_by'),
    artefact: boolean('artefact').notNull().default(false),
    artefactReason: text('artefact_reason'),
    artefactBy: uuid('artefact_by'),
    artefactAt: ts('artefact_at'),
  },
  (t) => [
    uniqueIndex('observations_reading_idx').on(t.deviceId, t.param, t.channel, t.observedAt),
    index('observations_case_time_idx').on(t.caseId, t.observedAt),
    index('observations_device_time_idx').on(t.deviceId, t.observedAt),
    // The few readings marked artefact, which the chart lists one by one (anesthesia/reading.repo.ts).
    index('observations_device_artefact_idx').on(t.deviceId, t.observedAt).where(sql`${t.artefact}`),
    index('observations_case_artefact_idx').on(t.caseId, t.observedAt).where(sql`${t.artefact}`),
  ],
);

/** Waveform arrays, kept apart from the numerics (or not stored at all: MLLP_WAVEFORMS=drop). */
export const waveforms = pgTable(
  'waveforms',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id'),
    deviceId: uuid('device_id').notNull(),
    code: text('code').notNull(),
    channel: text('channel').notNull().default(''),
    observedAt: ts('observed_at').notNull(),
    sampleRate: doublePrecision('sample_rate'),
    resolution: doublePrecision('resolution'),
    samples: real('samples').array().notNull(),
  },
  (t) => [uniqueIndex('waveforms_reading_idx').on(t.deviceId, t.code, t.channel, t.observedAt)],
);

/** Device alarms (ORU^R40), as the device reported them. */
export const deviceAlarms = pgTable(
  'device_alarms',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id'),
    deviceId: uuid('device_id').notNull(),
    code: text('code').notNull(),
    text: text('text').notNull(),
    channel: text('channel').notNull().default(''),
    observedAt: ts('observed_at').notNull(),
  },
  (t) => [uniqueIndex('device_alarms_reading_idx').on(t.deviceId, t.code, t.channel, t.observedAt)],
);
