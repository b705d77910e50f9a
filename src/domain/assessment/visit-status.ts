// The visit's own status, and which cases still take a visit.
import type { CaseStatus } from '../registry/case-status';

/** A draft autosaves; a signed revision is locked (an amendment is the next revision). */
export const VISIT_STATUSES = ['draft', 'signed'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

// The pre-anesthesia visit precedes the operation: a cancelled case, or one that has reached the
// ward or the ICU, takes no new visit and no signature.
const CLOSED: ReadonlySet<CaseStatus> = new Set(['cancelled', 'ward', 'icu']);

export const caseTakesVisit = (status: CaseStatus): boolean => !CLOSED.has(status);
