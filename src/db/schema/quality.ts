// Quality control's own data: the head-counts of each year (the ratio indicators) and the open beds of each
// ward over time (the bed statistics, china-standards.md §3).
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { StaffCategory } from '../../domain/quality/staffing';
import { ts } from './columns';
import { wards } from './registry';

/** Persons in post during a year, per staff category (history-import.md §5), entered or imported. */
export const qualityStaffing = pgTable(
  'quality_staffing',
  {
    year: integer('year').notNull(),
    category: text('category').$type<StaffCategory>().notNull(),
    headcount: integer('headcount').notNull(),
    source: text('source').$type<'entered' | 'import'>().notNull(),
    importId: uuid('import_id'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.category] }),
    check('quality_staffing_headcount_check', sql`${t.headcount} >= 0`),
  ],
);

/** Beds actually open (实际开放床位) in a ward for the days of a period, inclusive; null = unbounded. */
export const wardOpenBeds = pgTable(
  'ward_open_beds',
  {
    id: uuid('id').primaryKey(),
    wardId: uuid('ward_id')
      .notNull()
      .references(() => wards.id),
    openBeds: integer('open_beds').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source').$type<'entered' | 'import'>().notNull(),
    importId: uuid('import_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('ward_open_beds_ward_idx').on(t.wardId),
    check('ward_open_beds_count_check', sql`${t.openBeds} >= 0`),
  ],
);
