// Every setting comes from the environment, parsed and validated once at start-up.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  /** The owner of the tables, for migrations; the application then connects as DATABASE_URL's role. */
  DATABASE_OWNER_URL: z.string().url().optional(),
  PERIOP_DATA_DIR: z.string().default('./data'),
  PERIOP_DEMO_DATA: bool.default(true),
  PERIOP_DEMO_SIMULATOR: bool.default(true),
  PERIOP_SITE_TIMEZONE: z.string().default('Asia/Shanghai'),
  /** The hospital's province: the KPIs count patients from any other known province as outside-province. */
  PERIOP_HOME_PROVINCE: z.string().trim().min(1).default('山西省'),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().positive().default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  MLLP_ENABLED: bool.default(true),
  MLLP_PORT: z.coerce.number().int().min(0).max(65535).default(2575),
  MLLP_HOST: z.string().default('127.0.0.1'),
  MLLP_DEFAULT_CHARSET: z.enum(['utf8', 'gb18030', 'latin1']).default('utf8'),
  MLLP_MAX_FRAME_BYTES: z.coerce.number().int().positive().default(1_048_576),
  MLLP_FRAME_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  MLLP_IDLE_TIMEOUT_MS: z.coerce.number().int().positive().default(600_000),
  MLLP_WAVEFORMS: z.enum(['store', 'drop']).default('drop'),
  EWS_ESCALATE_EMERGENCY_MINUTES: z.coerce.number().positive().default(5),
  EWS_ESCALATE_URGENT_MINUTES: z.coerce.number().positive().default(15),
  EWS_ESCALATE_RED_SCORE_MINUTES: z.coerce.number().positive().default(30),
  EWS_OVERDUE_GRACE_MINUTES: z.coerce.number().positive().default(15),
});
export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置错误 / invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The defaults, for tests and tools that build an app without reading the environment. */
export const defaultConfig = (overrides: Partial<Config> = {}): Config => ({
  ...configSchema.parse({}),
  ...overrides,
});

/** The escalation loop's minutes, from the environment. */
export const escalationConfig = (c: Config) => ({
  escalateAfterMinutes: {
    emergency: c.EWS_ESCALATE_EMERGENCY_MINUTES,
    urgent: c.EWS_ESCALATE_URGENT_MINUTES,
    red_score: c.EWS_ESCALATE_RED_SCORE_MINUTES,
  },
  overdueGraceMinutes: c.EWS_OVERDUE_GRACE_MINUTES,
});
