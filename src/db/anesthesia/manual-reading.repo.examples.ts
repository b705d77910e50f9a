import { examples } from '../testing/sql-snapshot';
import { lockManualReading, manualReadings } from './manual-reading.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  { name: 'manualReadings', run: (db) => manualReadings(db, ID) },
  { name: 'lockManualReading', run: (db) => lockManualReading(db, ID, 42) },
);
