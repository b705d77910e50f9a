// How an audited action ended: done, refused by the access check, or failed (a wrong password …).
export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
