import { examples } from '../testing/sql-snapshot';
import { recordFailedLogin } from './lockout.repo';

const NOW = new Date('2026-11-22T02:00:00Z');
const LIMITS = { maxFailures: 5, lockMinutes: 15 };

export default examples(
  {
    name: 'recordFailedLogin (an account)',
    run: (db) => recordFailedLogin(db, { userId: '0190a0a0-0000-7000-8000-000000000001' }, NOW, LIMITS),
  },
  {
    name: 'recordFailedLogin (a name that is no account)',
    run: (db) => recordFailedLogin(db, { username: 'nobody' }, NOW, LIMITS),
  },
);
