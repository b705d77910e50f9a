// An app on a fresh database with a clock the test controls, plus helpers to make users and log in.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { newId } from '../../db/ids';
import { hashPassword } from '../../db/platform/password';
import { orRooms, users, wards } from '../../db/schema';
import { createTestDatabase, type TestDatabase } from '../../db/testing/test-database';
import type { Role } from '../../domain/auth/permissions';
import { buildApp } from '../app';
import { type Config, defaultConfig } from '../config';

export const TEST_PASSWORD = 'Test@Periop2026';

export type TestClock = { now: Date; advance(ms: number): void; set(d: Date): void };

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  clock: TestClock;
  close(): Promise<void>;
  /** Creates a user with the role and returns a logged-in agent. */
  userAgent(role: Role, options?: { username?: string; wardIds?: string[] }): Promise<Agent>;
  wardId: string;
};

export type Agent = {
  cookie: string;
  username: string;
  userId: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
};

let hashCache: string | null = null;

export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { webRoot?: string } = {},
): Promise<TestApp> {
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
  const app = await buildApp({
    database,
    config: defaultConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: 10_000, ...overrides }),
    clock: () => clock.now,
    logger: process.env.DBG_LOG === '1',
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  await app.ready();
  const wardId = newId();
  await database.db.insert(wards).values({ id: wardId, code: 'W1', name: '胸外一病区' });
  await database.db.insert(orRooms).values([
    { code: 'OR-01', name: '第1手术间', sortOrder: 1 },
    { code: 'OR-02', name: '第2手术间', sortOrder: 2 },
  ]);
  hashCache ??= await hashPassword(TEST_PASSWORD);
  let counter = 0;

  const userAgent = async (
    role: Role,
    options: { username?: string; wardIds?: string[] } = {},
  ): Promise<Agent> => {
    counter += 1;
    const username = options.username ?? `${role}${counter}`;
    const userId = newId();
    await database.db.insert(users).values({
      id: userId,
      username,
      displayName: `测试${role}`,
      role,
      // Without wards given, the whole department; with them, only those wards.
      allWards: options.wardIds === undefined,
      wardIds: options.wardIds ?? [],
      passwordHash: hashCache!,
    });
    const cookie = await login(app, username, TEST_PASSWORD);
    return agent(app, cookie, username, userId);
  };

  return {
    app,
    database,
    clock,
    wardId,
    userAgent,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export async function login(app: FastifyInstance, username: string, password: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'periop_session');
  if (!setCookie) throw new Error('no session cookie');
  return `periop_session=${setCookie.value}`;
}

export function agent(app: FastifyInstance, cookie: string, username = '', userId = ''): Agent {
  return {
    cookie,
    username,
    userId,
    get: (url) => app.inject({ method: 'GET', url, headers: { cookie } }),
    post: (url, body = {}) =>
      app.inject({ method: 'POST', url, headers: { cookie }, payload: body as object }),
    put: (url, body = {}) => app.inject({ method: 'PUT', url, headers: { cookie }, payload: body as object }),
  };
}

export const samplePatient = (overrides: Record<string, unknown> = {}) => ({
  mrn: 'ZY20260001',
  name: '张三',
  sex: 'male',
  birthDate: '1960-05-01',
  phone: '13812345678',
  idCard: '11010519491231002X',
  province: '山西省',
  city: '太原市',
  ...overrides,
});

export const sampleCase = (patientId: string, overrides: Record<string, unknown> = {}) => ({
  patientId,
  diagnosisCode: 'C15.400',
  diagnosisText: '食管中段恶性肿瘤',
  procedureCode: '42.4101',
  procedureText: '胸腹腔镜联合食管癌根治术',
  grade: 4,
  approach: 'vats',
  urgency: 'elective',
  plannedAnesthesia: 'general_tube',
  orRoom: 'OR-01',
  scheduledStart: '2026-11-22T00:30:00Z',
  surgeon: '李外科',
  assistants: ['张助手'],
  anesthesiologists: ['王麻醉'],
  ...overrides,
});
