import { examples } from '../testing/sql-snapshot';
import { caseCorrections, setAlerts, withdrawAlerts } from './observation-correction.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const SET = '0190a0a0-0000-7000-8000-000000000002';

export default examples(
  { name: 'caseCorrections', run: (db) => caseCorrections(db, ID) },
  { name: 'setAlerts', run: (db) => setAlerts(db, SET) },
  { name: 'withdrawAlerts', run: (db) => withdrawAlerts(db, [SET]) },
);
