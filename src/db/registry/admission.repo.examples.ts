import { examples } from '../testing/sql-snapshot';
import { getAdmission, listAdmissions } from './admission.repo';
import { listOrRooms, listWards } from './ward.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  { name: 'listAdmissions', run: (db) => listAdmissions(db, ID) },
  { name: 'getAdmission', run: (db) => getAdmission(db, ID) },
  { name: 'listWards', run: (db) => listWards(db) },
  { name: 'listOrRooms', run: (db) => listOrRooms(db) },
);
