// A service's world without HTTP: a fresh database, the context every service takes, a clock the test
// moves, realtime fan-out listening, and actors of any role and scope. For `*.service.int.test.ts`.
import pino from 'pino';
import { newId } from '../../db/ids';
import { orRooms, wards } from '../../db/schema';
import { createTestDatabase, type TestDatabase } from '../../db/testing/test-database';
import type { Role } from '../../domain/auth/permissions';
import { DEPARTMENT, type WardScope } from '../../domain/auth/scope';
import type { UserId } from '../../domain/common/ids';
import { defaultConfig } from '../config';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { createContext } from '../platform/create-context';
import type { TestClock } from './test-app';

export type TestContext = {
  ctx: AppContext;
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
  return {
    ctx,
    database,
    clock,
    wardId,
    actor: (role, scope = DEPARTMENT) => ({
      id: newId() as UserId,
      username: `${role}-svc`,
      displayName: `测试${role}`,
      role,
      scope,
      locale: 'zh-CN',
      address: '127.0.0.1',
    }),
    async close() {
      await ctx.hub.stop();
      await database.close();
    },
  };
}
