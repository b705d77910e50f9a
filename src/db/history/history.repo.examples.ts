import { examples } from '../testing/sql-snapshot';
import { getImport, listImports, openBedsOfWards } from './history.repo';

export default examples(
  { name: 'getImport', run: (db) => getImport(db, '0190a0a0-0000-7000-8000-0000000000aa') },
  { name: 'listImports', run: (db) => listImports(db, 50) },
  { name: 'openBedsOfWards', run: (db) => openBedsOfWards(db, ['0190a0a0-0000-7000-8000-000000000001']) },
);
