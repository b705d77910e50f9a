// The device registry (admins), the binding of a device to a case (clinicians), and the inbox of
// quarantined and rejected messages, which an admin can replay once the device is registered.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type DeviceRow, getDevice, insertDevice, listDevices, updateDevice } from '../../db/interop/devices';
import { getInboxEntry, listInbox, markAssigned } from '../../db/interop/inbox';
import { getCase } from '../../db/registry/case.repo';
import { singleLineText } from '../../domain/common/text';
import { maskPatientSegments } from '../../domain/interop/mask';
import { audit } from '../audit/audit';
import { AppError, conflict, notFound } from '../errors/app-error';
import { decodeIncoming } from './mllp-listener';

const deviceBody = z.strictObject({
  vendor: z.enum(['mindray', 'ge', 'philips', 'comen', 'other']),
  model: singleLineText(60),
  identifier: singleLineText(80).transform((s) => s.toUpperCase()),
  address: z.union([z.ipv4(), z.ipv6()]).nullish(),
  charset: z.enum(['utf8', 'gb18030', 'latin1']).default('utf8'),
  placeKind: z.enum(['or_room', 'pacu_bed', 'ward_bed']),
  placeCode: singleLineText(40),
  active: z.boolean().default(true),
});
const deviceSchema = z.object({
  id: z.string(),
  vendor: z.string(),
  model: z.string(),
  identifier: z.string(),
  address: z.string().nullable(),
  charset: z.string(),
  placeKind: z.string(),
  placeCode: z.string(),
  overrideCaseId: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
});
const deviceDto = (d: DeviceRow): z.infer<typeof deviceSchema> => ({
  id: d.id,
  vendor: d.vendor,
  model: d.model,
  identifier: d.identifier,
  address: d.address,
  charset: d.charset,
  placeKind: d.placeKind,
  placeCode: d.placeCode,
  overrideCaseId: d.overrideCaseId,
  active: d.active,
  version: d.version,
});
const idParams = z.object({ id: z.uuid() });

export const deviceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock, ingestor } = app.ctx;
  const db = database.db;

  app.get(
    '/api/v1/devices',
    {
      config: { permission: 'device.admin' },
      schema: {
        tags: ['interop'],
        summary: '设备登记列表 / registered devices',
        response: { 200: z.object({ items: z.array(deviceSchema) }) },
      },
    },
    async () => ({ items: (await listDevices(db)).map(deviceDto) }),
  );

  app.post(
    '/api/v1/devices',
    {
      config: { permission: 'device.admin' },
      schema: {
        tags: ['interop'],
        summary: '登记设备 / register a device',
        body: deviceBody,
        response: { 201: deviceSchema },
      },
    },
    async (req, reply) => {
      // A duplicate identifier is the unique constraint's 409 (errors/error-handler.ts).
      const row = await insertDevice(
        db,
        { address: null, ...req.body },
        { userId: req.user!.id, now: clock() },
      );
      ingestor.devices.invalidate();
      await audit(req, { action: 'create', resourceType: 'device', resourceId: row.id });
      return reply.code(201).send(deviceDto(row));
    },
  );

  app.put(
    '/api/v1/devices/:id',
    {
      config: { permission: 'device.admin' },
      schema: {
        tags: ['interop'],
        summary: '修改设备 / update a device',
        params: idParams,
        body: deviceBody.extend({ version: z.number().int().positive() }),
        response: { 200: deviceSchema },
      },
    },
    async (req) => {
      const current = await getDevice(db, req.params.id);
      if (!current) throw notFound();
      const { version, ...values } = req.body;
      const row = await updateDevice(
        db,
        current.id,
        version,
        { address: null, ...values },
        { userId: req.user!.id, now: clock() },
      );
      if (!row) throw conflict(current.version, deviceDto(current));
      ingestor.devices.invalidate();
      await audit(req, { action: 'update', resourceType: 'device', resourceId: row.id });
      return deviceDto(row);
    },
  );

  app.post(
    '/api/v1/devices/:id/binding',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['interop'],
        summary: '手动绑定设备到手术（优先于手术间自动关联）/ bind a device to a case by hand',
        params: idParams,
        body: z.strictObject({ caseId: z.uuid().nullable(), version: z.number().int().positive() }),
        response: { 200: deviceSchema },
      },
    },
    async (req) => {
      const current = await getDevice(db, req.params.id);
      if (!current) throw notFound();
      const c = req.body.caseId ? await getCase(db, req.body.caseId, req.user!.scope) : null;
      if (req.body.caseId && !c)
        throw new AppError('reference_not_found', { what: '手术' }, [
          { path: 'caseId', message: 'not_found' },
        ]);
      const row = await updateDevice(
        db,
        current.id,
        req.body.version,
        { overrideCaseId: req.body.caseId },
        { userId: req.user!.id, now: clock() },
      );
      if (!row) throw conflict(current.version, deviceDto(current));
      await audit(req, {
        action: req.body.caseId ? 'bind' : 'unbind',
        resourceType: 'device',
        resourceId: row.id,
        patientId: c?.patientId ?? null,
        detail: { caseId: req.body.caseId },
      });
      return deviceDto(row);
    },
  );

  const inboxSchema = z.object({
    id: z.string(),
    receivedAt: z.string(),
    remoteAddress: z.string(),
    status: z.string(),
    reason: z.string(),
    controlId: z.string().nullable(),
    messageType: z.string().nullable(),
    deviceHint: z.string().nullable(),
    /** The readable copy; the segments that identify the patient are masked (the bytes are kept exactly). */
    raw: z.string(),
    assignedDeviceId: z.string().nullable(),
  });

  app.get(
    '/api/v1/interop/inbox',
    {
      config: { permission: 'device.admin' },
      schema: {
        tags: ['interop'],
        summary: '接口收件箱：未登记设备与格式错误的报文 / quarantined and rejected messages',
        querystring: z.strictObject({ status: z.enum(['quarantined', 'rejected', 'assigned']).optional() }),
        response: { 200: z.object({ items: z.array(inboxSchema) }) },
      },
    },
    async (req) => {
      const items = await listInbox(db, req.query.status ?? null);
      await audit(req, { action: 'list', resourceType: 'interop_inbox', detail: { count: items.length } });
      return {
        items: items.map((m) => ({
          id: m.id,
          receivedAt: m.receivedAt.toISOString(),
          remoteAddress: m.remoteAddress,
          status: m.status,
          reason: m.reason,
          controlId: m.controlId,
          messageType: m.messageType,
          deviceHint: m.deviceHint,
          raw: maskPatientSegments(m.raw),
          assignedDeviceId: m.assignedDeviceId,
        })),
      };
    },
  );

  app.post(
    '/api/v1/interop/inbox/:id/replay',
    {
      config: { permission: 'device.admin' },
      schema: {
        tags: ['interop'],
        summary: '设备登记后重放隔离报文 / replay a quarantined message once its device is registered',
        params: idParams,
        response: { 200: z.object({ outcome: z.string(), deviceId: z.string().nullable() }) },
      },
    },
    async (req) => {
      const entry = await getInboxEntry(db, req.params.id);
      if (!entry) throw notFound();
      if (entry.status !== 'quarantined') throw new AppError('inbox_not_quarantined');
      ingestor.devices.invalidate();
      await ingestor.devices.ensureFresh(Date.now());
      // The exact bytes, decoded again now that the device (and its character set) is registered.
      const bytes = entry.rawBytes ?? undefined;
      const text = bytes
        ? decodeIncoming(bytes, ingestor.devices, entry.remoteAddress, app.ctx.config.MLLP_DEFAULT_CHARSET)
            .text
        : entry.raw;
      const result = await ingestor.submit({
        text,
        ...(bytes ? { bytes } : {}),
        remoteAddress: entry.remoteAddress,
        receivedAt: entry.receivedAt,
      });
      if (result.outcome === 'stored' && result.deviceId)
        await markAssigned(db, entry.id, result.deviceId, req.user!.id, clock());
      await audit(req, {
        action: 'replay',
        resourceType: 'interop_inbox',
        resourceId: entry.id,
        detail: { outcome: result.outcome },
      });
      return { outcome: result.outcome, deviceId: result.deviceId };
    },
  );
};
