// Branded ids: a PatientId cannot be passed where a CaseId is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type UserId = Brand<string, 'UserId'>;
export type PatientId = Brand<string, 'PatientId'>;
export type AdmissionId = Brand<string, 'AdmissionId'>;
export type CaseId = Brand<string, 'CaseId'>;
export type WardId = Brand<string, 'WardId'>;
export type BedId = Brand<string, 'BedId'>;

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID_PATTERN.test(s);
