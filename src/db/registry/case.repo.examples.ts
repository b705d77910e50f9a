import { DEPARTMENT, wardsScope } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import {
  getCase,
  listCaseEvents,
  listCasesOfPatient,
  listCasesOnDate,
  lockCase,
  placesOfCases,
} from './case.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const WARD = '0190a0a0-0000-7000-8000-0000000000a1';

export default examples(
  {
    name: 'listCasesOnDate (department)',
    run: (db) => listCasesOnDate(db, '2026-11-22', 'Asia/Shanghai', DEPARTMENT),
  },
  {
    name: 'listCasesOnDate (wards)',
    run: (db) => listCasesOnDate(db, '2026-11-22', 'Asia/Shanghai', wardsScope([WARD])),
  },
  { name: 'getCase (department)', run: (db) => getCase(db, ID, DEPARTMENT) },
  { name: 'getCase (wards)', run: (db) => getCase(db, ID, wardsScope([WARD])) },
  { name: 'getCase (no ward)', run: (db) => getCase(db, ID, wardsScope([])) },
  { name: 'listCasesOfPatient', run: (db) => listCasesOfPatient(db, ID) },
  { name: 'listCaseEvents', run: (db) => listCaseEvents(db, ID) },
  { name: 'lockCase', run: (db) => lockCase(db, ID) },
  { name: 'placesOfCases', run: (db) => placesOfCases(db, [ID]) },
);
