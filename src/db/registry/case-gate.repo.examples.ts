import { examples } from '../testing/sql-snapshot';
import { checklistAnswersOf, lockRoomEntry, roomOccupant } from './case-gate.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  { name: 'checklistAnswersOf', run: (db) => checklistAnswersOf(db, ID) },
  { name: 'lockRoomEntry', run: (db) => lockRoomEntry(db, 'OR-08') },
  { name: 'roomOccupant', run: (db) => roomOccupant(db, 'OR-08', ID) },
);
