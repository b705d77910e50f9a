// The one schema for PGlite and PostgreSQL, a file per capability. Migrations in /drizzle are generated
// from it (`npm run db:generate`) and checked in; the audit trigger is a hand-written migration.

export * from './anesthesia';
export * from './assessment';
export * from './beds';
export * from './complications';
export * from './followup';
export * from './history';
export * from './interop';
export * from './monitoring';
export * from './platform';
export * from './quality';
export * from './registry';
