import { examples } from '../testing/sql-snapshot';
import { caseIo, caseUrine } from './io.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  { name: 'caseIo', run: (db) => caseIo(db, ID) },
  { name: 'caseUrine', run: (db) => caseUrine(db, ID) },
);
