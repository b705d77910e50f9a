import type {} from '@fastify/cookie';
import type {} from '@fastify/websocket';
import type { Database } from '../../db/client';
import type { Permission, Role } from '../../domain/auth/permissions';
import type { WardScope } from '../../domain/auth/scope';
import type { UserId } from '../../domain/common/ids';
import type { AuditTrail } from '../audit/audit-trail';
import type { AuditWriter } from '../audit/audit-writer';
import type { SecurityPolicyStore } from '../auth/security-policy';
import type { SessionCache } from '../auth/session-cache';
import type { Config } from '../config';
import type { Locale } from '../errors/messages';
import type { HistoryImportService } from '../interop/history/import.service';
import type { Ingestor } from '../interop/ingest';
import type { RealtimeHub } from '../realtime/hub';
import type { Access } from './access';

export type SessionUser = {
  id: UserId;
  username: string;
  displayName: string;
  role: Role;
  /** Whose patient data the user may see: the whole department or listed wards. */
  scope: WardScope;
  locale: Locale;
  mustChangePassword: boolean;
};

export type AppContext = {
  database: Database;
  config: Config;
  /** The only source of "now" on the server, so that tests can move time. */
  clock: () => Date;
  hub: RealtimeHub;
  auditWriter: AuditWriter;
  /** The audit log as services write it. */
  audit: AuditTrail;
  /** The one access check (permission + ward scope + target). */
  access: Access;
  sessions: SessionCache;
  /** The security administrator's password, lock-out and session policy. */
  securityPolicy: SecurityPolicyStore;
  /** Device messages to the database (the MLLP listener feeds it). */
  ingestor: Ingestor;
  /** The historical case imports running in this server, with their progress. */
  historyImports: HistoryImportService;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a route needs. A route without one (and not public) is refused. */
    permission?: Permission;
    /** Login, health and static files only. */
    public?: boolean;
    /** Takes a multipart file upload (sent with the x-periop-upload header, auth/guard.ts). */
    upload?: boolean;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    sessionTokenHash: string | null;
  }
  interface FastifyInstance {
    ctx: AppContext;
    routeTable: import('../app').RouteInfo[];
  }
}
