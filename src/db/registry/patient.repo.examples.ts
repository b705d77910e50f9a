import { DEPARTMENT, wardsScope } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import { getPatient, mrnExists, searchPatients } from './patient.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const WARD = '0190a0a0-0000-7000-8000-0000000000a1';

export default examples(
  {
    name: 'searchPatients by MRN or phone digits',
    run: (db) => searchPatients(db, { q: '2026', limit: 20, scope: DEPARTMENT }),
  },
  {
    name: 'searchPatients by pinyin',
    run: (db) => searchPatients(db, { q: 'zs', limit: 20, scope: DEPARTMENT }),
  },
  {
    name: 'searchPatients by name',
    run: (db) => searchPatients(db, { q: '张', limit: 20, scope: DEPARTMENT }),
  },
  {
    name: 'searchPatients, recent, next page',
    run: (db) => searchPatients(db, { cursor: ID, limit: 20, scope: DEPARTMENT }),
  },
  {
    name: 'searchPatients (wards)',
    run: (db) => searchPatients(db, { q: 'zs', limit: 20, scope: wardsScope([WARD]) }),
  },
  { name: 'getPatient (department)', run: (db) => getPatient(db, ID, DEPARTMENT) },
  { name: 'getPatient (wards)', run: (db) => getPatient(db, ID, wardsScope([WARD])) },
  { name: 'mrnExists', run: (db) => mrnExists(db, 'ZY1', ID) },
);
