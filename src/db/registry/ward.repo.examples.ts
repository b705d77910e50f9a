import { examples } from '../testing/sql-snapshot';
import { listOrRooms, listWards, wardIdByCode } from './ward.repo';

export default examples(
  { name: 'listWards', run: (db) => listWards(db) },
  { name: 'listOrRooms', run: (db) => listOrRooms(db) },
  { name: 'wardIdByCode', run: (db) => wardIdByCode(db, 'W05') },
);
