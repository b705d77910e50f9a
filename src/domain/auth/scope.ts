import { z } from 'zod';

// What part of the department an actor's patient data reaches: the whole department, or these wards.
// A type, so that "no wards" can never silently mean "all wards".
export type WardScope =
  | { readonly kind: 'department' }
  | { readonly kind: 'wards'; readonly ids: readonly string[] };

export const DEPARTMENT: WardScope = { kind: 'department' };

export const wardsScope = (ids: readonly string[]): WardScope => ({ kind: 'wards', ids: [...new Set(ids)] });

/** Whether data belonging to a ward (null: to no ward, e.g. a case not yet admitted) is within the scope. */
export function coversWard(scope: WardScope, wardId: string | null | undefined): boolean {
  if (scope.kind === 'department') return true;
  return wardId != null && scope.ids.includes(wardId);
}

/** Whether any of the wards (a patient's admissions) is within the scope. */
export const coversAnyWard = (scope: WardScope, wardIds: readonly (string | null)[]): boolean =>
  scope.kind === 'department' || wardIds.some((w) => coversWard(scope, w));

/** The scope as stored with a user: a flag for the whole department, else the listed wards (possibly none). */
export const scopeOf = (row: { allWards: boolean; wardIds: readonly string[] }): WardScope =>
  row.allWards ? DEPARTMENT : wardsScope(row.wardIds);

/** The scope as the API carries it. */
export const wardScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('department') }),
  z.strictObject({ kind: z.literal('wards'), ids: z.array(z.uuid()).max(50).readonly() }),
]);
