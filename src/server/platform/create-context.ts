// Everything a service needs, built once per server (or per test without HTTP).

import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import { AuditTrail } from '../audit/audit-trail';
import { AuditWriter } from '../audit/audit-writer';
import { defaultPolicy, SecurityPolicyStore } from '../auth/security-policy';
import { SessionCache } from '../auth/session-cache';
import { AdtService } from '../beds/adt.service';
import type { Config } from '../config';
import { HistoryImportService } from '../interop/history/import.service';
import { Ingestor } from '../interop/ingest';
import { RealtimeHub } from '../realtime/hub';
import { Access } from './access';
import type { AppContext } from './context';

export function createContext(options: {
  database: Database;
  config: Config;
  clock?: (() => Date) | undefined;
  log: FastifyBaseLogger;
}): AppContext {
  const { database, config, log } = options;
  const clock = options.clock ?? (() => new Date());
  const hub = new RealtimeHub();
  const auditWriter = new AuditWriter(database.db);
  const ctx = {
    database,
    config,
    clock,
    hub,
    auditWriter,
    audit: new AuditTrail(auditWriter, clock),
    access: new Access(database.db),
    sessions: new SessionCache(hub),
    securityPolicy: new SecurityPolicyStore(database.db, defaultPolicy(config), hub),
    ingestor: new Ingestor(
      database,
      hub,
      log,
      { siteZone: config.PERIOP_SITE_TIMEZONE, storeWaveforms: config.MLLP_WAVEFORMS === 'store' },
      clock,
    ),
  };
  const built = Object.assign(ctx, { historyImports: new HistoryImportService(ctx, log) });
  // ADT from the HIS arrives on the monitors' MLLP listener and is applied through the bed pool's services.
  built.ingestor.attachAdt(new AdtService(built, log));
  return built;
}
