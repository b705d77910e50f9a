import { DEPARTMENT, wardsScope } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import { caseComplications, getComplication } from './complication.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const WARD = '0190a0a0-0000-7000-8000-0000000000a1';

export default examples(
  { name: 'caseComplications', run: (db) => caseComplications(db, ID) },
  { name: 'getComplication (department)', run: (db) => getComplication(db, ID, DEPARTMENT) },
  { name: 'getComplication (wards)', run: (db) => getComplication(db, ID, wardsScope([WARD])) },
);
