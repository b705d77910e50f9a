import { examples } from '../testing/sql-snapshot';
import { casesDueForOutcome, getOutcome } from './outcome.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  {
    name: 'casesDueForOutcome',
    run: (db) =>
      casesDueForOutcome(db, {
        from: new Date('2026-10-12T00:00:00Z'),
        until: new Date('2026-10-26T00:00:00Z'),
      }),
  },
  { name: 'getOutcome', run: (db) => getOutcome(db, ID) },
);
