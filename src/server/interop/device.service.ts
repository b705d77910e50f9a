// The device registry (system administrator) and the binding of a device to a case by hand
// (clinicians). Each method begins with the access check, then one transaction: repository → audit;
// the listener's device directory is refreshed once a change is committed.
import type { Device, DeviceBindingInput, DeviceInput, DeviceList, DeviceUpdate } from '../../api/interop';
import {
  type DeviceRow,
  getDevice,
  identifierTaken,
  insertDevice,
  listDevices,
  updateDevice,
} from '../../db/interop/device.repo';
import { INTEROP_LABELS } from '../../domain/interop/messages';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

export const deviceDto = (d: DeviceRow): Device => ({
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

export class DeviceService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  private stamp(actor: Actor) {
    return { userId: actor.id, now: this.ctx.clock() };
  }

  private async requireFreeIdentifier(identifier: string, exceptId?: string) {
    if (await identifierTaken(this.db, identifier, exceptId))
      throw new AppError('duplicate_device', { identifier });
  }

  async list(actor: Actor): Promise<DeviceList> {
    this.ctx.access.require(actor, 'device.admin');
    return { items: (await listDevices(this.db)).map(deviceDto) };
  }

  /** Registers a device; its identifier is unique (409 `duplicate_device`). */
  async register(actor: Actor, input: DeviceInput): Promise<Device> {
    this.ctx.access.require(actor, 'device.admin');
    await this.requireFreeIdentifier(input.identifier);
    const row = await this.db.transaction(async (tx) => {
      const created = await insertDevice(tx, { ...input, address: input.address ?? null }, this.stamp(actor));
      await this.ctx.audit.record(
        actor,
        { action: 'create', resourceType: 'device', resourceId: created.id },
        tx,
      );
      return created;
    });
    this.ctx.ingestor.devices.invalidate();
    return deviceDto(row);
  }

  async update(actor: Actor, id: string, input: DeviceUpdate): Promise<Device> {
    this.ctx.access.require(actor, 'device.admin');
    const current = await getDevice(this.db, id);
    if (!current) throw notFound();
    const { version, ...values } = input;
    if (values.identifier !== current.identifier) await this.requireFreeIdentifier(values.identifier, id);
    const row = await this.db.transaction(async (tx) => {
      const updated = await updateDevice(
        tx,
        current.id,
        version,
        { ...values, address: values.address ?? null },
        this.stamp(actor),
      );
      if (updated)
        await this.ctx.audit.record(
          actor,
          { action: 'update', resourceType: 'device', resourceId: updated.id },
          tx,
        );
      return updated;
    });
    if (!row) throw conflict(current.version, deviceDto(current));
    this.ctx.ingestor.devices.invalidate();
    return deviceDto(row);
  }

  /**
   * Binds a device to a case within the actor's wards (null: back to its room's current case); the
   * binding takes precedence over the room.
   */
  async bind(actor: Actor, id: string, input: DeviceBindingInput): Promise<Device> {
    this.ctx.access.require(actor, 'observation.write');
    const current = await getDevice(this.db, id);
    if (!current) throw notFound();
    const boundCase = input.caseId
      ? await this.ctx.access.case(actor, 'observation.write', input.caseId).catch((e: unknown) => {
          if (e instanceof AppError && e.code === 'not_found')
            throw new AppError('reference_not_found', { what: INTEROP_LABELS.case[actor.locale] }, [
              { path: 'caseId', message: 'not_found' },
            ]);
          throw e;
        })
      : null;
    const row = await this.db.transaction(async (tx) => {
      const updated = await updateDevice(
        tx,
        current.id,
        input.version,
        { overrideCaseId: input.caseId },
        this.stamp(actor),
      );
      if (updated)
        await this.ctx.audit.record(
          actor,
          {
            action: input.caseId ? 'bind' : 'unbind',
            resourceType: 'device',
            resourceId: updated.id,
            patientId: boundCase?.patientId ?? null,
            detail: { caseId: input.caseId },
          },
          tx,
        );
      return updated;
    });
    if (!row) throw conflict(current.version, deviceDto(current));
    return deviceDto(row);
  }
}
