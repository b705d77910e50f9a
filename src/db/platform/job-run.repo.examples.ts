import { examples } from '../testing/sql-snapshot';
import { claimJobRun, tryJobLock } from './job-run.repo';

export default examples(
  { name: 'tryJobLock', run: (db) => tryJobLock(db, 'monitoring.escalation') },
  {
    name: 'claimJobRun',
    run: (db) => claimJobRun(db, 'monitoring.escalation', new Date('2026-11-22T02:00:00Z'), 54_000),
  },
);
