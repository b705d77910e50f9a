// Health: that the server answers and reaches its database (public), and the details the system
// administrator checks: versions, migrations, and what the application's database role may do.
import type { Health, HealthDetails } from '../../api/platform';
import { appliedMigrations } from '../../db/client';
import { ping, serverVersion } from '../../db/platform/health.repo';
import { describeRole } from '../../db/roles';
import type { Actor } from './actor';
import type { AppContext } from './context';
import { APP_VERSION } from './version';

export class HealthService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** For load balancers and monitors, without a login: says nothing but "ok". */
  async status(): Promise<Health> {
    await ping(this.db);
    return { status: 'ok' };
  }

  async details(actor: Actor): Promise<HealthDetails> {
    this.ctx.access.require(actor, 'system.health');
    return {
      status: 'ok',
      version: APP_VERSION,
      database: {
        kind: this.ctx.database.kind,
        serverVersion: await serverVersion(this.db),
        migrations: await appliedMigrations(this.db),
        ...(await describeRole(this.db)),
      },
    };
  }
}
