// The device service on a real database, without HTTP: the registry is the system administrator's,
// an identifier is registered once, and a clinician binds a device only to a case within their wards.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviceInput } from '../../api/interop';
import { caseInput, patientInput } from '../../api/registry';
import { auditLog } from '../../db/schema';
import { wardsScope } from '../../domain/auth/scope';
import { AppError } from '../errors/app-error';
import { CaseService } from '../registry/case.service';
import { PatientService } from '../registry/patient.service';
import { sampleCase, samplePatient } from '../testing/test-app';
import { createTestContext, type TestContext } from '../testing/test-context';
import { DeviceService } from './device.service';

let t: TestContext;
let devices: DeviceService;
let caseId: string;
beforeAll(async () => {
  t = await createTestContext();
  devices = new DeviceService(t.ctx);
  const surgeon = t.actor('surgeon');
  const patient = await new PatientService(t.ctx).create(surgeon, patientInput.parse(samplePatient()));
  caseId = (await new CaseService(t.ctx).create(surgeon, caseInput.parse(sampleCase(patient.id)))).id;
});
afterAll(async () => t?.close());

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? `${e.statusCode} ${e.code}` : String(e);
  }
};
const monitor = (identifier: string) =>
  deviceInput.parse({
    vendor: 'mindray',
    model: 'BeneVision N17',
    identifier,
    placeKind: 'or_room',
    placeCode: 'OR-01',
  });

describe('DeviceService', () => {
  it('registers a device as the system administrator only, and each identifier once', async () => {
    const admin = t.actor('admin');
    expect(await failure(devices.register(t.actor('nurse'), monitor('00a037009a0b0c01')))).toBe(
      '403 forbidden',
    );
    const device = await devices.register(admin, monitor('00a037009a0b0c01'));
    expect(device).toMatchObject({
      identifier: '00A037009A0B0C01',
      address: null,
      charset: 'utf8',
      version: 1,
    });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, device.id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
    // The identifier is compared as registered (upper case), so another spelling is the same device.
    expect(await failure(devices.register(admin, monitor('00A037009A0B0C01')))).toBe('409 duplicate_device');
    const other = await devices.register(admin, monitor('00A037009A0B0C02'));
    expect(
      await failure(
        devices.update(admin, other.id, { ...monitor('00a037009a0b0c01'), version: other.version }),
      ),
    ).toBe('409 duplicate_device');
    expect((await devices.list(admin)).items.map((d) => d.identifier)).toEqual([
      '00A037009A0B0C01',
      '00A037009A0B0C02',
    ]);
  });

  it('binds a device to a case within the clinician’s wards, audited with the patient', async () => {
    const device = await devices.register(t.actor('admin'), monitor('00A037009A0B0C03'));
    const outside = t.actor('nurse', wardsScope([]));
    expect(await failure(devices.bind(outside, device.id, { caseId, version: 1 }))).toBe(
      '400 reference_not_found',
    );
    expect(await failure(devices.bind(t.actor('admin'), device.id, { caseId, version: 1 }))).toBe(
      '403 forbidden',
    );
    const nurse = t.actor('nurse');
    const bound = await devices.bind(nurse, device.id, { caseId, version: 1 });
    expect(bound).toMatchObject({ overrideCaseId: caseId, version: 2 });
    expect(await failure(devices.bind(nurse, device.id, { caseId: null, version: 1 }))).toBe(
      '409 version_conflict',
    );
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, device.id));
    expect(audit.find((a) => a.action === 'bind')).toMatchObject({
      userId: nurse.id,
      patientId: expect.any(String),
    });
  });
});
