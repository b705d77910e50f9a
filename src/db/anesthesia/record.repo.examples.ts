import { examples } from '../testing/sql-snapshot';
import {
  acksOf,
  correctionsOf,
  endInfusion,
  getRecord,
  lockChecklistPhase,
  lockEntry,
  readRecord,
  recordEntries,
  recordsOf,
  updateEntry,
  userNames,
  voidedEntries,
  withdrawAnswer,
} from './record.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  { name: 'getRecord', run: (db) => getRecord(db, ID) },
  { name: 'readRecord', run: (db) => readRecord(db, ID) },
  { name: 'recordEntries', run: (db) => recordEntries(db, ID) },
  { name: 'acksOf', run: (db) => acksOf(db, [ID]) },
  { name: 'recordsOf', run: (db) => recordsOf(db, [ID]) },
  { name: 'endInfusion', run: (db) => endInfusion(db, ID, ID, new Date('2026-11-22T02:00:00Z')) },
  { name: 'voidedEntries', run: (db) => voidedEntries(db, ID) },
  { name: 'lockEntry', run: (db) => lockEntry(db, 'drug', ID, ID) },
  { name: 'updateEntry', run: (db) => updateEntry(db, 'drug', ID, 1, { dose: 120 }) },
  { name: 'correctionsOf', run: (db) => correctionsOf(db, ID) },
  { name: 'userNames', run: (db) => userNames(db, [ID]) },
  { name: 'lockChecklistPhase', run: (db) => lockChecklistPhase(db, ID, 'time_out') },
  {
    name: 'withdrawAnswer',
    run: (db) => withdrawAnswer(db, { caseId: ID, phase: 'time_out', item: 'team' }, 1),
  },
);
