// Interoperability's contract: the device registry, the binding of a device to a case, and the interface
// inbox — request and response schemas of every route — and its error codes.
import { z } from 'zod';
import { singleLineText } from '../domain/common/text';
import { DEVICE_CHARSETS, DEVICE_VENDORS, INBOX_STATUSES, PLACE_KINDS } from '../domain/interop/devices';
import { defineErrors } from './error-def';

export const idParams = z.object({ id: z.uuid() });
const version = z.number().int().positive();

// ── Devices (/api/v1/devices) ──
export const deviceInput = z.strictObject({
  vendor: z.enum(DEVICE_VENDORS),
  model: singleLineText(60),
  identifier: singleLineText(80).transform((s) => s.toUpperCase()),
  address: z.union([z.ipv4(), z.ipv6()]).nullish(),
  charset: z.enum(DEVICE_CHARSETS).default('utf8'),
  placeKind: z.enum(PLACE_KINDS),
  placeCode: singleLineText(40),
  active: z.boolean().default(true),
});
export type DeviceInput = z.infer<typeof deviceInput>;
export const deviceUpdate = deviceInput.extend({ version });
export type DeviceUpdate = z.infer<typeof deviceUpdate>;

export const deviceSchema = z.object({
  id: z.string(),
  vendor: z.enum(DEVICE_VENDORS),
  model: z.string(),
  identifier: z.string(),
  address: z.string().nullable(),
  charset: z.enum(DEVICE_CHARSETS),
  placeKind: z.enum(PLACE_KINDS),
  placeCode: z.string(),
  overrideCaseId: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
});
export type Device = z.infer<typeof deviceSchema>;
export const deviceListSchema = z.object({ items: z.array(deviceSchema) });
export type DeviceList = z.infer<typeof deviceListSchema>;

/** Binds a device to a case by hand (null: back to its room's current case), over the version read. */
export const deviceBindingInput = z.strictObject({ caseId: z.uuid().nullable(), version });
export type DeviceBindingInput = z.infer<typeof deviceBindingInput>;

// ── The interface inbox (/api/v1/interop/inbox) ──
export const inboxQuery = z.strictObject({ status: z.enum(INBOX_STATUSES).optional() });
export type InboxQuery = z.infer<typeof inboxQuery>;

export const inboxEntrySchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  remoteAddress: z.string(),
  status: z.enum(INBOX_STATUSES),
  reason: z.string(),
  controlId: z.string().nullable(),
  messageType: z.string().nullable(),
  deviceHint: z.string().nullable(),
  /** The readable copy; the segments that identify the patient are masked (the bytes are kept exactly). */
  raw: z.string(),
  assignedDeviceId: z.string().nullable(),
});
export type InboxEntry = z.infer<typeof inboxEntrySchema>;
export const inboxListSchema = z.object({ items: z.array(inboxEntrySchema) });
export type InboxList = z.infer<typeof inboxListSchema>;

/** What replaying a quarantined message did: stored into the device's record, or quarantined again … */
export const replayResultSchema = z.object({
  outcome: z.enum(['stored', 'quarantined', 'rejected', 'failed']),
  deviceId: z.string().nullable(),
});
export type ReplayResult = z.infer<typeof replayResultSchema>;

export const interopErrors = defineErrors({
  duplicate_device: {
    status: 409,
    'zh-CN': '设备标识 {identifier} 已登记',
    'en-US': 'Device identifier {identifier} is already registered',
  },
  inbox_not_quarantined: {
    status: 409,
    'zh-CN': '该报文不在隔离区，无需处理',
    'en-US': 'The message is not in quarantine',
  },
});
