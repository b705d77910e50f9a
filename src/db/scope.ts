// The SQL of an access scope: every query of patient data takes a WardScope and filters with these.
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { WardScope } from '../domain/auth/scope';

/** Rows whose ward column is within the scope (undefined: no filter for the whole department). */
export function wardCondition(scope: WardScope, wardColumn: SQLWrapper): SQL | undefined {
  if (scope.kind === 'department') return undefined;
  if (scope.ids.length === 0) return sql`false`;
  return sql`${wardColumn} = any(${sql.param([...scope.ids])}::uuid[])`;
}

/**
 * Patients with an admission to a ward within the scope, and patients not yet admitted anywhere (who
 * belong to no ward, and whom a ward must be able to find to admit them).
 */
export function patientCondition(scope: WardScope, patientIdColumn: SQLWrapper): SQL | undefined {
  if (scope.kind === 'department') return undefined;
  const noAdmission = sql`not exists (select 1 from admissions a where a.patient_id = ${patientIdColumn})`;
  if (scope.ids.length === 0) return noAdmission;
  return sql`(exists (select 1 from admissions a where a.patient_id = ${patientIdColumn} and a.ward_id = any(${sql.param([...scope.ids])}::uuid[])) or ${noAdmission})`;
}
