// Column helpers shared by every capability's tables.
import { customType, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Bytes exactly as received (node-postgres gives a Buffer, PGlite a Uint8Array). */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** Every mutable clinical row: optimistic-concurrency version plus who changed it and when. */
export const tracked = () => ({
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  createdBy: uuid('created_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** A row loaded by the history import (历史病例导入): the import, and the file and row it came from; null otherwise. */
export const imported = () => ({
  importId: uuid('import_id'),
  sourceFile: text('source_file'),
  sourceRow: integer('source_row'),
});
