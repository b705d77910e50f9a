import { examples } from '../testing/sql-snapshot';
import { bedsideReadings } from './bedside.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples({
  name: 'bedsideReadings',
  run: (db) => bedsideReadings(db, ID, new Date('2026-11-22T02:00:00Z')),
});
