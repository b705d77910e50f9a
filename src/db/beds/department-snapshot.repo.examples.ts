import { examples } from '../testing/sql-snapshot';
import { departmentRules, snapshotBeds, snapshotRooms, snapshotWards } from './department-snapshot.repo';

export default examples(
  { name: 'snapshotWards', run: (db) => snapshotWards(db) },
  { name: 'snapshotRooms', run: (db) => snapshotRooms(db) },
  { name: 'snapshotBeds', run: (db) => snapshotBeds(db, '2026-11-22') },
  { name: 'departmentRules', run: (db) => departmentRules(db) },
);
