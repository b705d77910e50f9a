import { examples } from '../testing/sql-snapshot';
import { latestSets, wardBeds } from './ward-board.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const WARD = '0190a0a0-0000-7000-8000-0000000000a1';

export default examples(
  { name: 'wardBeds', run: (db) => wardBeds(db, [WARD]) },
  { name: 'latestSets', run: (db) => latestSets(db, [ID]) },
);
