import { examples } from '../testing/sql-snapshot';
import { acksOf, endInfusion, getRecord, readRecord, recordEntries, recordsOf } from './record.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  { name: 'getRecord', run: (db) => getRecord(db, ID) },
  { name: 'readRecord', run: (db) => readRecord(db, ID) },
  { name: 'recordEntries', run: (db) => recordEntries(db, ID) },
  { name: 'acksOf', run: (db) => acksOf(db, [ID]) },
  { name: 'recordsOf', run: (db) => recordsOf(db, [ID]) },
  { name: 'endInfusion', run: (db) => endInfusion(db, ID, ID, new Date('2026-11-22T02:00:00Z')) },
);
