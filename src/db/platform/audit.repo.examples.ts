import { examples } from '../testing/sql-snapshot';
import { insertAudit, insertAuditRows, searchAudit } from './audit.repo';

const PATIENT = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  { name: 'searchAudit (latest)', run: (db) => searchAudit(db, { limit: 50 }) },
  {
    name: 'searchAudit (every filter)',
    run: (db) =>
      searchAudit(db, {
        patientId: PATIENT,
        username: 'nurse',
        from: new Date('2026-11-01T00:00:00Z'),
        to: new Date('2026-11-30T00:00:00Z'),
        before: 1000,
        limit: 20,
      }),
  },
  {
    name: 'insertAudit',
    run: (db) =>
      insertAudit(db, {
        at: new Date('2026-11-22T02:00:00Z'),
        action: 'create',
        resourceType: 'user',
        outcome: 'success',
        detail: { via: 'cli' },
      }),
  },
  {
    name: 'insertAuditRows',
    run: (db) =>
      insertAuditRows(db, [
        { at: new Date('2026-11-22T02:00:00Z'), action: 'read', resourceType: 'case', outcome: 'success' },
        { at: new Date('2026-11-22T02:00:01Z'), action: 'read', resourceType: 'case', outcome: 'success' },
      ]),
  },
);
