import { examples } from '../testing/sql-snapshot';
import { getPolicy, savePolicy } from './security-policy.repo';

const POLICY = {
  minPasswordLength: 12,
  maxFailedLogins: 5,
  lockMinutes: 15,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
};
const BY = { userId: '0190a0a0-0000-7000-8000-0000000000b1', now: new Date('2026-11-22T02:00:00Z') };

export default examples(
  { name: 'getPolicy', run: (db) => getPolicy(db) },
  { name: 'savePolicy (first)', run: (db) => savePolicy(db, POLICY, null, BY) },
  { name: 'savePolicy (over a version)', run: (db) => savePolicy(db, POLICY, 1, BY) },
);
