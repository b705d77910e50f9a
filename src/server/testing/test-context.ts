// A service's world without HTTP: a fresh database, the context every service takes, a clock the test
// moves, realtime fan-out listening, and actors of any role and scope. For `*.service.int.test.ts`.
import pino from 'pino';
import { caseInput, patientInput } from '../../api/registry';
import { newId } from '../../db/ids';
import { orRooms, wards } from '../../db/schema';
import { createTestDatabase, type TestDatabase } from '../../db/testing/test-database';
import type { Role } from '../../domain/auth/permissions';
import { DEPARTMENT, type WardScope } from '../../domain/auth/scope';
import type { UserId } from '../../domain/common/ids';
import { defaultConfig } from '../config';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { createContext } from '../platform/create-context';
import { AdmissionService } from '../registry/admission.service';
import { CaseService } from '../registry/case.service';
import { PatientService } from '../registry/patient.service';
import { sampleCase, samplePatient, type TestClock } from './test-app';

export type TestContext = {
  ctx: AppContext;
  /**
   * A sample patient (samplePatient) admitted to the test ward, with one sample case (sampleCase),
   * made through the services by a surgeon; `caseOverrides` change the case, `bedId` gives the stay a bed.
   */
  admittedCase(o?: {
    caseOverrides?: Record<string, unknown>;
    bedId?: string;
  }): Promise<{ patientId: string; admissionId: string; caseId: string }>;
  database: TestDatabase;
  clock: TestClock;
  wardId: string;
  /** An actor of the role, the whole department unless a scope is given; no account row is needed. */
  actor(role: Role, scope?: WardScope): Actor;
  close(): Promise<void>;
};

export async function createTestContext(): Promise<TestContext> {
  const database = await createTestDatabase();
  const clock: TestClock = {
    now: new Date('2026-11-22T02:00:00Z'),
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
    set(d) {
      this.now = d;
    },
  };
  const ctx = createContext({
    database,
    config: defaultConfig({ LOG_LEVEL: 'silent' }),
    clock: () => clock.now,
    log: pino({ level: 'silent' }),
  });
  await ctx.hub.start(database);
  const wardId = newId();
  await database.db.insert(wards).values({ id: wardId, code: 'W1', name: '胸外一病区' });
  await database.db.insert(orRooms).values([
    { code: 'OR-01', name: '第1手术间', sortOrder: 1 },
    { code: 'OR-02', name: '第2手术间', sortOrder: 2 },
  ]);
  const actor = (role: Role, scope: WardScope = DEPARTMENT): Actor => ({
    id: newId() as UserId,
    username: `${role}-svc`,
    displayName: `测试${role}`,
    role,
    scope,
    locale: 'zh-CN',
    address: '127.0.0.1',
  });
  return {
    ctx,
    database,
    clock,
    wardId,
    async admittedCase({ caseOverrides = {}, bedId } = {}) {
      const surgeon = actor('surgeon');
      const patient = await new PatientService(ctx).create(surgeon, patientInput.parse(samplePatient()));
      const admission = await new AdmissionService(ctx).create(surgeon, {
        patientId: patient.id,
        wardId,
        ...(bedId ? { bedId } : {}),
        admittedAt: '2026-11-20T02:00:00Z',
        attendingDoctor: '李外科',
      });
      const c = await new CaseService(ctx).create(
        surgeon,
        caseInput.parse(sampleCase(patient.id, { admissionId: admission.id, ...caseOverrides })),
      );
      return { patientId: patient.id, admissionId: admission.id, caseId: c.id };
    },
    actor,
    async close() {
      await ctx.hub.stop();
      await database.close();
    },
  };
}

/** The error code a service call is refused with, or 'ok'. */
export async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
}
