import { examples } from '../testing/sql-snapshot';
import { correctStatusTime } from './case-time.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples({
  name: 'correctStatusTime',
  run: (db) =>
    correctStatusTime(db, ID, 'surgery_start', new Date('2026-11-22T02:05:00Z'), {
      userId: ID,
      now: new Date('2026-11-22T02:20:00Z'),
    }),
});
